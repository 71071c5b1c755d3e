import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";

import { writeWorkbook } from "../../src/files/xlsxWrite";
import { describeWithPackage, hasOpenpyxl, python } from "../support/debian";
import { cli, sha } from "../support/cli";

const ROOT = path.join(__dirname, "..", "..");
const FIX = path.join(ROOT, "test", "fixtures");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "service-plan-"));

describe("service-plan impose --json", () => {
  it("prints the documented shape", async () => {
    const r = await cli("impose", path.join(FIX, "seed000.xlsx"), "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["sheet", "framework", "header", "measures", "notes", "changes"]);
    expect(json.header).toEqual({ row: 3, columns: { pillar: "A", focus: "B", measure: "C", units: "D", extra: {} } });
    expect(json.measures[1]).toEqual({
      id: "1-1-1",
      pillar: 1,
      focus: "1-1",
      label: "(一)",
      title: "服務人員專業能力",
      text: "注重服務人員的態度、行為及專業知識，確保能親切、主動的提供服務。適時辦理研習，提升專業能力以勝任服務工作。",
      units: ["各科室"],
      allUnits: true,
      deadline: null,
      deadlineDate: null,
      source: { sheet: "計畫內容", cell: "C5" },
    });
    expect(json.changes[0]).toEqual({ kind: "header-found", cell: "A3", detail: expect.any(String) });
  });

  it("reports a grouped focus cell with focusGroup (seed 003) and the VAC framework by itself (seed 004)", async () => {
    const g = JSON.parse((await cli("impose", path.join(FIX, "seed003.xlsx"), "--json")).out);
    expect(g.measures[1]).toMatchObject({ focus: "1-1", focusGroup: ["1-1", "1-2", "1-3", "1-4"] });
    expect(g.measures[0]).not.toHaveProperty("focusGroup");
    const v = JSON.parse((await cli("impose", path.join(FIX, "seed004.xlsx"), "--json")).out);
    expect(v.framework).toBe("vac");
    expect(v.measures[0]).toMatchObject({
      id: "1-0-1",
      pillar: 1,
      focus: null,
      deadline: "持續辦理",
      units: ["處綜合", "各業參"],
      allUnits: true,
    });
  });

  it("handles blank and hidden rows, formulas, error values, numbers and dates", async () => {
    const json = JSON.parse((await cli("impose", path.join(FIX, "nasty-cells.xlsx"), "--json")).out);
    expect(
      json.measures.map((m: { title: string; deadlineDate: string | null; hidden?: boolean }) => [
        m.title,
        m.deadlineDate,
        m.hidden ?? false,
      ]),
    ).toEqual([
      ["訂定標準作業流程", "2024-12-31", false],
      ["定期檢討表單", "2024-12-31", false],
      ["隱藏列中的作法", null, true],
      ["公式產生的作法", null, false],
      ["12345", null, false],
    ]);
    expect(
      json.changes
        .filter((c: { kind: string }) => ["error-value", "date-value", "number-as-text", "hidden-row"].includes(c.kind))
        .map((c: { kind: string; cell: string }) => `${c.kind} ${c.cell}`),
    ).toEqual(["date-value E6", "number-as-text C9", "error-value D9", "error-value F9", "hidden-row C7"]);
    expect(json.notes).toEqual([{ cell: "A11", text: "伍、本計畫如有未盡事宜，得隨時修正。" }]);
  });

  it("keeps a 32,000-character cell whole", async () => {
    const json = JSON.parse((await cli("impose", path.join(FIX, "long-cell.xlsx"), "--json")).out);
    expect(json.measures).toHaveLength(1);
    expect(json.measures[0].title.length + json.measures[0].text.length).toBe(32000 - 4);
  });
});

describe("bad input: one clear line, exit 2, no stack trace", () => {
  it.each([
    [["impose", path.join(FIX, "nope.xlsx")], "找不到檔案「nope.xlsx」。"],
    [["impose", path.join(FIX, "not-a-workbook.xlsx")], "「not-a-workbook.xlsx」不是 Excel 活頁簿（.xlsx）。"],
    [["impose", path.join(FIX, "seed000.xlsx"), "--sheet", "沒有這張"], "「seed000.xlsx」沒有名為「沒有這張」的工作表（有：計畫內容）。"],
    [
      ["impose", path.join(FIX, "seed000.xlsx"), "--framework", "taipei"],
      "不認得架構「taipei」：請用 kaohsiung、vac，或一個含架構工作表的 .xlsx 檔。",
    ],
    [["impose"], "請指定活頁簿檔案，例如 service-plan impose 計畫.xlsx"],
    [["frobnicate"], "不認得的指令「frobnicate」。執行 service-plan --help 看用法。"],
    // A device is read forever (issue "Steps 1 and 2 as a clerk meets them", 23): refused at once.
    [["impose", "/dev/zero"], "「zero」不是一般檔案（例如管線或裝置），無法當作活頁簿讀取。"],
  ])("%j", async (argv, message) => {
    const r = await cli(...(argv as string[]));
    expect(r).toEqual({ code: 2, out: "", err: `service-plan: ${message}` });
  });

  it("imposes a named sheet other than the first (seed 004's 附件二, a results table)", async () => {
    const json = JSON.parse((await cli("impose", path.join(FIX, "seed004.xlsx"), "--sheet", "附件二", "--json")).out);
    expect([json.sheet, json.header.columns.results]).toEqual(["附件二", "D"]);
  });

  it("explains a sheet with no plan header", async () => {
    const bare = path.join(tmp, "bare.xlsx");
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("通訊錄").addRow(["姓名", "電話"]);
    await wb.xlsx.writeFile(bare);
    expect(await cli("impose", bare)).toEqual({
      code: 2,
      out: "",
      err: expect.stringMatching(/^service-plan: 工作表「通訊錄」的前 60 列找不到計畫表的表頭/),
    });
  });

  it("explains a password-protected workbook", async () => {
    // An OLE compound file holding an EncryptedPackage stream is how Office stores an encrypted .xlsx.
    const f = path.join(tmp, "locked.xlsx");
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    fs.writeFileSync(f, Buffer.concat([header, Buffer.alloc(512), Buffer.from("EncryptedPackage", "utf16le")]));
    expect((await cli("impose", f)).err).toBe(
      "service-plan: 「locked.xlsx」有密碼保護，請先在 Excel 移除密碼（檔案 > 資訊 > 保護活頁簿）後再試。",
    );
  });

  it("the bin prints the line without a stack trace", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "service-plan.js"), "impose", "missing.xlsx"], { encoding: "utf8" });
    expect([r.status, r.stderr.trim()]).toEqual([2, "service-plan: 找不到檔案「missing.xlsx」。"]);
  });

  it("the bin runs as a program, as npx and npm's links run it, with its shebang's flag (env -S) in effect", () => {
    // A preloaded line reports the flags node started with (the bin's own output is unchanged).
    const probe = path.join(tmp, "execArgv.js");
    fs.writeFileSync(probe, `process.stderr.write("execArgv " + JSON.stringify(process.execArgv) + "\\n");`);
    const r = spawnSync(path.join(ROOT, "bin", "service-plan.js"), ["impose", "missing.xlsx"], {
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: `--require=${probe}` },
    });
    expect([r.status, ...r.stderr.trim().split("\n")]).toEqual([
      2,
      `execArgv ["--max-semi-space-size=1"]`,
      "service-plan: 找不到檔案「missing.xlsx」。",
    ]);
  });
});

