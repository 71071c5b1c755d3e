/**
 * A large plan laid out like a Word paste: each focus point's measures three to a cell with their
 * units stacked beside them, pillar cells merged down, the header repeated every 40 rows.
 */
import { KAOHSIUNG } from "../src/core/framework/kaohsiung";
import type { Area, CellValue, Grid } from "../src/core/grid";
import { toChineseNumeral } from "../src/core/text/numerals";

export const UNITS = ["秘書室", "民政課", "社會課", "役政災防課", "經建課", "人事室"];
const HEADER = ["執行要項", "執行重點", "具體作法", "執行單位"];

/** `unitsPerMeasure`: how many units each measure names (joined with 、), 1 by default. */
export function bigPlanGrid(measureCount: number, unitsPerMeasure = 1): Grid {
  const rows: CellValue[][] = [["某區公所提升服務執行計畫", null, null, null], HEADER];
  const merges: Area[] = [{ top: 0, left: 0, bottom: 0, right: 3 }];
  const focusPoints = KAOHSIUNG.pillars.flatMap((p) => p.focusPoints.map((f) => ({ p, f })));
  let made = 0;
  let cellNo = 0;
  let pillarStart = -1;
  let pillarNo = 0;
  while (made < measureCount) {
    const { p, f } = focusPoints[cellNo % focusPoints.length];
    if ((rows.length - 1) % 40 === 0) {
      rows.push([...HEADER]);
      pillarNo = 0; // a page break ends the pillar's merged cell
    }
    const n = Math.min(3, measureCount - made);
    const measures = Array.from(
      { length: n },
      (_, i) => `${i + 1}. 作法${made + i + 1}\n定期檢討第${made + i + 1}項作業流程，提升服務品質。`,
    ).join("\n");
    const unitsOf = (k: number) => Array.from({ length: unitsPerMeasure }, (_, u) => UNITS[(k + u) % UNITS.length]).join("、");
    const units = Array.from({ length: n }, (_, i) => unitsOf(made + i)).join("\n\n");
    const newPillar = p.number !== pillarNo;
    if (newPillar) {
      if (pillarStart >= 0 && rows.length - 1 > pillarStart) merges.push({ top: pillarStart, left: 0, bottom: rows.length - 1, right: 0 });
      pillarStart = rows.length;
      pillarNo = p.number;
    }
    rows.push([newPillar ? `${toChineseNumeral(p.number)}、${p.title}` : null, `${f.label}${f.text}。`, measures, units]);
    made += n;
    cellNo++;
  }
  return { sheet: "計畫", top: 0, left: 0, rowCount: rows.length, colCount: 4, values: rows, merges };
}
