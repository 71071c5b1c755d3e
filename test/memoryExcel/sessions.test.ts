/**
 * What the in-memory Excel does across sessions, copies of the add-in and panes: the behaviours the
 * contract page cannot run in one Excel pane. Each test names its source.
 */
import { MemoryWorkbook } from "../../src/memoryExcel";
import { codeOf } from "./support";

describe("reopening a workbook", () => {
  // office-js-docs#297: "The ID remains constant within a single session but will change between
  // sessions (eg. closing and reopening)"; office-js#1390 saw it between Excel versions.
  it("gives every sheet a new id and keeps sheets, names, settings, tables and formats", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("計畫", [["a"]]);
    wb.addSheet("單位", [["秘書室"]]);
    await wb.run(async (context) => {
      context.workbook.names.add("Ours", context.workbook.worksheets.getItem("單位").getRange("A1"), "note").visible = false;
      context.workbook.settings.add("k", { v: 1 });
      context.workbook.worksheets.getItem("計畫").getRange("B2").format.fill.color = "#FFFF00";
      await context.sync();
    });
    const ids = wb.data.sheets.map((s) => s.id);
    const again = wb.reopen();
    expect(again.data.sheets.map((s) => s.name)).toEqual(["計畫", "單位"]);
    expect(again.data.sheets.map((s) => s.id).filter((id) => ids.includes(id))).toEqual([]);
    expect(again.data.names).toEqual([{ name: "Ours", formula: "=單位!$A$1", comment: "note", visible: false }]);
    expect(again.settings).toEqual({ k: { v: 1 } });
    expect(again.sheet("計畫").formats.B2).toEqual({ fill: "#FFFF00" });
    expect(again.data.activeSheetId).toBe(again.sheet("計畫").id);
    // The old workbook is another session: what it does no longer reaches the reopened one.
    wb.addSheet("後來");
    expect(again.data.sheets.map((s) => s.name)).toEqual(["計畫", "單位"]);
  });
});

describe("Excel for Mac", () => {
  // "Work with worksheets" (Office docs): "When a worksheet is deleted from a workbook in Excel for
  // Mac, the id of the deleted worksheet may be reassigned to a new worksheet that is subsequently created."
  it("gives a deleted sheet's id to the next new sheet; other platforms never reuse one", async () => {
    for (const platform of ["mac", "windows"] as const) {
      const wb = new MemoryWorkbook({ platform });
      wb.addSheet("Keep");
      const gone = wb.addSheet("Gone").id;
      const added = await wb.run(async (context) => {
        context.workbook.worksheets.getItem("Gone").delete();
        const sheet = context.workbook.worksheets.add("New").load("id");
        await context.sync();
        return sheet.id;
      });
      expect([platform, added === gone]).toEqual([platform, platform === "mac"]);
    }
  });
});

describe("names when their sheet goes", () => {
  // office-js#263: a name left as "=#REF!$A$1:$C$4" after its sheet was deleted; a new sheet of the
  // same name does not bring it back (Excel's behaviour).
  it("turns into #REF! and stays so, even when a sheet of the same name comes back", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Keep");
    await wb.run(async (context) => {
      context.workbook.names.add("Ours", context.workbook.worksheets.add("Plan").getRange("A1"));
      await context.sync();
      context.workbook.worksheets.getItem("Plan").delete();
      context.workbook.worksheets.add("Plan");
      await context.sync();
    });
    expect(wb.data.names[0].formula).toBe("=#REF!$A$1");
    const isNull = await wb.run(async (context) => {
      const range = context.workbook.names.getItem("Ours").getRangeOrNullObject();
      await context.sync();
      return range.isNullObject;
    });
    expect(isNull).toBe(true);
  });
});

describe("settings belong to one add-in id", () => {
  // SettingCollection reference: "The scope is limited to per file and add-in (task-pane or content)
  // combination"; office-js#840 (by design): a sideloaded and a store copy have different ids.
  it("another copy of the add-in sees none of this one's settings; names it sees", async () => {
    const wb = new MemoryWorkbook({ addinId: "sideloaded" });
    wb.addSheet("S");
    await wb.run(async (context) => {
      context.workbook.settings.add("record", 1);
      context.workbook.names.add("Shared", "=1");
      await context.sync();
    });
    const store = wb.reopen({ addinId: "store" });
    const seen = await store.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject("record");
      const name = context.workbook.names.getItemOrNullObject("Shared");
      await context.sync();
      return [setting.isNullObject, name.isNullObject];
    });
    expect(seen).toEqual([true, false]);
    expect(store.reopen({ addinId: "sideloaded" }).settings).toEqual({ record: 1 });
  });
});

describe("co-authors' panes", () => {
  // Runtime.enableEvents: "Toggle JavaScript events in the current task pane or content add-in";
  // WorksheetChangedEventArgs.source: Local or Remote (ExcelApi 1.7).
  it("events off in one pane keep its own handlers quiet, not a co-author's, who hears Remote", async () => {
    const wb = new MemoryWorkbook();
    const sheetId = wb.addSheet("計畫").id;
    const coauthor = wb.coauthor();
    const heard: string[] = [];
    for (const [pane, who] of [
      [wb, "ours"],
      [coauthor, "theirs"],
    ] as const) {
      await pane.run(async (context) => {
        context.workbook.worksheets.getItem(sheetId).onChanged.add(async (e) => void heard.push(`${who}:${e.source}:${e.address}`));
        await context.sync();
      });
    }
    await wb.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("計畫").getRange("A1").values = [["x"]];
      await context.sync();
    });
    await Promise.all([wb.eventsDelivered(), coauthor.eventsDelivered()]);
    expect(heard).toEqual(["theirs:Remote:A1"]);
    expect(coauthor.eventsEnabled).toBe(true);
    await coauthor.simulateUserEdit("計畫", "B2", [["y"]]);
    expect(heard).toEqual(["theirs:Remote:A1", "theirs:Local:B2"]);
  });
});

describe("a batch's context after the batch", () => {
  // office-js-docs-reference#730: "Event handlers must be removed using the same RequestContext in
  // which they were added"; outside a batch of it, remove "fails silently".
  it("drops what is queued on it without a word; run(context, batch) runs in it again", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("S");
    let calls = 0;
    const handler = await wb.run(async (context) => {
      const h = context.workbook.worksheets.getItem("S").onChanged.add(async () => void calls++);
      await context.sync();
      return h;
    });
    handler.remove();
    await handler.context.sync();
    await wb.simulateUserEdit("S", "A1", [["1"]]);
    expect(calls).toBe(1);
    await wb.run(handler.context as Excel.RequestContext, async (context) => {
      handler.remove();
      await context.sync();
    });
    await wb.simulateUserEdit("S", "A1", [["2"]]);
    expect(calls).toBe(1);
  });
});

describe("planned failures", () => {
  it("fail the chosen sync after the chosen number of its operations, which stay applied", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("S");
    // Sync 2 queues four operations: getRange(A2), its values, getRange(A3), its values.
    wb.failSync({ sync: 2, afterOperations: 2, code: "GeneralException" });
    const code = await codeOf(
      wb.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").values = [["first sync"]];
        await context.sync();
        sheet.getRange("A2").values = [["applied"]];
        sheet.getRange("A3").values = [["not applied"]];
        await context.sync();
      }),
    );
    expect(code).toBe("GeneralException");
    expect(wb.valuesOf("S")).toEqual([["first sync"], ["applied"]]);
    expect(wb.stats.operations.slice(1)).toEqual([4]);
  });
});
