/**
 * Two section chiefs' panes on one workbook (issue 13's "done when"): each loads its form, types and
 * saves, and the two panes' syncs are interleaved in every order fast-check finds, at every sync
 * boundary. Whatever the order, nothing either typed is lost without a word: each text typed is in
 * the sheet, or came back to a chief as a conflict with both texts, or the other chief's form had
 * already shown it before they typed over it.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { RESULTS_SHEET } from "../../src/core/results/resultsSheet";
import { readWorkbookOverview } from "../../src/excel/overview";
import { FORM_FIELDS, loadUnitForm, saveUnitForm, type FormField, type Saved, type UnitForm } from "../../src/excel/resultsForm";
import { makeResultsSheet } from "../../src/excel/resultsSheet";
import { applySetUp } from "../../src/excel/setUp";
import { MemoryWorkbook } from "../../src/memoryExcel";
import type { WorkbookData } from "../../src/memoryExcel/data/model";
import { playgroundExcelHost } from "../../src/playground/playgroundHost";

const COLUMN: Record<FormField, number> = { status: 5, result: 6, figure: 7 };

let base: WorkbookData;
let sheetId: string;
beforeAll(async () => {
  const wb = await MemoryWorkbook.loadXlsx(fs.readFileSync(path.join(__dirname, "..", "fixtures", "seed004.xlsx")));
  const host = playgroundExcelHost(wb, () => undefined);
  await applySetUp(host, { sourceSheet: null, framework: { kind: "detect" }, units: null });
  await makeResultsSheet(host, (await readWorkbookOverview(host)).record!, "年終");
  sheetId = wb.sheet(RESULTS_SHEET).id;
  base = wb.data;
});

/** Holds each pane at its syncs; `release(i)` lets pane i's waiting sync through. */
class SyncTurns {
  readonly waiting = new Map<number, () => void>();
  gate(pane: number) {
    return () => new Promise<void>((resolve) => this.waiting.set(pane, resolve));
  }
  release(pane: number) {
    const go = this.waiting.get(pane)!;
    this.waiting.delete(pane);
    go();
  }
}

/** Lets every promise that can move, move (the double's syncs wait only on promises). */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
};

interface Typed {
  row: number;
  field: FormField;
}
const typedArb = fc.uniqueArray(fc.record({ row: fc.integer({ min: 0, max: 2 }), field: fc.constantFrom(...FORM_FIELDS) }), {
  minLength: 1,
  maxLength: 4,
  selector: (t) => `${t.row}/${t.field}`,
});

async function chief(host: ReturnType<typeof playgroundExcelHost>, unit: string, typed: Typed[], who: string) {
  const form = await loadUnitForm(host, sheetId, unit, "年終");
  const edits = new Map<string, Partial<Record<FormField, string>>>();
  for (const t of typed) {
    const key = form.rows[t.row].key;
    edits.set(key, { ...edits.get(key), [t.field]: `${who}:${t.row}/${t.field}` });
  }
  const saved = await saveUnitForm(host, form, edits, who);
  return { form, edits, saved };
}

describe("two chiefs' panes interleaved at every sync boundary", () => {
  it("lose nothing of each other's, and a concurrent change to the same cell is never silently overwritten", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(["處綜合", "處綜合"], ["處綜合", "就醫"], ["就醫", "就醫"]),
        typedArb,
        typedArb,
        fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
        async ([unitA, unitB], typedA, typedB, order) => {
          const a = new MemoryWorkbook({ data: structuredClone(base) });
          const b = a.coauthor();
          const turns = new SyncTurns();
          a.syncGate = turns.gate(0);
          b.syncGate = turns.gate(1);
          const runs = [
            chief(
              playgroundExcelHost(a, () => undefined),
              unitA,
              typedA,
              "甲",
            ),
            chief(
              playgroundExcelHost(b, () => undefined),
              unitB,
              typedB,
              "乙",
            ),
          ];
          let finished = 0;
          const results: Awaited<(typeof runs)[number]>[] = [];
          runs.forEach((p, i) => void p.then((r) => ((results[i] = r), finished++)));
          for (let step = 0; finished < 2; step++) {
            await settle();
            const ready = [...turns.waiting.keys()].sort();
            if (ready.length === 0) continue;
            turns.release(ready[(order[step % order.length] ?? 0) % ready.length]);
          }
          const valueAt = (row: number, field: FormField) =>
            String((a.valuesOf(`${RESULTS_SHEET}!A1:K${row + 1}`) as unknown[][])[row][COLUMN[field]] ?? "");
          const conflictsOf = (s: Saved) => s.conflicts;
          for (const [me, other] of [
            [results[0], results[1]],
            [results[1], results[0]],
          ]) {
            for (const [key, typed] of me.edits) {
              const row = me.form.rows.find((r) => r.key === key)!;
              for (const [field, text] of Object.entries(typed) as [FormField, string][]) {
                if (text === row.loaded[field]) continue;
                const inSheet = valueAt(row.row, field) === text;
                const toldMe = conflictsOf(me.saved).some((c) => c.key === key && c.field === field && c.mine === text);
                const toldThem = conflictsOf(other.saved).some((c) => c.key === key && c.field === field && c.theirs === text);
                const theySawIt = otherSaw(other.form, key, field, text);
                if (!(inSheet || toldMe || toldThem || theySawIt))
                  throw new Error(`${text} was lost without a word (order ${order.join(",")})`);
              }
            }
          }
          // Different units: no conflicts, every text in the sheet.
          if (unitA !== unitB) expect(results.flatMap((r) => r.saved.conflicts)).toEqual([]);
        },
      ),
      { numRuns: 120 },
    );
  });
});

/** The other chief's form showed this text in this cell before they typed (so writing over it was seen). */
function otherSaw(form: UnitForm, key: string, field: FormField, text: string): boolean {
  return form.rows.some((r) => r.key === key && r.loaded[field] === text);
}
