/**
 * The behaviours of the Office.js contract (contract.ts says what the contract is). Only Office.js
 * calls, on the scratch sheet each is given; sources as in DESIGN.md §8 and docs/testing-in-excel.md.
 * A behaviour of a later session (reopening, another add-in id, a co-author) cannot run in one pane:
 * those are tested against the double only (test/memoryExcel/sessions.test.ts), with their sources.
 */
import { queueClearSheet } from "../excel/writeSheetSpec";
import { expectSame, expectTrue, failureCode, type Behaviour, type ContractHost } from "./contract";

/** Listens to the scratch sheet's changes; `stop` removes the handler the way the add-in does (#730). */
async function listen(host: ContractHost, scratch: string): Promise<{ heard: string[]; stop: () => Promise<void> }> {
  const heard: string[] = [];
  const handler = await host.run(async (context) => {
    const result = context.workbook.worksheets.getItem(scratch).onChanged.add(async (e) => void heard.push(e.address));
    await context.sync();
    return result;
  });
  const stop = () =>
    host.runIn(handler.context as Excel.RequestContext, async (context) => {
      handler.remove();
      await context.sync();
    });
  return { heard, stop };
}

/** One cell's value written in a batch of its own (events as they are). */
const write = (host: ContractHost, scratch: string, address: string, value: string) =>
  host.run(async (context) => {
    context.workbook.worksheets.getItem(scratch).getRange(address).values = [[value]];
    await context.sync();
  });

/** The strings Excel would parse in a General cell, and that the add-in writes as text. */
export const COERCIBLE = ["=SUM(1)", "-1", "+886 7 1234567", "1-2-3", "113/12/31", "2024-12-31"];

