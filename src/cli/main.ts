#!/usr/bin/env node
/**
 * service-plan: the add-in's core on .xlsx files, for a demo with no Excel, for tests, and for a
 * supervising agency checking many workbooks. Input files are never modified.
 */
import { FrameworkError } from "../core/framework/types";
import type { Locale } from "../core/locale";
import { ImposeError } from "../core/impose/errors";
import { WorkbookReadError } from "../files/errors";
import { parseArgs, UsageError } from "./args";

const USAGE = `用法 Usage:
  service-plan impose <workbook.xlsx> [--sheet NAME] [--framework kaohsiung|vac|FILE.xlsx] [--measure-column C]
                      [--out OUT.xlsx] [--json] [--lang zh-TW|en]
  service-plan validate <workbook.xlsx> [--sheet NAME] [--framework kaohsiung|vac|FILE.xlsx] [--measure-column C]
                        [--units a,b,c | --units-sheet NAME] [--json] [--lang zh-TW|en] [--coverage-out OUT.xlsx]
  service-plan annex <workbook.xlsx> --kind plan|measures|results --out OUT.xlsx [--agency NAME] [--year 115]
                     [--font NAME] [--sheet NAME] [--framework kaohsiung|vac|FILE.xlsx] [--lang zh-TW|en]
  service-plan results <workbook.xlsx> [--period mid|year] [--out OUT.xlsx] [--json] [--agency NAME] [--year 115]
                       [--font NAME] [--sheet NAME] [--framework kaohsiung|vac|FILE.xlsx] [--lang zh-TW|en]
  service-plan export <workbook.xlsx> --kind plan|measures|results --out OUT.ods|.pdf|.xlsx|.csv|.html
                      [--format ods|pdf|xlsx|csv|html] [--period mid|year] [--force] [--no-bom] [--agency NAME]
                      [--pdf-engine libreoffice|builtin]
                      [--year 115] [--font NAME] [--sheet NAME] [--framework …] [--lang zh-TW|en]
  service-plan rollover <workbook.xlsx> --out NEXT.xlsx [--year 116] [--sheet NAME] [--framework kaohsiung|vac|FILE.xlsx]
                        [--json] [--lang zh-TW|en]
  service-plan compare <OLD.xlsx> <NEW.xlsx> [--out OUT.xlsx] [--json] [--framework kaohsiung|vac|FILE.xlsx] [--lang zh-TW|en]
  批次 Batch (a supervising agency: several workbooks, or a folder of them):
  service-plan validate <a.xlsx b.xlsx … | FOLDER> [--summary OUT.xlsx] [--summary OUT.csv] [--period mid|year]
                        [--json] [validate's options]
  service-plan export <a.xlsx b.xlsx … | FOLDER> --format ods|pdf|xlsx|csv|html --out-dir DIR [--summary OUT.xlsx]
                      [--summary OUT.csv] [--kind …] [--force] [export's options but --out and --agency]

  impose   套用計畫格式：找出表頭、拆分具體作法、對應執行單位，列出調整紀錄。
           Impose the plan schema on a sheet and list what it changed.
  --json   印出 JSON（measures、changes…）。Print the plan as JSON.
  --measure-column  無法自動判斷時，指定具體作法所在的欄。The measures' column, when it cannot be told.
  --out    另存新活頁簿：計畫表、單位、服務架構＋原始工作表副本（輸入檔不會被修改）。
           Write a new workbook: plan table, units, framework and a copy of the original sheet.
  對照表   活頁簿有「對照表」工作表（增益集記住的表頭與單位對應）時，impose 與 validate 都照它對應，--out 一併保留。
           A workbook's 對照表 sheet (the headers and unit names the add-in remembered) maps impose and validate
           the same way; --out keeps it.

  validate 檢查計畫：執行要項與執行重點是否都涵蓋、每項作法是否有執行單位、單位是否都在清單內且都有作法、
           期限是否有效；列出發現（含儲存格）與涵蓋表。Check coverage, units and deadlines; list findings
           with their cells and the coverage grids.
  --units  本機關的單位清單（以逗號分隔）；--units-sheet 從某工作表的 A 欄讀取；都未指定時用活頁簿的
           「單位」工作表，沒有就不檢查單位清單。The agency's units: a list, a sheet's column A, or the
           workbook's 單位 sheet; with none, the unit-list checks are skipped.
  --lang   訊息語言 zh-TW（預設）或 en。Message language.
  --coverage-out  另存涵蓋情形工作表（兩張涵蓋表）為新活頁簿。Write the coverage sheet to a new workbook.
  annex    產製可直接列印的附表：plan 計畫表、measures 附件一 具體作法、results 附件二 執行成效一覽表
           （A4、寬度一頁、每頁重複表頭、頁尾「第 n 頁，共 N 頁」，預設標楷體）。機關名稱與年度取自計畫標題，
           可用 --agency、--year 指定。Build a print-ready annex table (A4, one page wide, the header on
           every page, page n of N in the footer, 標楷體 by default); agency and year from the plan's title.
  results  彙整執行成效：讀取「成效填報」工作表（沒有時用計畫旁的執行成效欄），列出各單位、各執行要項的填報
           統計、具體作法寫明的目標值與填報的數值、尚未填報與未達目標的發現（含儲存格）；--out 另存附件二
           執行成效一覽表（同 annex）。Compile a period's results from the results sheet (or the results
           typed beside the plan): figures per unit and pillar, the targets read, findings with their cells;
           --out writes annex 2 as annex does.
  --period mid 期中 或 year 年終（預設）。The period: mid-year, or year end (the default).
  export   發布用匯出：先做發布前檢查（身分證號、電話、電子郵件、像公式的文字、未填報的成效、計畫仍有的錯誤），
           有發現就列出並停止（加 --force 照樣匯出），再寫出 .ods（ODF 1.2）、.pdf、.xlsx、
           .csv（UTF-8 含 BOM；--no-bom 供開放資料上傳；像公式的格子加上 '）或無障礙 .html。Export for
           publication after the pre-publication check (stops on findings unless --force).
  --pdf-engine  PDF 由誰產生：有 LibreOffice 時預設用它，否則用內建排版（思源宋體 Noto Serif TC，字型缺的字列出並印成〓）；
           libreoffice 只用 LibreOffice，builtin 只用內建排版。What makes the PDF: LibreOffice when installed,
           else the built-in renderer (Noto Serif TC; characters it lacks are listed and printed as 〓).
  rollover 以今年的計畫開始下一年度：另存新活頁簿（計畫表、單位、服務架構、計畫標題），編號不變，清空執行成效
           （成效填報不帶入），完成期限的日期移到新年度（同月同日；新年度沒有的日子清空，持續辦理等文字不變），
           標題的年度改為新年度，執行要項與執行重點的文字與架構（--framework 新年度的架構）不同者改用架構的文字；
           列出每項調整。--year 指定新年度（預設：標題年度＋1）。Start next year's plan from this one in a new
           workbook: ids kept, results cleared (the results sheet not carried), dates moved to the new year,
           the title's year moved, the framework's wording applied; prints each change.
  compare  比較兩個年度的計畫：新增、刪除、文字修改（先比對編號，文字相似度〔字元雙字組 Dice〕≥ 0.5；再比對
           相同文字；再比對相似文字，≥ 0.6）、移動、執行單位變更、執行重點涵蓋的增減、年度與執行成效；每項差異
           只列一次。--out 另存「比較」工作表。
           Compare two years' plans: measures added, dropped, reworded (by id, then by similar wording),
           moved, units changed, coverage gained or lost; each difference once; --out writes the 比較 sheet.
  批次     每本活頁簿依序處理（stderr 顯示進度「[3/12] 某區公所.xlsx…」），無法讀取的一本列出原因後繼續；資料夾取其中的
           活頁簿（不含子資料夾），依名稱排序。--summary 寫出彙整表（.xlsx 或 .csv，可給兩次）：每本一列，機關、年度、
           具體作法數、涵蓋情形、各級發現數、尚未填報的成效；export 另列發布前檢查與寫出的檔（--out-dir 內，
           <活頁簿名>_附件一.ods 等）。Batch: each workbook in turn with a progress line; one that cannot be read
           gets its row saying why and the batch goes on; --summary writes one row per workbook (.xlsx and/or .csv).
           批次結束代碼 Batch exit codes: 2 有一本無法讀取 one could not be read; else 1 有一本有錯誤（validate）或未匯出
           （export，未加 --force）one had errors or was not exported; else 0.
  結束代碼 Exit codes: 0 沒有錯誤 no error; 1 有錯誤 errors found (validate, results; export: findings, nothing written); 2 無法讀取輸入 the input cannot be used.`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** stderr when it is a terminal: written as is (no newline added), for a progress line redrawn in place; its width in columns. */
  terminal?: { write: (s: string) => void; columns: number };
}

