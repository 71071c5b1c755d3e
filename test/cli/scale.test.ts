import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { gridCopySpec } from "../../src/files/gridSheet";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { bigPlanGrid } from "../../bench/bigPlan";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "service-plan-scale-"));

async function cliJson(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  if (code !== 0) throw new Error(`exit ${code}: ${err.join("\n")}`);
  return JSON.parse(out.join("\n"));
}

it("imposes a workbook of 5,000 measures read from .xlsx", async () => {
  const file = path.join(tmp, "plan-5000.xlsx");
  fs.writeFileSync(file, await writeWorkbook([gridCopySpec(bigPlanGrid(5000), "計畫")]));
  const json = await cliJson("impose", file, "--json");
  expect(json.measures).toHaveLength(5000);
  expect(json.measures[4999]).toMatchObject({ title: "作法5000", units: [expect.any(String)] });
});

it("follows a custom framework kept in a workbook (--framework FILE.xlsx)", async () => {
  const fwFile = path.join(tmp, "framework.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("架構");
  [
    ["執行要項", "執行重點"],
    ["一、數位服務", "(一)推動線上申辦與行動支付"],
    [null, "(二)建置資料開放平臺"],
    ["二、友善環境", "(一)改善洽公空間與無障礙設施"],
  ].forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(fwFile);
  const planFile = path.join(tmp, "custom-plan.xlsx");
  const pb = new ExcelJS.Workbook();
  const ps = pb.addWorksheet("計畫");
  [
    ["執行要項", "執行重點", "具體作法", "執行單位"],
    ["一、數位服務", "(二)建置資料開放平臺", "1. 開放資料集上架", "資訊室"],
    ["二、友善環境", "(一)改善洽公空間與無障礙設施", "1. 設置哺乳室", "秘書室"],
  ].forEach((r) => ps.addRow(r));
  await pb.xlsx.writeFile(planFile);
  const json = await cliJson("impose", planFile, "--framework", fwFile, "--json");
  expect(json.framework).toBe("custom");
  expect(json.measures.map((m: { id: string; focus: string }) => [m.id, m.focus])).toEqual([
    ["1-2-1", "1-2"],
    ["2-1-1", "2-1"],
  ]);
});
