/**
 * `impose` and `validate` on plans no built-in framework fits (issue 15: Taichung 106, Changhua 107):
 * both say, in the terminal's language, that the plan's own pillars and focus points are its framework.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { readCustomFramework } from "../../src/core/workbook/frameworkSheet";
import { readWorkbook } from "../../src/files/xlsxRead";
import { python } from "../support/debian";
import { LAYOUT_DIR, readLayout } from "../support/seedFixtures";
import { cli } from "../support/cli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "service-plan-own-"));
const CHANGHUA = path.join(LAYOUT_DIR, "changhua107.xlsx");
const TAICHUNG = path.join(LAYOUT_DIR, "taichung106.xlsx");

describe("service-plan impose on a plan of its own framework", () => {
  it("says the framework was read from the plan, and how each two-role column was decided", async () => {
    const r = await cli("impose", CHANGHUA);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("檔案 changhua107.xlsx，工作表「計畫內容」，架構：計畫自有架構（計畫內容）");
    expect(lines[1]).toBe("表頭在第 2 列；找到 22 項具體作法。");
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2} {8} 內建架構對不上本計畫（高雄市政府提升服務實施計畫：執行要項 \d\/4、執行重點 0\/10 相符），改以計畫自己的 4 個執行要項、10 個執行重點為架構/,
      ),
    );
    expect(lines).toContain("  B2       B 欄「實施要項」也可指執行要項；左邊的 A 欄已是執行要項，當作執行重點");
    expect(lines).toContain("  C2       C 欄「推動策略」也可指執行重點；左邊的 B 欄已是執行重點，當作具體作法");
  });

  it("says it in English with --lang en", async () => {
    const r = await cli("impose", TAICHUNG, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "No built-in framework fits this plan (高雄市政府提升服務實施計畫: 6/6 pillars and 0/13 focus points match): the plan's own 6 pillars and 13 focus points are its framework",
    );
  });

  it("--json: the framework is the plan's, the columns are the layout's", async () => {
    const json = JSON.parse((await cli("impose", TAICHUNG, "--json")).out);
    expect(json.framework).toBe("plan");
    expect(json.header).toEqual({ row: 2, columns: { pillar: "A", focus: "B", measure: "C", units: "D", extra: {} } });
    expect(json.measures).toHaveLength(28);
    expect(json.changes[1]).toEqual({ kind: "framework-from-plan", cell: "", detail: expect.stringContaining("13 個執行重點") });
  });

  it("--out keeps the plan's framework as the 服務架構 sheet", async () => {
    const out = path.join(tmp, "changhua-out.xlsx");
    expect((await cli("impose", CHANGHUA, "--out", out)).code).toBe(0);
    const wb = await readWorkbook(fs.readFileSync(out));
    const sheet = wb.sheets.find((s) => s.sheet === "服務架構")!;
    const kept = readCustomFramework(sheet);
    expect(kept.pillars.map((p) => `${p.title}:${p.focusPoints.map((f) => f.label + f.text).join("、")}`)).toEqual([
      "基礎服務:(一)服務流程標準化、(二)服務環境友善化、(三)服務人員專業化",
      "服務遞送:(一)申辦便捷化、(二)服務可近性、(三)資訊透明化",
      "服務量能:(一)內部作業精進、(二)跨域合作",
      "服務評價:(一)民眾滿意度、(二)意見回應處理",
    ]);
  });
});

describe("service-plan validate on a plan of its own framework", () => {
  it("says so under the file line and checks coverage against it", async () => {
    const r = await cli("validate", TAICHUNG, "--units", readLayout("taichung106").units.join(","));
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("檔案 taichung106.xlsx，工作表「106年計畫」，架構：計畫自有架構（106年計畫）");
    expect(lines[1]).toMatch(/^內建架構對不上本計畫（高雄市政府提升服務實施計畫：執行要項 6\/6、執行重點 0\/13 相符）/);
    expect(lines[2]).toBe("28 項具體作法；執行要項 6/6、執行重點 13/13 有具體作法。");
    const en = await cli("validate", CHANGHUA, "--lang", "en", "--json");
    expect(JSON.parse(en.out).stats).toMatchObject({
      measures: 22,
      pillars: { required: 4, covered: 4 },
      focusPoints: { required: 10, covered: 10 },
    });
    const report = await cli("validate", CHANGHUA, "--lang", "en");
    expect(report.out.split("\n")[1]).toMatch(/^No built-in framework fits this plan/);
  });
});

describe("every command reads the framework kept beside our plan table (服務架構)", () => {
  it("validate of a set-up VAC plan (seed 004, impose --out) is checked against VAC, not the Kaohsiung framework its header suggests", async () => {
    const out = path.join(tmp, "seed004-set-up.xlsx");
    expect((await cli("impose", path.join(__dirname, "..", "fixtures", "seed004.xlsx"), "--out", out)).code).toBe(0);
    const r = await cli("validate", out);
    expect(r.out.split("\n")[0]).toMatch(/工作表「計畫表」，架構：國軍退除役官兵輔導委員會/);
    expect(r.code).toBe(0);
  });

  it("a focus point the user added to 服務架構 is required by validate (and reported missing)", async () => {
    const out = path.join(tmp, "taichung-set-up.xlsx");
    expect((await cli("impose", TAICHUNG, "--out", out)).code).toBe(0);
    const edited = path.join(tmp, "taichung-edited.xlsx");
    python(
      `import sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1]); ws=wb['服務架構']
rows=[r for r in range(2, ws.max_row+1) if ws.cell(r,1).value]
ws.insert_rows(rows[1]); ws.cell(rows[1],2).value='(九)推動數位服務便利化'
wb.save(sys.argv[2])
print('null')`,
      out,
      edited,
    );
    const r = await cli("validate", edited);
    expect(r.out).toMatch(/推動數位服務便利化/);
    expect(r.code).toBe(1);
  });
});
