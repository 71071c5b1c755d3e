/** Errors other than PropertyNotLoaded surface at sync; a failed sync applies nothing after the failing operation. */
import { MemoryExcelError } from "../../src/memoryExcel";
import { codeOf, planWorkbook } from "./support";

describe("errors surface at sync", () => {
  it("getItem of a missing sheet does not throw at the call, only at sync, with ItemNotFound", async () => {
    const wb = planWorkbook();
    let calledFine = false;
    const code = await codeOf(
      wb.run(async (context) => {
        const missing = context.workbook.worksheets.getItem("不存在");
        missing.getRange("A1").values = [["x"]];
        calledFine = true;
        await context.sync();
      }),
    );
    expect(calledFine).toBe(true);
    expect(code).toBe("ItemNotFound");
  });

  it.each([
    ["a named item", (c: Excel.RequestContext) => c.workbook.names.getItem("單位清單").load("formula")],
    ["a setting", (c: Excel.RequestContext) => c.workbook.settings.getItem("planSheets").load("value")],
    ["a table", (c: Excel.RequestContext) => c.workbook.tables.getItem("計畫表").load("name")],
  ])("getItem of a missing %s fails with ItemNotFound", async (_what, get) => {
    const wb = planWorkbook();
    expect(
      await codeOf(
        wb.run(async (context) => {
          get(context);
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
  });

  it.each(["", "A0", "XFE1", "A1:B2:C3", "A1048577", "Sheet1!", "計畫!!A1", "1A"])(
    "a bad address %p fails with InvalidArgument",
    async (address) => {
      const wb = planWorkbook();
      const code = await codeOf(
        wb.run(async (context) => {
          context.workbook.worksheets
            .getItem("計畫")
            .getRange(address || "!")
            .load("address");
          await context.sync();
        }),
      );
      expect(code).toBe("InvalidArgument");
    },
  );

  it("an address on another sheet fails with InvalidArgument", async () => {
    const wb = planWorkbook();
    const code = await codeOf(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("計畫").getRange("單位!A1").load("address");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it.each([
    ["too few rows", [["a", "b"]]],
    [
      "too many columns",
      [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ],
    ],
    ["ragged rows", [["a", "b"], ["c"]]],
    ["not rows", ["a", "b"]],
  ])("values of the wrong shape (%s) fail with InvalidArgument", async (_what, values) => {
    const wb = planWorkbook();
    const code = await codeOf(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("單位").getRange("D1:E2").values = values as unknown[][];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    expect(wb.valuesOf("單位!D1:E2")).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });

  it("values that are not text, numbers or booleans fail with InvalidArgument; null leaves a cell alone", async () => {
    const wb = planWorkbook();
    expect(
      await codeOf(
        wb.run(async (context) => {
          context.workbook.worksheets.getItem("單位").getRange("A2").values = [[{ text: "x" }]];
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("單位").getRange("A2:A3").values = [[null], ["人事室"]];
    });
    expect(wb.valuesOf("單位!A2:A3")).toEqual([["民政課"], ["人事室"]]);
  });

  it("a single value fills every cell of the range", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("單位").getRange("C1:D2").values = "—" as unknown as unknown[][];
    });
    expect(wb.valuesOf("單位!C1:D2")).toEqual([
      ["—", "—"],
      ["—", "—"],
    ]);
  });

  it("the error names where it happened and is a MemoryExcelError", async () => {
    const wb = planWorkbook();
    const error = await wb
      .run(async (context) => {
        context.workbook.worksheets.getItem("單位").getRange("A1:B1").values = [["only one"]];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MemoryExcelError);
    expect(error).toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "Range.values" } });
  });
});

describe("a failing sync", () => {
  it("keeps the operations before the failure and applies nothing after it", async () => {
    const wb = planWorkbook();
    const code = await codeOf(
      wb.run(async (context) => {
        const units = context.workbook.worksheets.getItem("單位");
        units.getRange("B1").values = [["before"]];
        units.getRange("B2:B3").values = [["wrong shape"]];
        units.getRange("B4").values = [["after"]];
        context.workbook.worksheets.add("之後");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    expect(wb.valuesOf("單位!B1:B4")).toEqual([["before"], [""], [""], [""]]);
    expect(wb.data.sheets.map((s) => s.name)).toEqual(["計畫", "單位"]);
  });

  it("delivers nothing loaded, even by loads queued before the failure", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const loaded = context.workbook.worksheets.getItem("單位").getRange("A1").load("values");
      context.workbook.worksheets.getItem("不存在").load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => loaded.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("the context can carry on after a failed sync", async () => {
    const wb = planWorkbook();
    const value = await wb.run(async (context) => {
      context.workbook.worksheets.getItem("不存在").load("name");
      await context.sync().catch(() => undefined);
      const range = context.workbook.worksheets.getItem("單位").getRange("A2").load("values");
      await context.sync();
      return range.values[0][0];
    });
    expect(value).toBe("民政課");
  });
});
