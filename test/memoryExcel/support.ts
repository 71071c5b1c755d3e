/** Helpers for the in-memory Excel tests. */
import { MemoryWorkbook } from "../../src/memoryExcel";

/** The `code` of the error a promise rejects with (undefined when it resolves). */
export async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code ?? `not an Office error: ${String(e)}`;
  }
}

/** The `code` of what a function throws synchronously. */
export function thrownCode(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
}

/** A small plan sheet pasted from Word: a title row, a header, a merged pillar cell. */
export function planWorkbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const sheet = wb.addSheet("計畫", [
    ["某區公所提升服務執行計畫"],
    ["執行要項", "具體作法", "執行單位"],
    ["一、完備基礎服務項目", "1. 訂定標準作業流程", "民政課"],
    [null, "2. 定期檢討表單", "社會課"],
  ]);
  sheet.merges.push({ top: 2, left: 0, bottom: 3, right: 0 });
  wb.addSheet("單位", [["單位"], ["民政課"], ["社會課"], ["秘書室"]]);
  return wb;
}
