/**
 * The Office.js contract (src/contract) run against the in-memory Excel: every behaviour the double
 * claims, as the developer page runs it inside real Excel (docs/testing-in-excel.md).
 */
import { BEHAVIOURS } from "../../src/contract/behaviours";
import { runContract, type ContractHost } from "../../src/contract/contract";
import { MemoryWorkbook } from "../../src/memoryExcel";

function memoryContractHost(wb: MemoryWorkbook): ContractHost {
  return { run: (batch) => wb.run(batch), runIn: (context, batch) => wb.run(context, batch), settle: () => wb.eventsDelivered() };
}

describe("the Office.js contract, in the in-memory Excel", () => {
  it.each(BEHAVIOURS.map((b) => [b.id, b] as const))("%s", async (_id, behaviour) => {
    const wb = new MemoryWorkbook();
    wb.addSheet("使用者的工作表", [["不要動"]]);
    const [result] = await runContract(memoryContractHost(wb), [behaviour]);
    expect(result).toEqual({ id: behaviour.id, says: behaviour.says, source: behaviour.source, pass: true });
    // The scratch sheet is gone and the user's sheet untouched, whatever the behaviour did.
    expect(wb.data.sheets.map((s) => s.name)).toEqual(["使用者的工作表"]);
    expect(wb.valuesOf("使用者的工作表")).toEqual([["不要動"]]);
    expect(wb.data.names).toEqual([]);
  });

  it("reports a host that behaves otherwise, with what differed", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("S");
    // A host whose runIn ignores the context (as the add-in's watcher once did): the removal is lost.
    const careless: ContractHost = { ...memoryContractHost(wb), runIn: (_context, batch) => wb.run(batch) };
    const results = await runContract(
      careless,
      BEHAVIOURS.filter((b) => b.id === "handler-removed-in-its-context"),
    );
    expect(results).toEqual([
      expect.objectContaining({
        id: "handler-removed-in-its-context",
        pass: false,
        detail: 'changes heard after removal: expected [], got ["C3"]',
      }),
    ]);
    expect(wb.data.sheets.map((s) => s.name)).toEqual(["S"]);
  });
});
