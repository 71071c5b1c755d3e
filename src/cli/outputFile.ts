/**
 * Where the CLI writes a new workbook (--out, --coverage-out): never over the input, whatever path
 * leads to it (the same path, a symbolic link, a hard link, a linked folder), and only into a folder
 * that exists; said in a sentence, checked before any work is done.
 */
import * as fs from "fs";
import * as path from "path";
import { UsageError } from "./args";

export function sameFile(a: string, b: string): boolean {
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // `a` does not exist yet: it cannot be the input
  }
}

/** Throws a UsageError naming the option when `out` cannot be written without harm. */
export function checkOutputPath(option: string, out: string, input: string): void {
  if (path.resolve(out) === path.resolve(input) || sameFile(out, input)) {
    throw new UsageError(`${option} 不可與輸入檔相同：輸入檔不會被修改，請另取檔名。`);
  }
  const existing = fs.statSync(out, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new UsageError(`${option}「${out}」是資料夾，請給一個 .xlsx 檔名。`);
  const folder = path.dirname(path.resolve(out));
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${option} 的資料夾「${folder}」不存在。`);
}

/** Writes a new file in place of a symbolic link instead of through it (the link may lead anywhere). */
export function writeOutput(out: string, bytes: Uint8Array): void {
  if (fs.lstatSync(out, { throwIfNoEntry: false })?.isSymbolicLink()) fs.unlinkSync(out);
  fs.writeFileSync(out, bytes);
}