export const BEHAVIOURS: readonly Behaviour[] = [
  {
    id: "property-not-loaded",
    says: "Reading a property before load() and sync() throws PropertyNotLoaded at the read.",
    source: "Office docs: Call load before reading properties (Application-specific API model)",
    async check(host, scratch) {
      await host.run(async (context) => {
        const range = context.workbook.worksheets.getItem(scratch).getRange("A1");
        let code = "";
        try {
          // The point of this behaviour: a read before load and sync (the linter rightly objects elsewhere).
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
          void range.values;
        } catch (e) {
          code = String((e as { code?: string }).code);
        }
        expectSame(code, "PropertyNotLoaded", "reading values unloaded");
      });
    },
  },
  {
    id: "errors-at-sync",
    says: "getItem of a missing sheet fails at sync() with ItemNotFound; getItemOrNullObject gives isNullObject.",
    source: "Office docs: *OrNullObject methods and properties; Excel.ErrorCodes",
    async check(host) {
      const code = await failureCode(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("沒有這個工作表-合約").load("name");
          await context.sync();
        }),
        "getItem of a missing sheet",
      );
      expectSame(code, "ItemNotFound", "error code");
      const isNull = await host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject("沒有這個工作表-合約");
        await context.sync();
        return sheet.isNullObject;
      });
      expectSame(isNull, true, "getItemOrNullObject of a missing sheet");
    },
  },
  {
    id: "unbounded-cell-level-write-fails",
    says: "values and numberFormat cannot be set on an unbounded range (A:B, 1:2): the API returns an error.",
    source: "Office docs: Read or write to an unbounded range (the error code is unconfirmed)",
    async check(host, scratch) {
      const write = (address: string, set: (r: Excel.Range) => void) =>
        failureCode(
          host.run(async (context) => {
            set(context.workbook.worksheets.getItem(scratch).getRange(address));
            await context.sync();
          }),
          `a cell-level write on ${address}`,
        );
      await write("A:B", (r) => (r.numberFormat = [["@"]]));
      await write("1:2", (r) => (r.values = [["x"]]));
    },
  },
  {
    id: "unbounded-read-null-format-ok",
    says: "Reading values of an unbounded range gives null; formats such as column width and wrap can be set on whole columns.",
    source: "Office docs: Read or write to an unbounded range; office-js-docs#618",
    async check(host, scratch) {
      const values = await host.run(async (context) => {
        const columns = context.workbook.worksheets.getItem(scratch).getRange("A:B");
        columns.format.columnWidth = 60;
        columns.format.wrapText = true;
        columns.load("values");
        await context.sync();
        return columns.values;
      });
      expectSame(values, null, "values of A:B");
    },
  },
  {
    id: "whole-sheet-clear",
    says: "The add-in's clearing of one of its sheets (unmerge, dropdowns, conditional formats, clear All, unfreeze on the whole sheet) leaves it empty.",
    source:
      "unconfirmed: the docs forbid setting cell-level properties on unbounded ranges; these are methods, as public add-in code uses them",
    async check(host, scratch) {
      const left = await host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(scratch);
        sheet.getRange("A1:B2").values = [
          ["a", "b"],
          ["c", "d"],
        ];
        sheet.getRange("C1:D1").merge(false);
        sheet.getRange("A1:A2").dataValidation.rule = { list: { inCellDropDown: true, source: "x,y" } };
        sheet.getRange("B1").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
        sheet.freezePanes.freezeRows(1);
        await context.sync();
        queueClearSheet(sheet);
        const used = sheet.getUsedRangeOrNullObject();
        const rules = sheet.getRange("A1:D2").conditionalFormats.load("items/type");
        await context.sync();
        return { used: !used.isNullObject, rules: rules.items.length };
      });
      expectSame(left, { used: false, rules: 0 }, "what is left on the sheet");
    },
  },
  {
    id: "general-cells-parse-strings",
    says: "A string written to a General cell is parsed: '-1' becomes a number, '2024-12-31' a date, '=SUM(1)' a formula.",
    source: 'Range.values reference ("+", "-" or "=" starts a formula); office-js#229 (dates)',
    async check(host, scratch) {
      const [values, types] = await host.run(async (context) => {
        const range = context.workbook.worksheets.getItem(scratch).getRange("A1:C1");
        range.values = [["-1", "2024-12-31", "=SUM(1)"]];
        range.load("values,valueTypes");
        await context.sync();
        return [range.values[0], range.valueTypes[0]];
      });
      expectSame(values[0], -1, "'-1'");
      expectSame(typeof values[1], "number", "'2024-12-31' read back");
      expectTrue(types[2] !== "String", `'=SUM(1)' should not stay text (valueType ${types[2]})`);
    },
  },
  {
    id: "text-cells-keep-strings",
    says: "A string written to a cell formatted as Text (@, set first on a bounded range) reads back exactly as written.",
    source: "unconfirmed for Office.js (Excel's documented behaviour when typing into a Text cell); the add-in relies on it",
    async check(host, scratch) {
      const [values, types] = await host.run(async (context) => {
        const range = context.workbook.worksheets.getItem(scratch).getRangeByIndexes(0, 0, 1, COERCIBLE.length);
        range.numberFormat = [COERCIBLE.map(() => "@")];
        range.values = [COERCIBLE];
        range.load("values,valueTypes");
        await context.sync();
        return [range.values[0], range.valueTypes[0]];
      });
      expectSame(values, COERCIBLE, "values read back");
      expectSame(
        types,
        COERCIBLE.map(() => "String"),
        "valueTypes",
      );
    },
  },
  {
    id: "names-follow-renames",
    says: "A workbook name pointing at a sheet follows the sheet's rename; deleting the sheet leaves it #REF! with no range.",
    source: "unconfirmed in the Office.js docs (Excel's behaviour); office-js#263 shows =#REF! after a deletion",
    async check(host, scratch) {
      const name = `ContractCheck_${Date.now().toString(36)}`;
      const renamed = `${scratch.slice(0, 27)}_改名`;
      try {
        const formula = await host.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(scratch);
          const item = context.workbook.names.add(name, sheet.getRange("A1"), "contract");
          item.visible = false;
          sheet.name = renamed;
          item.load("formula,visible,comment");
          await context.sync();
          return [item.formula, item.visible, item.comment];
        });
        expectTrue(String(formula[0]).includes(renamed), `the name's formula after the rename: ${formula[0]}`);
        expectSame(formula.slice(1), [false, "contract"], "visible and comment");
        const after = await host.run(async (context) => {
          context.workbook.worksheets.getItem(renamed).delete();
          const item = context.workbook.names.getItem(name).load("formula");
          const range = context.workbook.names.getItem(name).getRangeOrNullObject();
          await context.sync();
          return [item.formula, range.isNullObject];
        });
        expectTrue(String(after[0]).includes("#REF!"), `the name's formula after the deletion: ${after[0]}`);
        expectSame(after[1], true, "getRangeOrNullObject after the deletion");
      } finally {
        await host.run(async (context) => {
          const item = context.workbook.names.getItemOrNullObject(name);
          await context.sync();
          if (!item.isNullObject) item.delete();
          const sheet = context.workbook.worksheets.getItemOrNullObject(renamed);
          await context.sync();
          if (!sheet.isNullObject) sheet.delete();
          await context.sync();
        });
      }
    },
  },
  {
    id: "custom-or-null-object-with-other-rules",
    says: "With a colour scale beside a custom rule, loading items/customOrNullObject/rule/formula works; items/custom/… fails.",
    source: 'office-js#2180 ("This operation is not permitted for the current object"); ConditionalFormat.customOrNullObject reference',
    async check(host, scratch) {
      await host.run(async (context) => {
        const range = context.workbook.worksheets.getItem(scratch).getRange("A1:A3");
        range.conditionalFormats.add("ColorScale");
        const custom = range.conditionalFormats.add("Custom");
        custom.custom.rule.formula = "=A1>1";
        custom.custom.format.fill.color = "#FFC7CE";
        await context.sync();
      });
      const formulas = await host.run(async (context) => {
        const rules = context.workbook.worksheets
          .getItem(scratch)
          .getRange("A1:A3")
          .conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
        await context.sync();
        return rules.items.map((r) => (r.customOrNullObject.isNullObject ? null : r.customOrNullObject.rule.formula));
      });
      expectSame(
        formulas.filter((f) => f !== null),
        ["=A1>1"],
        "custom formulas",
      );
      await failureCode(
        host.run(async (context) => {
          context.workbook.worksheets.getItem(scratch).getRange("A1:A3").conditionalFormats.load("items/custom/rule/formula");
          await context.sync();
        }),
        "loading items/custom with a colour scale present",
      );
    },
  },
  {
    id: "events-off-per-pane",
    says: "With enableEvents off, this pane's own writes reach none of its handlers; back on, they do.",
    source: 'Runtime.enableEvents reference ("in the current task pane or content add-in"); Work with events',
    async check(host, scratch) {
      const { heard, stop } = await listen(host, scratch);
      try {
        await host.run(async (context) => {
          context.runtime.enableEvents = false;
          context.workbook.worksheets.getItem(scratch).getRange("A1").values = [["off"]];
          context.runtime.enableEvents = true;
          await context.sync();
        });
        await host.settle();
        expectSame(heard, [], "changes heard while events were off");
        await write(host, scratch, "B2", "on");
        await host.settle();
        expectSame(heard, ["B2"], "changes heard with events on");
      } finally {
        await stop();
      }
    },
  },
  {
    id: "handler-removed-in-its-context",
    says: "An onChanged handler removed in a batch of the context that added it hears nothing afterwards.",
    source: 'office-js-docs-reference#730 (EventHandlerResult.remove: "must be removed using the same RequestContext")',
    async check(host, scratch) {
      const { heard, stop } = await listen(host, scratch);
      await stop();
      await write(host, scratch, "C3", "after");
      await host.settle();
      expectSame(heard, [], "changes heard after removal");
    },
  },
  {
    id: "protect-twice-fails",
    says: "protect() on a sheet already protected fails; writing a locked cell of a protected sheet fails.",
    source: "DESIGN.md §5 (no documented code: the double fails it, stricter); Excel.ErrorCodes AccessDenied",
    async check(host, scratch) {
      await host.run(async (context) => {
        context.workbook.worksheets.getItem(scratch).protection.protect();
        await context.sync();
      });
      try {
        await failureCode(
          host.run(async (context) => {
            context.workbook.worksheets.getItem(scratch).protection.protect();
            await context.sync();
          }),
          "a second protect()",
        );
        await failureCode(write(host, scratch, "A1", "x"), "writing a locked cell");
      } finally {
        await host.run(async (context) => {
          context.workbook.worksheets.getItem(scratch).protection.unprotect();
          await context.sync();
        });
      }
    },
  },
  {
    id: "used-range-within-a-range",
    says: "Range.getUsedRangeOrNullObject(true) gives the used cells within that range only (a value far away does not widen it), a null object when none.",
    source: "Office.js reference: Range.getUsedRangeOrNullObject (ExcelApi 1.4), the add-in's read window (readGrid.ts)",
    async check(host, scratch) {
      const [inside, none] = await host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(scratch);
        sheet.getRange("B2").values = [["x"]];
        sheet.getRange("Z100").values = [["far"]];
        await context.sync();
        const used = sheet.getRange("A1:G5").getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
        const empty = sheet.getRange("J1:K5").getUsedRangeOrNullObject(true);
        await context.sync();
        return [[used.rowIndex, used.columnIndex, used.rowCount, used.columnCount], empty.isNullObject];
      });
      expectSame(inside, [1, 1, 1, 1], "the used range of A1:G5 (B2)");
      expectSame(none, true, "the used range of J1:K5 is a null object");
    },
  },
  {
    id: "table-refuses-merged-cells",
    says: "A table cannot be made over merged cells.",
    source: 'DESIGN.md §4 ("unmerge and fill before making a table"); Excel.ErrorCodes MergedRangeConflict',
    async check(host, scratch) {
      await failureCode(
        host.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(scratch);
          sheet.getRange("A1:C1").values = [["a", "b", "c"]];
          sheet.getRange("A2:A3").merge(false);
          sheet.tables.add(sheet.getRange("A1:C3"), true);
          await context.sync();
        }),
        "a table over A2:A3 merged",
      );
    },
  },
];
