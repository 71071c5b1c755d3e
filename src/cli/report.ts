/** The readable terminal report of `impose`, in zh-TW or English. */
import { changeMessage } from "../core/changes";
import type { Framework } from "../core/framework/types";
import type { Locale } from "../core/locale";
import type { Plan } from "../core/plan";
import { toChineseNumeral } from "../core/text/numerals";

const TEXT = {
  "zh-TW": {
    file: (file: string, sheet: string, framework: string) => `檔案 ${file}，工作表「${sheet}」，架構：${framework}`,
    found: (row: number, n: number) => `表頭在第 ${row} 列；找到 ${n} 項具體作法。`,
    unmatched: "未對應",
    preamble: "訂定計畫",
    pillar: (n: number) => `${toChineseNumeral(n)}、`,
    byPillar: (parts: string[]) => `各執行要項：${parts.join("　")}`,
    count: (key: string, n: number) => `${key}${n} 項`,
    noUnits: "（無執行單位）",
    changes: (n: number, parts: string[]) => `調整紀錄 ${n} 筆：${parts.join("、")}`,
    notes: (n: number) => `表格外的附註 ${n} 則已保留。`,
  },
  en: {
    file: (file: string, sheet: string, framework: string) => `File ${file}, sheet "${sheet}", framework: ${framework}`,
    found: (row: number, n: number) => `Header in row ${row}; ${n} measures found.`,
    unmatched: "unmatched",
    preamble: "preamble",
    pillar: (n: number) => `${n}: `,
    byPillar: (parts: string[]) => `By pillar: ${parts.join("  ")}`,
    count: (key: string, n: number) => `${key}${n}`,
    noUnits: "(no unit)",
    changes: (n: number, parts: string[]) => `${n} changes: ${parts.join(", ")}`,
    notes: (n: number) => `${n} notes outside the table kept.`,
  },
};

/** Changes a reader should look at; the rest are counted. */
export const NOTABLE: ReadonlySet<string> = new Set([
  "framework-from-plan",
  "column-role-decided",
  "focus-relabelled",
  "focus-unmatched",
  "pillar-unmatched",
  "units-ambiguous",
  "column-unmapped",
  "error-value",
]);

/** The changes of reading a plan a reader should look at (NOTABLE), in the plan's order. */
export const notableChanges = (plan: Plan) => plan.changes.filter((c) => NOTABLE.has(c.kind));

export function imposeReport(plan: Plan, framework: Framework, file: string, lang: Locale = "zh-TW"): string {
  const t = TEXT[lang];
  const out: string[] = [];
  out.push(t.file(file, plan.sheet, framework.name));
  out.push(t.found(plan.header.row + 1, plan.measures.length));
  const byPillar = new Map<string, number>();
  // forEach, not for-of: a for-of costs ten times as much before the JIT warms up (the CLI runs cold).
  plan.measures.forEach((m) => {
    const key = m.pillar === null ? t.unmatched : m.pillar === 0 ? t.preamble : t.pillar(m.pillar);
    byPillar.set(key, (byPillar.get(key) ?? 0) + 1);
  });
  out.push(t.byPillar([...byPillar].map(([k, n]) => t.count(k, n))));
  out.push("");
  plan.measures.forEach((m) => {
    const units = m.units.join("、") || t.noUnits;
    out.push(`${m.id.padEnd(7)} ${m.focus ?? "—"}  ${m.title}  〔${units}〕  ${m.source.cell}`);
  });
  const counts = new Map<string, number>();
  plan.changes.forEach((c) => counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1));
  out.push("");
  out.push(
    t.changes(
      plan.changes.length,
      [...counts].map(([k, n]) => `${k}×${n}`),
    ),
  );
  for (const c of notableChanges(plan)) out.push(`  ${c.cell.padEnd(8)} ${changeMessage(c, lang)}`);
  if (plan.notes.length > 0) out.push(t.notes(plan.notes.length));
  return out.join("\n");
}
