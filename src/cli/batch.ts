/**
 * `validate` and `export` over several workbooks (issue 14, item 3: a supervising agency checking its
 * district offices' plans): the workbooks given, or every workbook in a folder, each in turn with a
 * progress line on stderr; one that cannot be read gets its line and its row saying why, and the batch
 * goes on; one summary at the end (.xlsx and/or .csv, `--summary`, repeatable). The inputs are never written.
 */
import * as fs from "fs";
import * as path from "path";
import { FrameworkError } from "../core/framework/types";
import { ImposeError } from "../core/impose/errors";
import type { Locale } from "../core/locale";
import type { Period } from "../core/results/resultsSheet";
import { writeCsv } from "../files/csvWrite";
import { WorkbookReadError } from "../files/errors";
import { writeWorkbook } from "../files/xlsxWrite";
import { UsageError } from "./args";
import {
  summarySheetSpec,
  summaryTable,
  summaryText,
  summaryWritten,
  unreadableRow,
  type BatchKind,
  type SummaryRow,
} from "./batchSummary";
import { planReader } from "./loadPlan";
import { checkOutputPath, writeOutput } from "./outputFile";
import { displayWidth } from "./textWidth";
import type { Io } from "./main";

/**
 * The files a folder is read for: workbooks, and the spreadsheets a workbook is wrongly sent as (.xls,
 * .xlsb, .ods), so that each gets its row saying why rather than being passed over in silence.
 */
const SPREADSHEET_FILE = /\.(xlsx|xlsm|xls|xlsb|ods)$/i;

/** Excel's owner file beside an open workbook (~$計畫.xlsx) and hidden files are not workbooks of anyone's. */
const NOT_A_WORKBOOK = /^(~\$|\.)/;

/**
 * Folder order: by name as Taiwan sorts it (numbers by value, 2 before 10; Chinese names by stroke count).
 * Made when a folder is read: building the collator loads ICU's zh-Hant data, 15 ms of every start.
 */
let collator: Intl.Collator | undefined;
const byName = (a: string, b: string) => (collator ??= new Intl.Collator("zh-Hant-TW", { numeric: true })).compare(a, b);

const isFolder = (p: string) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() === true;

/** A batch: several workbooks, a folder, or an option only a batch has (--summary, --out-dir). One workbook alone runs as before. */
export function isBatch(positional: readonly string[], options: Record<string, string | true>): boolean {
  return positional.length > 1 || options.summary !== undefined || options["out-dir"] !== undefined || positional.some(isFolder);
}

export interface BatchInput {
  /** The path to read. */
  file: string;
  /** How the progress line and the summary name it: the file's name, or the path given when two share a name. */
  label: string;
}

/**
 * The workbooks of a batch, in order: each file as given, each folder's workbooks (not its subfolders')
 * sorted by name; each once. A file that does not exist stays in the list: its row says so.
 */
