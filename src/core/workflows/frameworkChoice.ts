/**
 * Which framework a plan is read against, decided in one place for the pane and the CLI: detected
 * from the source's own header (VAC annexes say 實施要領 / 負責業參), a built-in one, or a framework
 * sheet of the agency's (read by the caller into a Grid). When detection finds no built-in framework
 * that fits, the plan's own pillars and focus points are its framework (readPlan).
 */
import { change } from "../changes";
import { detectFrameworkId } from "../detectFramework";
import { BUILT_IN_FRAMEWORKS } from "../framework/catalog";
import { frameworkFit, fits } from "../framework/fit";
import { frameworkFromPlan } from "../framework/fromPlan";
import { FrameworkError, type Framework } from "../framework/types";
import type { Grid } from "../grid";
import type { ChosenColumns } from "../impose/columns";
import { impose } from "../impose/impose";
import type { Mappings } from "../impose/mappings";
import type { Plan } from "../plan";
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

/**
 * The plan of a sheet and the framework it is read against. A framework the user chose is used as
 * it is; a detected one only if it fits (framework/fit.ts), else the plan is read again against its
 * own pillars and focus points, and the change list says so, with the figures that decided it.
 * `mappings`: what the user confirmed once (the sheet 對照表), applied by impose.
 * Throws ImposeError as impose does, FrameworkError as chooseFramework does.
 */
export function readPlan(
  choice: FrameworkSource,
  source: Grid,
  columns?: ChosenColumns,
  mappings?: Mappings,
): { framework: Framework; plan: Plan } {
  const framework = chooseFramework(choice, source);
  const plan = impose(source, { framework, columns, mappings });
  if (choice.kind !== "detect") return { framework, plan };
  const fit = frameworkFit(plan);
  if (fits(fit, framework)) return { framework, plan };
  const own = frameworkFromPlan(plan);
  if (!own) return { framework, plan };
  const again = impose(source, { framework: own, columns, mappings });
  // Read against its own wording, a plan matches all of it; if it somehow does not, the built-in reading stands.
  if (!fits(frameworkFit(again), own)) return { framework, plan };
  const focusPoints = own.pillars.reduce((n, p) => n + p.focusPoints.length, 0);
  // Right after header-found, at the top of the list: it decides how everything below reads.
  again.changes.splice(
    1,
    0,
    change("framework-from-plan", "", {
      tried: framework.name,
      pillarsMatched: fit.pillars.matched,
      pillarsWritten: fit.pillars.written,
      focusMatched: fit.focus.matched,
      focusWritten: fit.focus.written,
      pillars: own.pillars.length,
      focusPoints,
    }),
  );
  return { framework: own, plan: again };
}

/** The framework of a plan table set up before: its built-in id, else the framework sheet we keep. */
export function recordedFramework(frameworkId: string, frameworkSheet: Grid | null): Framework | null {
  if (BUILT_IN_FRAMEWORKS[frameworkId]) return BUILT_IN_FRAMEWORKS[frameworkId];
  return frameworkSheet ? readCustomFramework(frameworkSheet, "custom") : null;
}
