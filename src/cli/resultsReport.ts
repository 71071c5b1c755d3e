/**
 * What `results` prints: where the results were read from, the figures per unit and per pillar, each
 * target a measure's text states as it was read (the words, what the period asks, what was reported,
 * met or not), then the findings with their cells; or, with --json, `{findings, figures}`.
 */
import { countText, findingMessage, SEVERITY_NAMES, type Language } from "../core/checks/messages";
import type { Framework } from "../core/framework/types";
import type { Plan } from "../core/plan";
import type { ResultFigures, TargetCheck } from "../core/results/compile";
import { resultCell, type Period, type ResultRow } from "../core/results/resultsSheet";
import { toChineseNumeral } from "../core/text/numerals";
import type { PeriodCompiled } from "../core/workflows/results";
import { displayWidth, padEnd, padStart } from "./textWidth";

/** Where the period's results came from. */
export type ResultsSource =
  /** Our results sheet: its name and every row read from it (both periods). */
  | { kind: "sheet"; sheet: string; rows: readonly ResultRow[] }
  /** The plan's own 執行成效 column; `headless` names a sheet called 成效填報 whose header was not found. */
  | { kind: "beside"; headless?: string };

export interface ResultsRead {
  file: string;
  /** The plan as imposed (before compiling). */
  plan: Plan;
  framework: Framework;
  period: Period;
  source: ResultsSource;
  compiled: PeriodCompiled;
}

const PERIOD_EN: Record<Period, string> = { 期中: "mid-year", 年終: "year end" };

const WORDS = {
  "zh-TW": {
    head: (file: string, sheet: string, fw: string, period: Period) => `檔案 ${file}，計畫工作表「${sheet}」，架構：${fw}；期別：${period}`,
    fromSheet: (sheet: string, period: Period, rows: number, reported: number) =>
      `成效來源：工作表「${sheet}」，${period} ${rows} 列，已填報 ${reported} 列、尚未填報 ${rows - reported} 列。`,
    fromBeside: (typed: number, measures: number) =>
      `成效來源：計畫旁的執行成效欄（活頁簿沒有「成效填報」工作表）：${measures} 項作法中 ${typed} 項有填。`,
    headless: (sheet: string) => `工作表「${sheet}」找不到成效填報的表頭（編號、執行要項、具體作法、執行單位、期別、辦理情形…），未讀取。`,
    noRowsForPeriod: (period: Period, others: number) =>
      `成效填報沒有${period}的列${others > 0 ? `（其他期別有 ${others} 列）` : ""}：附件二只有計畫旁已填的執行成效。`,
    unknownIds: (ids: string[]) => `成效填報中 ${ids.length} 個編號不在計畫中（${ids.join("、")}），其填報未計入附件二。`,
    byUnit: "各單位填報情形（辦理中含持續辦理）",
    byPillar: "各執行要項填報情形",
    columns: ["列數", "已填報", "已完成", "辦理中", "未辦理"],
    unit: "單位",
    pillarHeader: "執行要項",
    pillar: (n: number | null, title: string) =>
      n === null
        ? "未對應"
        : n === 0
          ? "訂定計畫"
          : `${toChineseNumeral(n)}、${[...title].length > 12 ? `${[...title].slice(0, 12).join("")}…` : title}`,
    noFigures: "沒有本期的填報列，無統計。",
    targets: "目標值（具體作法文字中讀到的數量，對照填報的達成數值）",
    noTargets: "具體作法文字中沒有讀到數量目標。",
    target: (t: TargetCheck, period: Period) =>
      `「${t.target.text}」${period}應達 ${t.asked}${t.target.unit}，` +
      (t.achieved === null ? "未填報數值" : `填報 ${t.achieved}${t.target.unit}`) +
      `：${t.met === true ? "已達成" : t.met === false ? "未達成" : t.achieved === null ? "無法判斷" : "無法判斷（一項作法有數個目標，不知數值對應哪一個）"}`,
    findings: (counts: string) => `發現：${counts}`,
    none: "沒有任何發現。",
  },
  en: {
    head: (file: string, sheet: string, fw: string, period: Period) =>
      `File ${file}, plan sheet "${sheet}", framework: ${fw}; period: ${PERIOD_EN[period]}`,
    fromSheet: (sheet: string, period: Period, rows: number, reported: number) =>
      `Results from sheet "${sheet}": ${rows} rows for ${PERIOD_EN[period]}, ${reported} reported, ${rows - reported} not yet.`,
    fromBeside: (typed: number, measures: number) =>
      `Results from the plan's own results column (the workbook has no results sheet): ${typed} of ${measures} measures filled in.`,
    headless: (sheet: string) => `Sheet "${sheet}" has no results header (id, unit, period, status… as the add-in writes it): not read.`,
    noRowsForPeriod: (period: Period, others: number) =>
      `The results sheet has no rows for ${PERIOD_EN[period]}${others > 0 ? ` (${others} for the other period)` : ""}: annex 2 has only the results typed beside the plan.`,
    unknownIds: (ids: string[]) =>
      `${ids.length} id${ids.length === 1 ? "" : "s"} on the results sheet ${ids.length === 1 ? "is" : "are"} not in the plan (${ids.join(", ")}): not compiled into annex 2.`,
    byUnit: "By unit (in progress counts ongoing work)",
    byPillar: "By pillar",
    columns: ["rows", "reported", "done", "in progress", "not started"],
    unit: "unit",
    pillarHeader: "pillar",
    pillar: (n: number | null) => (n === null ? "unmatched" : n === 0 ? "preamble" : `pillar ${n}`),
    noFigures: "No rows for this period: no figures.",
    targets: "Targets (the quantities read in a measure's text, held to the figures reported)",
    noTargets: "No quantitative target was read in the measures' text.",
    target: (t: TargetCheck, period: Period) =>
      `"${t.target.text}" asks ${t.asked} ${t.target.unit} by ${PERIOD_EN[period]}; ` +
      (t.achieved === null ? "no figure reported" : `${t.achieved} ${t.target.unit} reported`) +
      `: ${t.met === true ? "met" : t.met === false ? "not met" : t.achieved === null ? "cannot tell" : "cannot tell (the measure states several targets: which figure is which?)"}`,
    findings: (counts: string) => `Findings: ${counts}`,
    none: "Nothing found.",
  },
};

