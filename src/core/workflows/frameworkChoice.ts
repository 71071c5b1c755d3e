/**
 * Which framework a plan is read against, decided in one place for the pane and the CLI: detected
 * from the source's own header (VAC annexes say 實施要領 / 負責業參), a built-in one, or a framework
 * sheet of the agency's (read by the caller into a Grid).
 */
import { detectFrameworkId } from "../detectFramework";
import { BUILT_IN_FRAMEWORKS } from "../framework/catalog";
import { FrameworkError, type Framework } from "../framework/types";
import type { Grid } from "../grid";
import { readCustomFramework } from "../workbook/frameworkSheet";

export type FrameworkSource = { kind: "detect" } | { kind: "builtin"; id: string } | { kind: "custom"; grid: Grid };

/** Throws FrameworkError for an unknown built-in id or a framework sheet that cannot be read. */
export function chooseFramework(choice: FrameworkSource, source: Grid): Framework {
  if (choice.kind === "custom") return readCustomFramework(choice.grid, "custom");
  const id = choice.kind === "builtin" ? choice.id : detectFrameworkId(source);
  const framework = BUILT_IN_FRAMEWORKS[id];
  if (!framework) throw new FrameworkError({ code: "unknown-framework", id, known: Object.keys(BUILT_IN_FRAMEWORKS) });
  return framework;
}

/** The framework of a plan table set up before: its built-in id, else the framework sheet we keep. */
export function recordedFramework(frameworkId: string, frameworkSheet: Grid | null): Framework | null {
  if (BUILT_IN_FRAMEWORKS[frameworkId]) return BUILT_IN_FRAMEWORKS[frameworkId];
  return frameworkSheet ? readCustomFramework(frameworkSheet, "custom") : null;
}
