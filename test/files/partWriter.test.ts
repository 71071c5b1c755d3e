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
