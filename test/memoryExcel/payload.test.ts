/** Sync and payload counters, and Excel on the web's 5 MB cap on a sync's request and response. */
import { jsonBytes, MemoryWorkbook, PAYLOAD_LIMIT_BYTES } from "../../src/memoryExcel";
import { codeOf, planWorkbook } from "./support";

describe("sync counters", () => {
  it("counts syncs and the bytes of each request and response; reset clears them", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const r = context.workbook.worksheets.getItem("單位").getRange("A1:A4").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("單位").getRange("B1").values = [["代碼"]];
      await context.sync();
      await context.sync(); // nothing queued: no round trip
      return r.values;
    });
    expect(wb.stats.syncs).toBe(2);
    expect(wb.stats.requestBytes).toHaveLength(2);
    expect(wb.stats.responseBytes).toHaveLength(2);
    expect(wb.stats.responseBytes[0]).toBeGreaterThanOrEqual(jsonBytes([["單位"], ["民政課"], ["社會課"], ["秘書室"]]));
    expect(wb.stats.requestBytes[1]).toBeGreaterThanOrEqual(jsonBytes([["代碼"]]));
    expect(wb.maxPayloadBytes).toBe(Math.max(...wb.stats.requestBytes, ...wb.stats.responseBytes));
    wb.resetStats();
    expect(wb.stats).toEqual({ syncs: 0, requestBytes: [], responseBytes: [], operations: [] });
  });

  // Unconfirmed whether Excel on the web counts UTF-8 or escaped JSON: the double takes the larger.
  it("counts escaped JSON, the stricter reading: a CJK character is six bytes (\\uXXXX), one outside the BMP twelve", () => {
    expect(jsonBytes("單位")).toBe(14);
    expect(jsonBytes("𠀀")).toBe(14);
    expect(jsonBytes(["a"])).toBe(5);
    expect(jsonBytes("單位")).toBeGreaterThan(Buffer.byteLength(JSON.stringify("單位"), "utf8"));
  });

  it("a failed sync is still counted", async () => {
    const wb = planWorkbook();
    await codeOf(wb.run(async (context) => void context.workbook.worksheets.getItem("none").load("name")));
    expect(wb.stats.syncs).toBe(1);
  });
});

describe("the 5 MB cap", () => {
  const bigRows = (rows: number) => Array.from({ length: rows }, (_, i) => [`${"具體作法說明".repeat(40)}${i}`]);

  it("a request over the cap fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("S");
    const rows = bigRows(4000); // ≈ 5.8 MB of escaped JSON
    expect(jsonBytes(rows)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    const code = await codeOf(
      wb.run(async (context) => void (context.workbook.worksheets.getItem("S").getRange(`A1:A${rows.length}`).values = rows)),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(wb.sheet("S").values).toEqual([]);
  });

  it("the same data in two syncs of half the size goes through, each under the cap", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("S");
    const rows = bigRows(4000);
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:A2000").values = rows.slice(0, 2000);
      await context.sync();
      sheet.getRange("A2001:A4000").values = rows.slice(2000);
      await context.sync();
    });
    expect(wb.stats.syncs).toBe(2);
    expect(wb.maxPayloadBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  it("a response over the cap fails with ResponsePayloadSizeLimitExceeded and delivers nothing", async () => {
    const wb = new MemoryWorkbook();
    const sheet = wb.addSheet("S", bigRows(4000));
    expect(sheet.values.length).toBe(4000);
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:A4000").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(wb.stats.responseBytes[0]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("values of a range with more cells than any response can carry (A1:XFC1000, 16 million) fail at once, without building them", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("S", [["a"]]);
    const before = process.memoryUsage().heapUsed;
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:XFC1000").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    });
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });

  it("the cap is configurable", async () => {
    const wb = new MemoryWorkbook({ payloadLimitBytes: 100 });
    wb.addSheet("S");
    expect(
      await codeOf(wb.run(async (context) => void (context.workbook.worksheets.getItem("S").getRange("A1").values = [["x".repeat(200)]]))),
    ).toBe("RequestPayloadSizeLimitExceeded");
  });
});
