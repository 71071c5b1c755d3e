/** Worksheet.protection: protect() (fails on a protected sheet), unprotect(), protected, options. */
import type { SheetData } from "../data/model";
import { protect, unprotect } from "../data/protection";
import { ClientObject, type LoadArgument } from "./clientObject";

export class MemoryWorksheetProtection
  extends ClientObject<SheetData>
  implements Pick<Excel.WorksheetProtection, "protected" | "options" | "protect" | "unprotect" | "load">
{
  protected readonly typeName = "WorksheetProtection";

  protected scalarProperties() {
    return {
      protected: (s: SheetData) => s.protection !== null,
      options: (s: SheetData) => s.protection?.options ?? {},
    };
  }

  get protected(): boolean {
    return this.get("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.get("options");
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.call("protect", [options ?? null, password ? "***" : null], (s) => protect(s, options, password));
  }

  unprotect(password?: string): void {
    this.call("unprotect", [password ? "***" : null], (s) => unprotect(s, password));
  }

  load(arg?: LoadArgument): Excel.WorksheetProtection {
    this.loadThis(arg);
    return this as unknown as Excel.WorksheetProtection;
  }
}
