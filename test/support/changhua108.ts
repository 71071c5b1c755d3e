/**
 * Changhua's 107 plan (test/fixtures/layouts/) as its 108 plan writes it: a focus point,
 * (一)數位服務便利化 with one measure, inserted first under pillar 1, the others relabelled (二)–(四).
 * Read against its own framework, every focus point after it has another id than in 107.
 */
import type { Grid } from "../../src/core/grid";
import { readLayout, rowsToGrid } from "./seedFixtures";

export function changhua108(): Grid {
  const sheet = readLayout("changhua107").sheets[0];
  const rows = sheet.rows.map((r) => [...r]);
  rows[0][0] = rows[0][0].replace("107", "108");
  const second = rows.findIndex((r) => r[0].startsWith("二、"));
  const relabel: Record<string, string> = { "(一)": "(二)", "(二)": "(三)", "(三)": "(四)" };
  for (let r = 2; r < second; r++) rows[r][1] = rows[r][1].replace(/^\([一二三]\)/, (l) => relabel[l]);
  rows[2][0] = "^";
  rows.splice(2, 0, ["一、基礎服務", "(一)數位服務便利化", "1.推動行動支付繳納各項規費。", "財政課"]);
  return rowsToGrid(sheet.name, rows);
}
