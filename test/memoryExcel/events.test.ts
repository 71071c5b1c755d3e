/** onChanged: registered at sync, fired after a sync that changed values and after a (simulated) user edit. */
import { planWorkbook } from "./support";

describe("onChanged", () => {
  it("fires after a sync that wrote values, with address, worksheetId and source 'Local'", async () => {
    const wb = planWorkbook();
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("計畫").onChanged.add(async (args) => void seen.push(args));
      await context.sync();
      context.workbook.worksheets.getItem("計畫").getRange("D3:D4").values = [["完成"], ["辦理中"]];
      context.workbook.worksheets.getItem("單位").getRange("A5").values = [["人事室"]];
      await context.sync();
      expect(seen).toEqual([]); // delivered later, asynchronously
    });
    await wb.eventsDelivered();
    expect(seen).toEqual([
      expect.objectContaining({
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        address: "D3:D4",
        worksheetId: wb.sheet("計畫").id,
        source: "Local",
        triggerSource: "ThisLocalAddin",
      }),
    ]);
  });

  it("simulateUserEdit writes like a user typing and fires with triggerSource 'Unknown'; handlers can read the range", async () => {
    const wb = planWorkbook();
    const seen: string[] = [];
    await wb.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        await wb.run(async (ctx) => {
          const range = args.getRange(ctx).load("values");
          await ctx.sync();
          seen.push(`${args.address}=${range.values[0][0]} ${args.source} ${args.triggerSource}`);
        });
      });
    });
    await wb.simulateUserEdit("單位", "B2", [["備註"]]);
    await wb.simulateUserEdit("計畫", "D3", [["共編者"]], "Remote");
    expect(seen).toEqual(["B2=備註 Local Unknown", "D3=共編者 Remote Unknown"]);
  });

  it("no events while runtime.enableEvents is false; handlers can be removed", async () => {
    const wb = planWorkbook();
    let calls = 0;
    await wb.run(async (context) => {
      const registration = context.workbook.worksheets.getItem("計畫").onChanged.add(async () => void calls++);
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("計畫").getRange("D3").values = [["bulk"]];
      context.runtime.enableEvents = true;
      await context.sync();
      await wb.simulateUserEdit("計畫", "D4", [["user"]]);
      expect(calls).toBe(1);
      registration.remove();
      await context.sync();
    });
    await wb.simulateUserEdit("計畫", "D4", [["again"]]);
    expect(calls).toBe(1);
  });

  it("a user cannot type into a locked cell of a protected sheet", () => {
    const wb = planWorkbook();
    wb.sheet("計畫").protection = { options: {} };
    expect(() => wb.simulateUserEdit("計畫", "A1", [["x"]])).toThrow(expect.objectContaining({ code: "AccessDenied" }));
  });
});