describe("--measure-column", () => {
  it("when no column reads as the measures: one sentence naming the header's columns; with the column said, the plan", async () => {
    const file = path.join(tmp, "unclear.xlsx");
    fs.writeFileSync(
      file,
      await writeWorkbook([
        {
          name: "計畫",
          rows: [
            ["執行要項", "工作說明", "執行單位"],
            ["一、完備基礎服務項目，注重服務特性差異化", "定期檢討作業流程，簡化申辦手續。", "秘書室"],
            ["二、重視全程意見回饋及參與，力求服務切合民眾需求", "辦理滿意度調查並據以改善。", "民政課"],
          ],
        },
      ]),
    );
    const unclear = await cli("impose", file, "--json");
    expect([unclear.code, unclear.err]).toEqual([
      2,
      "service-plan: 工作表「計畫」第 1 列的表頭找不到「具體作法」欄（也認不出哪一欄是具體作法；表頭：A 執行要項、B 工作說明、C 執行單位），請指定哪一欄是具體作法。",
    ]);
    const said = await cli("impose", file, "--json", "--measure-column", "b");
    expect(said.code).toBe(0);
    expect(JSON.parse(said.out).measures.map((m: { units: string[] }) => m.units)).toEqual([["秘書室"], ["民政課"]]);
    expect((await cli("impose", file, "--measure-column", "第二欄")).code).toBe(2);
    // A column with nothing under the header is refused, not silently replaced by detection.
    expect(await cli("impose", file, "--measure-column", "Z")).toMatchObject({
      code: 2,
      err: "service-plan: 工作表「計畫」的 Z 欄在表頭下沒有內容，不能當作具體作法欄；請選另一欄。",
    });
  });
});

