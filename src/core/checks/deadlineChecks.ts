/** Deadlines: something a section chief can be held to, in a form the results table can sort by. */
import type { Plan } from "../plan";
import { parseDeadline } from "../text/rocDate";
import type { CheckContext } from "./context";
import { finding, pillarParam, type Finding } from "./finding";
import { byCell } from "./measureChecks";
import { roleCell } from "./planCells";

/** Neither a recognised phrase (持續辦理, 每季) nor a real ROC/AD date (113年2月30日 is not). */
export function deadlineInvalid(plan: Plan, _context: CheckContext): Finding[] {
  const bad = plan.measures.filter((m) => m.deadline !== null && m.deadline.trim() !== "" && parseDeadline(m.deadline).kind === "invalid");
  return [...byCell(plan, bad, "deadline")].map(([cell, ms]) =>
    finding("deadline/invalid", plan.sheet, cell, {
      deadline: ms[0].deadline ?? "",
      ids: ms.map((m) => m.id),
      ...pillarParam(ms[0].pillar),
    }),
  );
}

const blankDeadline = (m: Plan["measures"][number]) => m.deadline === null || m.deadline.trim() === "";

/**
 * Added: a blank deadline among filled ones (VAC's 附件一 gives every measure one; a gap is a
 * slip). Only an info, and not run when no measure has a deadline: the Kaohsiung plans have none,
 * and the plan table's 完成期限 column starts blank. While more are blank than filled (the clerk has
 * begun filling the column in), it is said once, not once per measure.
 */
export function measureNoDeadline(plan: Plan, _context: CheckContext): Finding[] {
  if (plan.header.columns.deadline === undefined || plan.measures.every(blankDeadline)) return [];
  const blank = plan.measures.filter(blankDeadline);
  const filled = plan.measures.length - blank.length;
  if (blank.length > filled)
    return [
      finding("deadline/mostly-blank", plan.sheet, roleCell(plan, blank[0], "deadline"), {
        blank: blank.length,
        filled,
        ids: blank.map((m) => m.id),
      }),
    ];
  return [...byCell(plan, blank, "deadline")].map(([cell, ms]) =>
    finding("measure/no-deadline", plan.sheet, cell, { ids: ms.map((m) => m.id), title: ms[0].title, ...pillarParam(ms[0].pillar) }),
  );
}
