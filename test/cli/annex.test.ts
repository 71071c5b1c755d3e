/** `service-plan annex`: each kind from a seed, the input untouched, bad options in one sentence, exit codes. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { readWorkbook } from "../../src/files/xlsxRead";
import { unzip } from "../../src/files/zip";
import { cli, sha } from "../support/cli";

const FIX = path.join(__dirname, "..", "fixtures");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "service-plan-annex-"));

describe("service-plan annex", () => {
  it.each([
    ["measures", "附件一", "花蓮縣榮民服務處115年提升政府服務效能具體作法"],
    ["results", "附件二", "花蓮縣榮民服務處115年提升政府服務效能執行成效一覽表"],
    ["plan", "計畫表（列印）", "花蓮縣榮民服務處115年提升政府服務效能執行計畫"],
  ])("--kind %s writes one sheet, %s, titled with the agency and the year given; the input is untouched", async (kind, sheet, title) => {
    const input = path.join(FIX, "seed004.xlsx");
    const before = sha(input);
    const out = path.join(tmp, `${kind}.xlsx`);
    const r = await cli("annex", input, "--kind", kind, "--out", out, "--year", "115");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(out);
    expect(sha(input)).toBe(before);
    const wb = await readWorkbook(fs.readFileSync(out));
    expect(wb.names).toEqual([sheet]);
    expect(wb.sheets[0].values.flat()).toContain(title);
    const first = "依業務範圍建立標準作業流程(SOP)，以維服務作業之一致性，並依實況採滾動式修正。";
    expect(wb.sheets[0].values.flat()).toContain(kind === "plan" ? `1. ${first}` : `一、${first}`); // the plan table numbers within a focus point
  });

  it("takes the agency and the font given, and says in English what it wrote", async () => {
    const out = path.join(tmp, "en.xlsx");
    const r = await cli(
      "annex",
      path.join(FIX, "seed000.xlsx"),
      "--kind",
      "plan",
      "--out",
      out,
      "--agency",
      "某區公所",
      "--font",
      "Noto Serif CJK TC",
      "--lang",
      "en",
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^Wrote .*the plan table, 54 measures, about \d+ A4 page\(s\), font Noto Serif CJK TC; title "某區公所114年提升服務執行計畫"/,
    );
    const styles = new TextDecoder().decode(unzip(fs.readFileSync(out), (n) => n === "xl/styles.xml")["xl/styles.xml"]);
    expect(styles).toContain(`<name val="Noto Serif CJK TC"/>`);
    expect(styles).not.toContain(`<name val="標楷體"/>`);
  });

  it.each([
    [["--kind", "annex3", "--out", "x.xlsx"], /--kind 要 plan/],
    [["--kind", "plan"], /--out/],
    [["--kind", "plan", "--out", "x.xlsx", "--year", "2026"], /--year 要民國年/],
    [["--kind", "plan", "--out", "x.xlsx", "--font", "字".repeat(32)], /--font 要一個字型名稱，最多 31 個字/],
  ])("refuses %j in one sentence, exit 2", async (options, message) => {
    const r = await cli(
      "annex",
      path.join(FIX, "seed000.xlsx"),
      ...(options as string[]).map((o) => (o === "x.xlsx" ? path.join(tmp, o) : o)),
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split("\n")).toHaveLength(1);
  });

  it("on a workbook impose --out wrote, takes the title from its copy of the original sheet", async () => {
    const setUp = path.join(tmp, "setup.xlsx");
    expect((await cli("impose", path.join(FIX, "seed000.xlsx"), "--out", setUp)).code).toBe(0);
    const out = path.join(tmp, "from-setup.xlsx");
    const r = await cli("annex", setUp, "--kind", "measures", "--out", out);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("標題「高雄市兵役處114年提升服務具體作法」");
  });

  it("refuses to write over the input", async () => {
    const input = path.join(tmp, "input.xlsx");
    fs.copyFileSync(path.join(FIX, "seed004.xlsx"), input);
    const before = sha(input);
    const r = await cli("annex", input, "--kind", "measures", "--out", input);
    expect(r.code).toBe(2);
    expect(sha(input)).toBe(before);
  });
});