export function batchInputs(positional: readonly string[]): BatchInput[] {
  const files: string[] = [];
  for (const given of positional) {
    if (!isFolder(given)) {
      files.push(given);
      continue;
    }
    const names = fs
      .readdirSync(given, { withFileTypes: true })
      .filter((d) => !d.isDirectory() && SPREADSHEET_FILE.test(d.name) && !NOT_A_WORKBOOK.test(d.name))
      .map((d) => d.name)
      .sort(byName);
    if (names.length === 0) throw new UsageError(`資料夾「${given}」裡沒有任何 .xlsx 活頁簿。`);
    files.push(...names.map((n) => path.join(given, n)));
  }
  const seen = new Set<string>();
  const unique = files.filter((f) => {
    const key = path.resolve(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const names = new Map<string, number>();
  for (const f of unique) names.set(path.basename(f), (names.get(path.basename(f)) ?? 0) + 1);
  return unique.map((file) => ({ file, label: names.get(path.basename(file))! > 1 ? file : path.basename(file) }));
}

/** Options a batch cannot take, each with what to do instead. */
export function refuseInBatch(options: Record<string, string | true>, refused: Record<string, string>): void {
  for (const [option, why] of Object.entries(refused)) if (options[option] !== undefined) throw new UsageError(why);
}

export interface SummaryTarget {
  file: string;
  format: "xlsx" | "csv";
}

/** `--summary OUT.xlsx`, `--summary OUT.csv` (either, both): checked before any work, never over an input. */
export function summaryTargets(values: readonly string[], inputs: readonly BatchInput[]): SummaryTarget[] {
  const targets = values.map((file): SummaryTarget => {
    const format = path.extname(file).slice(1).toLowerCase();
    if (format !== "xlsx" && format !== "csv")
      throw new UsageError(
        `--summary 要 .xlsx 或 .csv 檔名（兩種都要就給兩次：--summary 彙整.xlsx --summary 彙整.csv），收到「${file}」。`,
      );
    for (const input of inputs) checkOutputPath("--summary", file, input.file);
    return { file, format };
  });
  if (new Set(targets.map((t) => path.resolve(t.file))).size < targets.length) throw new UsageError("--summary 給了兩次同一個檔名。");
  return targets;
}

/** `--framework FILE.xlsx` read once before the batch, so a bad framework file stops it in one sentence, not once per workbook. */
export async function checkFrameworkOption(option: string | undefined): Promise<void> {
  await planReader(option);
}

/**
 * The progress line on stderr: "[3/12] 某區公所.xlsx…". On a terminal it is redrawn in place (a
 * workbook that cannot be read leaves its line standing); otherwise, one line each.
 */
class Progress {
  constructor(
    private readonly io: Io,
    private readonly total: number,
    private readonly language: Locale,
  ) {}

  private fit(line: string): string {
    const columns = this.io.terminal?.columns ?? 0;
    if (columns < 10 || displayWidth(line) < columns) return line;
    let cut = "";
    for (const ch of line) {
      if (displayWidth(cut + ch) >= columns - 1) break;
      cut += ch;
    }
    return `${cut}…`;
  }

  start(i: number, label: string): void {
    const line = `[${i}/${this.total}] ${label}…`;
    if (this.io.terminal) this.io.terminal.write(`\r\x1b[K${this.fit(line)}`);
    else this.io.err(line);
  }

  /** A workbook that could not be read: its line stays, saying why. */
  fail(i: number, label: string, why: string): void {
    const line = `[${i}/${this.total}] ${label}${this.language === "en" ? ": " : "："}${why}`;
    if (this.io.terminal) this.io.terminal.write(`\r\x1b[K${line}\n`);
    else this.io.err(line);
  }

  done(): void {
    this.io.terminal?.write("\r\x1b[K");
  }
}

/** Why a workbook could not be used, in the user's language; null for an error nobody expected (a bug). */
function reasonOf(e: unknown, language: Locale): string | null {
  if (e instanceof ImposeError || e instanceof FrameworkError) return e.messageIn(language);
  if (e instanceof WorkbookReadError || e instanceof UsageError) return e.message;
  return null;
}

/** One workbook's outcome: its summary row, and lines worth printing about it (the errors that fail it, what stopped its export). */
export interface Processed {
  row: SummaryRow;
  details?: string[];
}

/** Each workbook in turn, its row from `each`; one that cannot be read gets a row saying why, and the batch goes on. */
export async function runBatch(
  inputs: readonly BatchInput[],
  io: Io,
  language: Locale,
  each: (input: BatchInput) => Promise<Processed>,
): Promise<Processed[]> {
  const progress = new Progress(io, inputs.length, language);
  const rows: Processed[] = [];
  for (const [i, input] of inputs.entries()) {
    progress.start(i + 1, input.label);
    try {
      rows.push(await each(input));
    } catch (e) {
      const why = reasonOf(e, language);
      const said =
        why ??
        (language === "en"
          ? `Something unexpected went wrong: ${(e as Error)?.message ?? String(e)}`
          : `發生未預期的錯誤：${(e as Error)?.message ?? String(e)}`);
      rows.push({ row: unreadableRow(input.label, said, why === null ? "failed" : "unreadable") });
      progress.fail(i + 1, input.label, said);
    }
  }
  progress.done();
  return rows;
}

/**
 * The summary written to each target, and said on stdout: each workbook's details under its name, then
 * the table (with --json, the rows instead).
 */
export async function finishBatch(
  processed: readonly Processed[],
  targets: readonly SummaryTarget[],
  kind: BatchKind,
  options: Record<string, string | true>,
  language: Locale,
  period: Period,
  io: Io,
): Promise<number> {
  const rows = processed.map((p) => p.row);
  for (const t of targets) {
    if (t.format === "xlsx") writeOutput(t.file, await writeWorkbook([summarySheetSpec(rows, kind, language, period)]));
    else writeOutput(t.file, writeCsv(summaryTable(rows, kind, language, period)).bytes);
  }
  if (options.json) io.out(JSON.stringify({ period, workbooks: rows, summary: targets.map((t) => t.file) }, null, 2));
  else {
    for (const p of processed)
      if (p.details?.length) {
        io.out(`${p.row.file}${language === "en" ? ":" : "："}`);
        for (const line of p.details) io.out(line);
        io.out("");
      }
    io.out(summaryText(rows, kind, language));
    if (targets.length > 0)
      io.out(
        summaryWritten(
          targets.map((t) => t.file),
          language,
        ),
      );
  }
  return batchExitCode(rows);
}

/**
 * 3 when something unexpected happened; else 2 when a workbook could not be read; else 1 when one has
 * error-level findings (validate) or was not exported (export); else 0.
 */
export function batchExitCode(rows: readonly SummaryRow[]): number {
  if (rows.some((r) => r.status === "failed")) return 3;
  if (rows.some((r) => r.status === "unreadable")) return 2;
  if (rows.some((r) => r.status === "errors" || r.status === "not-exported")) return 1;
  return 0;
}
