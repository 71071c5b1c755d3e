/**
 * The Office.js contract: behaviours of Excel that the add-in relies on and the in-memory Excel
 * (src/memoryExcel) imitates, written once against Office.js. `npm test` runs them against the
 * in-memory Excel (test/memoryExcel/contract.test.ts); inside Excel the developer page (contract.html,
 * docs/testing-in-excel.md) runs the same ones, so anyone with Excel can confirm the double.
 * Each behaviour names its source; "unconfirmed" marks where the double took the stricter side.
 */
import type { ExcelBatch } from "../excel/host";

export interface ContractHost {
  run<T>(batch: ExcelBatch<T>): Promise<T>;
  /** Excel.run(context, batch): a batch in an earlier batch's context. */
  runIn<T>(context: Excel.RequestContext, batch: ExcelBatch<T>): Promise<T>;
  /** Resolves once the change events raised so far have reached their handlers. */
  settle(): Promise<void>;
}

export interface Behaviour {
  id: string;
  /** What Excel does, in a sentence. */
  says: string;
  /** The doc page or issue that says so, or "unconfirmed: …". */
  source: string;
  /** Throws ContractMismatch when the host behaves otherwise. Works on a scratch sheet it removes. */
  check(host: ContractHost, scratch: string): Promise<void>;
}

export class ContractMismatch extends Error {
  override name = "ContractMismatch";
}

export function expectSame(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual),
    e = JSON.stringify(expected);
  if (a !== e) throw new ContractMismatch(`${what}: expected ${e}, got ${a}`);
}

export function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new ContractMismatch(what);
}

/** The error code a promise fails with; a mismatch when it succeeds. */
export async function failureCode(work: Promise<unknown>, what: string): Promise<string> {
  try {
    await work;
  } catch (e) {
    if (e instanceof ContractMismatch) throw e;
    return String((e as { code?: unknown }).code ?? "");
  }
  throw new ContractMismatch(`${what}: expected a failure, it succeeded`);
}

export interface BehaviourResult {
  id: string;
  says: string;
  source: string;
  pass: boolean;
  /** Why it failed (the mismatch, or the error the host threw). */
  detail?: string;
}

/** A scratch sheet name that no workbook of a user's has (Excel's limit is 31 characters). */
export function scratchSheetName(n: number): string {
  return `合約測試_${Date.now().toString(36)}_${n}`.slice(0, 31);
}

/**
 * Runs behaviours one after another, each on its own scratch sheet, removed afterwards whatever
 * happened. `onResult` hears each result as it comes (the page shows progress).
 */
export async function runContract(
  host: ContractHost,
  behaviours: readonly Behaviour[],
  onResult: (r: BehaviourResult) => void = () => undefined,
): Promise<BehaviourResult[]> {
  const results: BehaviourResult[] = [];
  for (const [i, b] of behaviours.entries()) {
    const result = await runOne(host, b, scratchSheetName(i));
    results.push(result);
    onResult(result);
  }
  return results;
}

async function runOne(host: ContractHost, b: Behaviour, scratch: string): Promise<BehaviourResult> {
  let result: BehaviourResult;
  try {
    await host.run(async (context) => {
      context.workbook.worksheets.add(scratch);
      await context.sync();
    });
    await b.check(host, scratch);
    result = { id: b.id, says: b.says, source: b.source, pass: true };
  } catch (e) {
    const detail =
      e instanceof ContractMismatch ? e.message : `${(e as { code?: string }).code ?? ""} ${(e as Error).message ?? String(e)}`.trim();
    result = { id: b.id, says: b.says, source: b.source, pass: false, detail };
  }
  await host
    .run(async (context) => {
      context.runtime.enableEvents = true;
      const sheet = context.workbook.worksheets.getItemOrNullObject(scratch);
      await context.sync();
      if (!sheet.isNullObject) sheet.delete();
      await context.sync();
    })
    .catch(() => undefined);
  return result;
}
