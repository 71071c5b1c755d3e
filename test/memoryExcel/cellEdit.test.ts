/** While the user is typing in a cell, batches fail unless they ask to wait (delayForCellEdit). */
import { codeOf, planWorkbook } from "./support";

describe("cell edit mode", () => {
  it("a batch fails with InvalidOperationInCellEditMode and applies nothing", async () => {
    const wb = planWorkbook();
    wb.userIsEditingCell = true;
    const code = await codeOf(
      wb.run(async (context) => void (context.workbook.worksheets.getItem("單位").getRange("B1").values = [["x"]])),
    );
    expect(code).toBe("InvalidOperationInCellEditMode");
    expect(wb.valuesOf("單位!B1")).toEqual([[""]]);
  });

  it("with delayForCellEdit the batch waits until the user leaves the cell", async () => {
    const wb = planWorkbook();
    wb.userIsEditingCell = true;
    let done = false;
    const running = wb
      .run(async (context) => void (context.workbook.worksheets.getItem("單位").getRange("B1").values = [["x"]]), {
        delayForCellEdit: true,
      })
      .then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    wb.userIsEditingCell = false;
    await running;
    expect(wb.valuesOf("單位!B1")).toEqual([["x"]]);
  });
});
