/**
 * The readable terminal report of `validate`: counts by severity, findings grouped by pillar with
 * their cell and message, then the two coverage grids.
 */
import { changeMessage } from "../core/changes";
import { findingPillar, type Finding } from "../core/checks/finding";
import { countText, findingMessage, SEVERITY_NAMES, type Language } from "../core/checks/messages";
import type { Validation } from "../core/checks/validate";
import type { Framework } from "../core/framework/types";
import type { Plan } from "../core/plan";
import { toChineseNumeral } from "../core/text/numerals";
import { displayWidth, padEnd, padStart } from "./textWidth";
import type { UnitListChoice } from "./unitListOption";

const WORDS = {
  "zh-TW": {
    head: (file: string, sheet: string, fw: string) => `檔案 ${file}，工作表「${sheet}」，架構：${fw}`,
    summary: (n: number, p: string, f: string | null) => `${n} 項具體作法；執行要項 ${p}${f ? `、執行重點 ${f}` : ""} 有具體作法。`,
    units: (u: UnitListChoice) =>
      u.from === "none"
        ? "單位清單：無"
        : `單位清單：${u.from === "workbook" ? `工作表「${u.unitsSheet?.sheet}」` : u.from}（${u.units.length} 個單位）`,
    skipped:
      "未檢查執行單位是否在單位清單內、各單位是否都有作法：沒有單位清單（用 --units 或 --units-sheet，或在活頁簿加「單位」工作表）。",
    verdict: (ok: boolean) => (ok ? "通過（沒有錯誤）" : "未通過（有錯誤）"),
    none: "沒有任何發現。",
    pillar: (n: number, title: string) => (n === 0 ? "訂定計畫" : `${toChineseNumeral(n)}、${title}`),
    general: "其他",
    coverage: "執行重點涵蓋（每格為具體作法數）",
    uncovered: (ids: string[]) => `沒有具體作法的執行重點：${ids.join("、")}`,
    unitGrid: "單位 × 執行要項（具體作法數；各課室計入每個單位）",
    unlisted: "（不在清單）",
    total: "計",
    preamble: "訂",
  },
  en: {
    head: (file: string, sheet: string, fw: string) => `File ${file}, sheet "${sheet}", framework: ${fw}`,
    summary: (n: number, p: string, f: string | null) => `${n} measures; pillars ${p}${f ? ` and focus points ${f}` : ""} have measures.`,
    units: (u: UnitListChoice) =>
      u.from === "none"
        ? "Unit list: none"
        : `Unit list: ${u.from === "workbook" ? `sheet "${u.unitsSheet?.sheet}"` : u.from} (${u.units.length} units)`,
    skipped:
      "Not checked whether units are on the agency's list and every unit has work: no unit list (give --units or --units-sheet, or add a 單位 sheet).",
    verdict: (ok: boolean) => (ok ? "passed (no errors)" : "failed (errors)"),
    none: "Nothing found.",
    pillar: (n: number, title: string) => (n === 0 ? "Preamble" : `Pillar ${n} ${title}`),
    general: "Other",
    coverage: "Focus-point coverage (measures per cell)",
    uncovered: (ids: string[]) => `Focus points with no measure: ${ids.join(", ")}`,
    unitGrid: "Units × pillars (measures; blanket units count for every unit)",
    unlisted: " (not listed)",
    total: "all",
    preamble: "0",
  },
};

export function validateReport(
  v: Validation,
  plan: Plan,
  framework: Framework,
  file: string,
  unitList: UnitListChoice,
  language: Language,
): string {
  const w = WORDS[language];
  const out: string[] = [];
  const { stats } = v;
  out.push(w.head(file, plan.sheet, framework.name));
  // A framework read from the plan itself is said before anything is checked against it.
  for (const c of plan.changes) if (c.kind === "framework-from-plan") out.push(changeMessage(c, language));
  out.push(
    w.summary(
      stats.measures,
      `${stats.pillars.covered}/${stats.pillars.required}`,
      stats.focusPoints.required > 0 ? `${stats.focusPoints.covered}/${stats.focusPoints.required}` : null,
    ),
    w.units(unitList),
  );
  if (stats.skipped.length > 0) out.push(w.skipped);
  const counts = (["error", "warning", "info"] as const)
    .map((s) => countText(language, s, stats.findings[s]))
    .join(language === "en" ? ", " : "、");
  out.push(`${counts} — ${w.verdict(v.valid)}`);
  out.push("");
  if (v.findings.length === 0) out.push(w.none);
  for (const [heading, findings] of byPillar(v.findings, framework, w)) {
    out.push(heading);
    for (const f of findings) {
      const where = f.cell ? (f.sheet === plan.sheet ? f.cell : `${f.sheet}!${f.cell}`) : "—";
      out.push(`  ${padEnd(SEVERITY_NAMES[language][f.severity], 6)}${padEnd(where, 8)} ${findingMessage(f, language)}`);
    }
  }
  for (const grid of [focusGrid(v, w), unitGrid(v, framework, w)]) if (grid.length > 0) out.push("", ...grid);
  return out.join("\n");
}

type Words = (typeof WORDS)[Language];

/** Findings under their pillar's heading, pillars in order, then those under none. */
function byPillar(findings: Finding[], framework: Framework, w: Words): [string, Finding[]][] {
  const groups = new Map<number | null, Finding[]>();
  for (const f of findings) {
    const p = findingPillar(f);
    groups.set(p, [...(groups.get(p) ?? []), f]);
  }
  const title = (n: number) => framework.pillars.find((p) => p.number === n)?.title ?? "";
  return [...groups]
    .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
    .map(([p, fs]) => [p === null ? w.general : w.pillar(p, title(p)), fs]);
}

function focusGrid(v: Validation, w: Words): string[] {
  const pillars = v.coverage.focusPoints.pillars;
  const width = Math.max(0, ...pillars.map((p) => p.focusPoints.length));
  if (width === 0) return [];
  const labels = pillars.find((p) => p.focusPoints.length === width)!.focusPoints.map((f) => f.label);
  const lines = [w.coverage, `      ${labels.map((l) => padStart(l, 6)).join("")}`];
  for (const p of pillars)
    lines.push(`  ${padEnd(`${toChineseNumeral(p.pillar)}、`, 4)}${p.focusPoints.map((f) => padStart(String(f.measures), 6)).join("")}`);
  const uncovered = pillars.flatMap((p) => p.focusPoints.filter((f) => f.measures === 0).map((f) => f.id));
  if (uncovered.length > 0) lines.push(w.uncovered(uncovered));
  return lines;
}

function unitGrid(v: Validation, framework: Framework, w: Words): string[] {
  const m = v.coverage.units;
  if (m.units.length === 0) return [];
  const names = m.units.map((u) => u.unit + (u.listed || m.source === "plan" ? "" : w.unlisted));
  const nameWidth = Math.max(...names.map(displayWidth)) + 2;
  const col = (n: number) => (n === 0 ? w.preamble : framework.pillars.some((p) => p.number === n) ? toChineseNumeral(n) : String(n));
  const lines = [w.unitGrid, `  ${padEnd("", nameWidth)}${[...m.pillars.map(col), w.total].map((h) => padStart(h, 4)).join("")}`];
  m.units.forEach((u, i) =>
    lines.push(`  ${padEnd(names[i], nameWidth)}${[...u.counts, u.total].map((n) => padStart(String(n), 4)).join("")}`),
  );
  return lines;
}
