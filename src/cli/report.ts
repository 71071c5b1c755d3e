/** The readable terminal report of `impose`. */
import type { Plan } from "../core/plan";
import type { Framework } from "../core/framework/types";
import { toChineseNumeral } from "../core/text/numerals";

export function imposeReport(plan: Plan, framework: Framework, file: string): string {
  const out: string[] = [];
  out.push(`檔案 ${file}，工作表「${plan.sheet}」，架構：${framework.name}`);
  out.push(`表頭在第 ${plan.header.row + 1} 列；找到 ${plan.measures.length} 項具體作法。`);
  const byPillar = new Map<string, number>();
  for (const m of plan.measures) {
    const key = m.pillar === null ? "未對應" : m.pillar === 0 ? "訂定計畫" : `${toChineseNumeral(m.pillar)}、`;
    byPillar.set(key, (byPillar.get(key) ?? 0) + 1);
  }
  out.push(`各執行要項：${[...byPillar].map(([k, n]) => `${k}${n} 項`).join("　")}`);
  out.push("");
  for (const m of plan.measures) {
    const units = m.units.join("、") || "（無執行單位）";
    out.push(`${m.id.padEnd(7)} ${m.focus ?? "—"}  ${m.title}  〔${units}〕  ${m.source.cell}`);
  }
  const counts = new Map<string, number>();
  for (const c of plan.changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  out.push("");
  out.push(`調整紀錄 ${plan.changes.length} 筆：${[...counts].map(([k, n]) => `${k}×${n}`).join("、")}`);
  const notable = plan.changes.filter((c) =>
    ["focus-relabelled", "focus-unmatched", "pillar-unmatched", "units-ambiguous", "column-unmapped", "error-value"].includes(c.kind),
  );
  for (const c of notable) out.push(`  ${c.cell.padEnd(8)} ${c.detail}`);
  if (plan.notes.length > 0) out.push(`表格外的附註 ${plan.notes.length} 則已保留。`);
  return out.join("\n");
}
