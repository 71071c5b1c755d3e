import { PartWriter } from "../../src/files/partWriter";

it("writes what TextEncoder makes of the whole text, across flushes and growth", () => {
  const pieces = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? `<v>${i}</v>` : i % 3 === 1 ? `作法${i}，提升服務` : `𠀋${i}`));
  const writer = new PartWriter(16); // far too small: it must grow many times
  for (const p of pieces) writer.write(p);
  const bytes = writer.done();
  expect(bytes).toEqual(new TextEncoder().encode(pieces.join("")));
  expect(new TextDecoder().decode(bytes).endsWith("𠀋19997<v>19998</v>作法19999，提升服務")).toBe(true);
});

it("an empty part is no bytes", () => {
  expect(new PartWriter().done()).toEqual(new Uint8Array(0));
});

it("ASCII pieces and numbers go straight in as bytes, in order with text; a mark takes back what followed it", () => {
  const writer = new PartWriter(4);
  writer.write("<t>甲</t>");
  writer.ascii('<c r="B');
  writer.digits(0);
  writer.digits(907);
  writer.digits(123456789012345);
  const mark = writer.mark();
  writer.ascii("<row/>");
  writer.write("乙");
  writer.backTo(mark);
  writer.write("丙");
  expect(new TextDecoder().decode(writer.done())).toBe('<t>甲</t><c r="B0907123456789012345丙');
});
