import { KAOHSIUNG } from "./kaohsiung";
import { VAC } from "./vac";
import type { Framework } from "./types";

/** The frameworks that ship with the add-in, by id. */
export const BUILT_IN_FRAMEWORKS: Readonly<Record<string, Framework>> = { kaohsiung: KAOHSIUNG, vac: VAC };

/** Every focus point of a framework, in order. */
export function allFocusPoints(framework: Framework) {
  return framework.pillars.flatMap((p) => p.focusPoints);
}