describeWithPackage("python3-openpyxl", hasOpenpyxl())("--out, read back by openpyxl", () => {
  it("writes a fresh workbook with the plan table, units, framework and a copy of the original; the input is untouched", async () => {
    const input = path.join(FIX, "seed000.xlsx");
    const before = sha(input);
    const out = path.join(tmp, "out.xlsx");
    const r = await cli("impose", input, "--out", out);
    expect(r.code).toBe(0);
    expect(sha(input)).toBe(before);
    const book = python(
      `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1])
t=wb["計畫表"]; o=wb["原始_計畫內容"]
rows=[[c if c is not None else "" for c in r] for r in t.iter_rows(values_only=True)]
print(json.dumps({"sheets":wb.sheetnames,"header":rows[0],"n":len(rows)-1,"first":rows[2],"freeze":t.freeze_panes,
 "wrap":t["D3"].alignment.wrap_text,"height":t.row_dimensions[3].height,
 "orig_merges":sorted(str(m) for m in o.merged_cells.ranges),"orig_a1":o["A1"].value,"orig_c5":o["C5"].value,
 "orig_values":[[c for c in r] for r in o.iter_rows(values_only=True)],
 "tables":dict(t.tables.items()),"id_hidden":t.column_dimensions["A"].hidden,
 "validations":sorted([str(v.sqref),v.formula1,v.errorStyle] for v in t.data_validations.dataValidation),
 "units":[r[0] for r in wb["單位"].iter_rows(values_only=True)],
 "pillars":[r[0] for r in wb["服務架構"].iter_rows(min_row=2,values_only=True) if r[0]]}))`,
      out,
    ) as Record<string, unknown>;
    const source = python(
      `import json,sys,openpyxl
ws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps({"merges":sorted(str(m) for m in ws.merged_cells.ranges),"values":[[c for c in r] for r in ws.iter_rows(values_only=True)]}))`,
      input,
    ) as { merges: string[]; values: unknown[][] };
    expect(book).toMatchObject({
      sheets: ["計畫表", "單位", "服務架構", "原始_計畫內容"],
      tables: { ServicePlanTable: "A1:G55" },
      id_hidden: true,
      header: ["編號", "執行要項", "執行重點", "具體作法", "執行單位", "完成期限", "執行成效"],
      n: 54,
      first: [
        "1-1-1",
        "一、完備基礎服務項目，注重服務特性差異化",
        expect.stringMatching(/^\(一\)建立業務標準作業流程/),
        expect.stringMatching(/^服務人員專業能力\n注重服務人員/),
        "各科室",
        "",
        "",
      ],
      freeze: "A2",
      wrap: true,
      orig_a1: "高雄市兵役處114年提升服務工作計畫",
    });
    expect(book.height as number).toBeGreaterThan(30);
    // Dropdowns on the pillar, focus and unit columns, drawn from ranges on the two sheets of lists.
    const units = book.units as string[];
    // The units the plan names, in order; the blanket 各科室 is not a unit.
    expect(units).toEqual(["執行單位", "秘書室", "軍務科", "役政科", "動員科"]);
    expect(book.validations).toEqual([
      ["B2:B55", "'服務架構'!$D$2:$D$7", "warning"],
      ["C2:C55", "'服務架構'!$E$2:$E$23", "warning"],
      ["E2:E55", `'單位'!$A$2:$A$${units.length}`, "warning"],
    ]);
    expect(book.pillars).toEqual([
      "訂定「提升服務執行計畫」",
      "一、完備基礎服務項目，注重服務特性差異化",
      "二、重視全程意見回饋及參與，力求服務切合民眾需求",
      "三、便捷服務遞送過程與方式，提升民眾生活便利度",
      "四、關懷多元對象及城鄉差距，促進社會資源公平使用",
      "五、開放政府透明治理，優化機關管理創新",
      "六、掌握社經發展趨勢，專案規劃前瞻服務",
    ]);
    // The copy holds the original sheet's values and merged cells exactly, cell by cell.
    expect(source.merges.length).toBe(20);
    expect(book.orig_merges).toEqual(source.merges);
    expect(book.orig_values).toEqual(source.values);
    expect(book.orig_c5).toMatch(/^1\. 服務人員專業能力\n/);
  });

  it("refuses to write over the input", async () => {
    const input = path.join(FIX, "seed001.xlsx");
    const r = await cli("impose", input, "--out", input);
    expect(r).toEqual({ code: 2, out: "", err: "service-plan: --out 不可與輸入檔相同：輸入檔不會被修改，請另取檔名。" });
  });
});