/** The first row reporting on a target's measure for the period: where its 達成數值 is typed. */
function targetCell(t: TargetCheck, read: ResultsRead): { sheet: string; cell: string } | null {
  if (read.source.kind !== "sheet") return null;
  const row = read.source.rows.find((r) => r.id === t.id && r.period === read.period);
  const cell = row && resultCell(row, "figure");
  return cell ? { sheet: read.source.sheet, cell } : null;
}

/** Ids of the period's rows that no measure of the plan has (their results reach no annex row). */
function unknownIds(read: ResultsRead): string[] {
  if (read.source.kind !== "sheet") return [];
  const ids = new Set(read.plan.measures.map((m) => m.id));
  return [...new Set(read.source.rows.filter((r) => r.period === read.period && !ids.has(r.id)).map((r) => r.id))];
}

function figureTable(names: string[], figures: ResultFigures[], nameHeader: string, columns: string[]): string[] {
  const nameWidth = Math.max(displayWidth(nameHeader), ...names.map(displayWidth)) + 2;
  const widths = columns.map((c) => Math.max(displayWidth(c), 4) + 2);
  const cells = (f: ResultFigures) => [f.rows, f.reported, f.done, f.inProgress, f.notStarted];
  return [
    `  ${padEnd(nameHeader, nameWidth)}${columns.map((c, i) => padStart(c, widths[i])).join("")}`,
    ...figures.map(
      (f, r) =>
        `  ${padEnd(names[r], nameWidth)}${cells(f)
          .map((n, i) => padStart(String(n), widths[i]))
          .join("")}`,
    ),
  ];
}

export function resultsReport(read: ResultsRead, language: Language): string {
  const w = WORDS[language];
  const { compiled, period, framework, source } = read;
  const out: string[] = [w.head(read.file, read.plan.sheet, framework.name, period)];
  const ofPeriod = source.kind === "sheet" ? source.rows.filter((r) => r.period === period) : [];
  if (source.kind === "sheet") {
    out.push(w.fromSheet(source.sheet, period, ofPeriod.length, ofPeriod.length - compiled.missing.length));
    if (ofPeriod.length === 0) out.push(w.noRowsForPeriod(period, source.rows.length));
    const unknown = unknownIds(read);
    if (unknown.length > 0) out.push(w.unknownIds(unknown));
  } else {
    if (source.headless) out.push(w.headless(source.headless));
    const typed = compiled.plan.measures.filter((m) => (m.results ?? "").trim() !== "").length;
    out.push(w.fromBeside(typed, compiled.plan.measures.length));
  }

  out.push("", w.byUnit);
  if (compiled.byUnit.length === 0) out.push(`  ${w.noFigures}`);
  else
    out.push(
      ...figureTable(
        compiled.byUnit.map((u) => u.unit),
        compiled.byUnit,
        w.unit,
        w.columns,
      ),
    );
  out.push("", w.byPillar);
  const pillars = compiled.byPillar.filter((p) => p.rows > 0);
  const title = (n: number | null) => framework.pillars.find((p) => p.number === n)?.title ?? "";
  if (pillars.length === 0) out.push(`  ${w.noFigures}`);
  else
    out.push(
      ...figureTable(
        pillars.map((p) => w.pillar(p.pillar, title(p.pillar))),
        pillars,
        w.pillarHeader,
        w.columns,
      ),
    );

  out.push("", w.targets);
  if (compiled.targets.length === 0) out.push(`  ${w.noTargets}`);
  const idWidth = Math.max(0, ...compiled.targets.map((t) => t.id.length)) + 2;
  for (const t of compiled.targets) {
    const cell = targetCell(t, read);
    out.push(`  ${t.id.padEnd(idWidth)}${w.target(t, period)}${cell ? `  ${cell.sheet}!${cell.cell}` : ""}`);
  }

  out.push("");
  const counts = (["error", "warning", "info"] as const)
    .map((s) => countText(language, s, compiled.findings.filter((f) => f.severity === s).length))
    .join(language === "en" ? ", " : "、");
  out.push(w.findings(counts));
  if (compiled.findings.length === 0) out.push(`  ${w.none}`);
  const where = compiled.findings.map((f) => (f.cell ? `${f.sheet}!${f.cell}` : f.sheet));
  const whereWidth = Math.max(0, ...where.map(displayWidth)) + 2;
  compiled.findings.forEach((f, i) =>
    out.push(`  ${padEnd(SEVERITY_NAMES[language][f.severity], 8)}${padEnd(where[i], whereWidth)}${findingMessage(f, language)}`),
  );
  return out.join("\n");
}

/** `{findings, figures}`: findings as `validate --json` gives them (code, severity, sheet, cell, params, message). */
export function resultsToJson(read: ResultsRead, language: Language) {
  const { compiled } = read;
  return {
    findings: compiled.findings.map((f) => ({ ...f, message: findingMessage(f, language) })),
    figures: {
      period: read.period,
      byUnit: compiled.byUnit,
      byPillar: compiled.byPillar,
      missing: compiled.missing.length,
      targets: compiled.targets.map((t) => {
        return { ...t, ...targetCell(t, read) };
      }),
    },
  };
}