/** The process's own stdout and stderr (the terminal's, when stderr is one). */
export function processIo(): Io {
  return {
    out: (s) => process.stdout.write(s + "\n"),
    err: (s) => process.stderr.write(s + "\n"),
    ...(process.stderr.isTTY ? { terminal: { write: (s: string) => process.stderr.write(s), columns: process.stderr.columns ?? 80 } } : {}),
  };
}

/** The language asked for, for errors raised before the options were read (zh-TW when unclear). */
function languageOf(argv: string[]): Locale {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? undefined : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "zh-TW";
}

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv, ["json", "help", "force", "no-bom"]);
    if (args.options.help || args.command === undefined || args.command === "help") {
      io.out(USAGE);
      return args.command === undefined && !args.options.help ? 2 : 0;
    }
    // Each command's code is loaded when it runs: the bundle then starts only what that command uses
    // (no LibreOffice launcher, zip tables or collator for impose): impose of seed 000, 180 → 160 ms.
    const { positional, options, repeated } = args;
    if (args.command === "impose") return await (await import("./imposeCommand")).imposeCommand(positional, options, io);
    if (args.command === "validate") return await (await import("./validateCommand")).validateCommand(positional, options, io, repeated);
    if (args.command === "annex") return await (await import("./annexCommand")).annexCommand(positional, options, io);
    if (args.command === "results") return await (await import("./resultsCommand")).resultsCommand(positional, options, io);
    if (args.command === "export") return await (await import("./exportCommand")).exportCommand(positional, options, io, repeated);
    if (args.command === "rollover") return await (await import("./rolloverCommand")).rolloverCommand(positional, options, io);
    if (args.command === "compare") return await (await import("./compareCommand")).compareCommand(positional, options, io);
    throw new UsageError(`不認得的指令「${args.command}」。執行 service-plan --help 看用法。`);
  } catch (e) {
    if (e instanceof ImposeError || e instanceof FrameworkError) {
      io.err(`service-plan: ${e.messageIn(languageOf(argv))}`);
      return 2;
    }
    if (e instanceof UsageError || e instanceof WorkbookReadError) {
      io.err(`service-plan: ${e.message}`);
      return 2;
    }
    io.err(`service-plan: 發生未預期的錯誤：${(e as Error).message ?? String(e)}`);
    return 3;
  }
}

if (require.main === module) {
  run(process.argv.slice(2), processIo()).then((code) => (process.exitCode = code));
}
