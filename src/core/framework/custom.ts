import type { Grid } from "../grid";
import { cellText, a1 } from "../grid";
import { splitEnumLabel, splitParenLabel } from "../text/numerals";
import { buildFramework, type FrameworkSource } from "./build";
import { FrameworkError, type Framework } from "./types";

/**
 * A framework sheet kept in the workbook, so an agency can follow a new year's wording without a
 * new release. Two columns: 執行要項 (pillar, "一、…") and 執行重點 (focus, "(一)…", may be blank);
 * a pillar cell starts a pillar, every non-blank focus cell below it adds a focus point.
 * A row whose pillar cell says 訂定「提升服務…計畫」 is the preamble.
 */
export function readCustomFramework(grid: Grid, id = "custom"): Framework {
  const source: FrameworkSource = { id, name: `自訂架構（${grid.sheet}）`, pillars: [] };
  let started = false;
  for (let r = 0; r < grid.rowCount; r++) {
    const pillarCell = cellText(grid, r, 0).trim();
    const focusCell = cellText(grid, r, 1).trim();
    if (pillarCell !== "" && /訂定.*提升.*計畫/.test(pillarCell) && !splitEnumLabel(pillarCell)) {
      source.preamble = { title: pillarCell, variants: focusCell ? [focusCell] : [] };
      continue;
    }
    if (!started) {
      // Skip the header row(s) until the first pillar "一、".
      if (!splitEnumLabel(pillarCell)) continue;
      started = true;
    }
    const numbered = splitEnumLabel(pillarCell);
    if (numbered) {
      if (numbered.n !== source.pillars.length + 1) {
        throw new FrameworkError(
          `架構工作表「${grid.sheet}」${a1(r + grid.top, grid.left)}：執行要項應為第 ${source.pillars.length + 1} 項，卻寫「${pillarCell}」。`,
        );
      }
      source.pillars.push({ title: numbered.rest.trim(), focus: [] });
    } else if (pillarCell !== "") {
      throw new FrameworkError(`架構工作表「${grid.sheet}」${a1(r + grid.top, grid.left)}：執行要項請以「一、」「二、」編號。`);
    }
    if (focusCell !== "") {
      const pillar = source.pillars[source.pillars.length - 1];
      if (!pillar) throw new FrameworkError(`架構工作表「${grid.sheet}」${a1(r + grid.top, grid.left + 1)}：執行重點上方沒有執行要項。`);
      pillar.focus.push(splitParenLabel(focusCell)?.rest.trim() ?? focusCell);
    }
  }
  if (source.pillars.length === 0) {
    throw new FrameworkError(`架構工作表「${grid.sheet}」找不到以「一、」編號的執行要項（A 欄）。`);
  }
  return buildFramework(source);
}