describe("service-plan impose --lang en", () => {
  it("reports in English: the summary, the change notes and the JSON details", async () => {
    const r = await cli("impose", path.join(FIX, "seed000.xlsx"), "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain('File seed000.xlsx, sheet "計畫內容"');
    expect(r.out).toContain("Header in row 3; 54 measures found.");
    expect(r.out).toMatch(/B\d+\s+Labelled \(三\), but the wording is the framework's 2-4 \(四\)/);
    const json = JSON.parse((await cli("impose", path.join(FIX, "seed000.xlsx"), "--json", "--lang", "en")).out);
    expect(json.changes[0]).toEqual({
      kind: "header-found",
      cell: "A3",
      detail: "Header in row 3: pillar=A, focus point=B, measure=C, units=D",
    });
  });

  it("says in English why a sheet cannot be used (an error from the core)", async () => {
    const r = await cli("impose", path.join(FIX, "seed000.xlsx"), "--sheet", "計畫內容", "--framework", "nowhere", "--lang", "en");
    expect(r.code).toBe(2);
    const notes = path.join(tmp, "notes.xlsx");
    fs.writeFileSync(notes, await writeWorkbook([{ name: "Notes", rows: [["See the plan sheet."]] }]));
    const noHeader = await cli("impose", notes, "--lang", "en");
    expect([r.err, noHeader.code]).toEqual([expect.stringContaining("nowhere"), 2]);
    expect(noHeader.err).toMatch(/^service-plan: No plan table header/);
  });
});

describe("--out never reaches the input, and says why it cannot write", () => {
  // Issue "Steps 1 and 2 as a clerk meets them", 25: the check compared path strings, not files.
  const copyOfSeed = () => {
    const dir = fs.mkdtempSync(path.join(tmp, "links-"));
    const input = path.join(dir, "plan.xlsx");
    fs.copyFileSync(path.join(FIX, "seed001.xlsx"), input);
    return { dir, input };
  };

  it.each([
    [
      "a symbolic link to the input",
      (dir: string, input: string) => (fs.symlinkSync(input, path.join(dir, "link.xlsx")), path.join(dir, "link.xlsx")),
    ],
    [
      "a hard link to the input",
      (dir: string, input: string) => (fs.linkSync(input, path.join(dir, "hard.xlsx")), path.join(dir, "hard.xlsx")),
    ],
    [
      "the input through a linked folder",
      (dir: string) => (
        fs.symlinkSync(dir, path.join(tmp, `folder-${path.basename(dir)}`)),
        path.join(tmp, `folder-${path.basename(dir)}`, "plan.xlsx")
      ),
    ],
  ])("refuses %s; the input is unchanged", async (_what, makeOut) => {
    const { dir, input } = copyOfSeed();
    const before = sha(input);
    const r = await cli("impose", input, "--out", makeOut(dir, input));
    expect(r).toEqual({ code: 2, out: "", err: "service-plan: --out 不可與輸入檔相同：輸入檔不會被修改，請另取檔名。" });
    expect(sha(input)).toBe(before);
  });

  it("a folder that does not exist, or a folder given as the file: one sentence, exit 2", async () => {
    const { dir, input } = copyOfSeed();
    const missing = await cli("impose", input, "--out", path.join(dir, "nowhere", "out.xlsx"));
    expect([missing.code, missing.err]).toEqual([2, `service-plan: --out 的資料夾「${path.join(dir, "nowhere")}」不存在。`]);
    const folder = await cli("impose", input, "--out", dir);
    expect([folder.code, folder.err]).toEqual([2, `service-plan: --out「${dir}」是資料夾，請給一個 .xlsx 檔名。`]);
  });

  it("a symbolic link to another file is replaced by the new workbook, not written through", async () => {
    const { dir, input } = copyOfSeed();
    const elsewhere = path.join(dir, "elsewhere.txt");
    fs.writeFileSync(elsewhere, "不要改我");
    const out = path.join(dir, "out.xlsx");
    fs.symlinkSync(elsewhere, out);
    expect((await cli("impose", input, "--out", out)).code).toBe(0);
    expect(fs.readFileSync(elsewhere, "utf8")).toBe("不要改我");
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(false);
  });
});

describe("a named pipe given as the workbook", () => {
  it("is refused at once with one sentence, not read forever", async () => {
    const fifo = path.join(fs.mkdtempSync(path.join(tmp, "fifo-")), "plan.xlsx");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect(await cli("validate", fifo)).toEqual({
      code: 2,
      out: "",
      err: "service-plan: 「plan.xlsx」不是一般檔案（例如管線或裝置），無法當作活頁簿讀取。",
    });
  });
});

describe("a formula with no computed value in the file", () => {
  // Issue "Steps 1 and 2 as a clerk meets them", 2: its whole row, focus text included, was dropped.
  it("keeps its row and its text, and the change list says so", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("計畫");
    ws.addRows([
      ["執行要項", "執行重點", "具體作法", "執行單位"],
      ["一、完備基礎服務項目，注重服務特性差異化", "(一)建立業務標準作業流程", "1.標準作業流程上網公開", "秘書室"],
      [null, "(二)提供民眾易讀、易懂、易用的服務申辦資訊", null, "民政課"],
    ]);
    ws.getCell("C3").value = { formula: 'HYPERLINK("https://www.example.gov.tw/faq","常見問答")' } as ExcelJS.CellFormulaValue;
    const file = path.join(tmp, "formula.xlsx");
    await wb.xlsx.writeFile(file);
    const json = JSON.parse((await cli("impose", file, "--json")).out);
    expect(json.measures.map((m: { id: string; focus: string }) => [m.id, m.focus])).toEqual([
      ["1-1-1", "1-1"],
      ["1-2-1", "1-2"],
    ]);
    expect(json.changes).toContainEqual({
      kind: "formula-text",
      cell: "C3",
      detail: '公式沒有計算結果，保留公式文字 =HYPERLINK("https://www.example.gov.tw/faq","常見問答")',
    });
  });
});
