/** Workbook-scoped named items ("=單位!$A$2:$A$20" and constants). */
import { fail } from "../errors";
import type { NamedItemData, WorkbookData } from "./model";
import { findTable } from "./tables";

export function findName(wb: WorkbookData, name: string): NamedItemData | undefined {
  const lower = name.toLowerCase();
  return wb.names.find((n) => n.name.toLowerCase() === lower);
}

export function getName(wb: WorkbookData, name: string): NamedItemData {
  return findName(wb, name) ?? fail("ItemNotFound", `The requested resource doesn't exist: named item "${name}".`);
}

export function addName(wb: WorkbookData, name: unknown, formula: string, comment = ""): NamedItemData {
  if (
    typeof name !== "string" ||
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name)
  ) {
    return fail("InvalidArgument", `The argument is invalid or missing or has an incorrect format: name "${String(name)}".`);
  }
  if (findName(wb, name) || findTable(wb, name)) fail("ItemAlreadyExists", `The name "${name}" already exists.`);
  const item: NamedItemData = { name, formula: formula.startsWith("=") ? formula : `=${formula}`, comment, visible: true };
  wb.names.push(item);
  return item;
}

export function deleteName(wb: WorkbookData, item: NamedItemData): void {
  wb.names = wb.names.filter((n) => n !== item);
}
