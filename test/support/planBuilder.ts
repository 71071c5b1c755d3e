/**
 * Plans built by hand for the checks' tests: a plan table laid out 執行要項 A | 執行重點 B | 具體作法 C
 * | 執行單位 D | 完成期限 E, header on row 1, one measure per row from row 2.
 */
import { KAOHSIUNG } from "../../src/core/framework/kaohsiung";
import type { Change, Measure, Plan } from "../../src/core/plan";
import { toChineseNumeral } from "../../src/core/text/numerals";
import { isBlanketUnit } from "../../src/core/text/units";

export const UNITS = ["秘書室", "民政課", "社會課"];

export interface MeasureSpec {
  pillar: number | null;
  focus: string | null;
  title: string;
  units: string[];
  text?: string;
  deadline?: string | null;
  label?: string | null;
  focusGroup?: string[];
  pillarText?: string;
  focusText?: string;
  hidden?: boolean;
  /** Sheet row (1-based) when several measures share a row (split from one cell). */
  row?: number;
}

const focusPoint = (id: string) => KAOHSIUNG.pillars.flatMap((p) => p.focusPoints).find((f) => f.id === id);

function pillarText(n: number | null): string {
  if (n === null) return "";
  if (n === 0) return "訂定「提升服務執行計畫」";
  return `${toChineseNumeral(n)}、${KAOHSIUNG.pillars[n - 1].title}`;
}

export function planOf(specs: MeasureSpec[], options: { deadlineColumn?: boolean; changes?: Change[] } = {}): Plan {
  const counters = new Map<string, number>();
  let row = 1;
  const measures: Measure[] = specs.map((s) => {
    row = s.row ?? row + 1;
    const f = s.focus ? focusPoint(s.focus) : undefined;
    const key = `${s.pillar ?? 0}-${s.focus ? s.focus.split("-")[1] : 0}`;
    counters.set(key, (counters.get(key) ?? 0) + 1);
    const m: Measure = {
      id: `${key}-${counters.get(key)}`,
      pillar: s.pillar,
      pillarText: s.pillarText ?? pillarText(s.pillar),
      focus: s.focus,
      focusText: s.focusText ?? (f ? `${f.label}${f.text}` : ""),
      label: s.label !== undefined ? s.label : f ? f.label : null,
      title: s.title,
      text: s.text ?? `${s.title}的說明。`,
      titled: true,
      units: s.units,
      allUnits: s.units.some(isBlanketUnit),
      deadline: s.deadline === undefined ? "113年12月31日" : s.deadline,
      deadlineDate: null,
      results: null,
      extra: {},
      source: { sheet: "計畫表", cell: `C${row}` },
    };
    if (s.focusGroup) m.focusGroup = s.focusGroup;
    if (s.hidden) m.hidden = true;
    return m;
  });
  const deadline = options.deadlineColumn ?? true;
  return {
    sheet: "計畫表",
    frameworkId: "kaohsiung",
    header: { row: 0, columns: { pillar: 0, focus: 1, measure: 2, units: 3, ...(deadline ? { deadline: 4 } : {}), extra: [] }, labels: [] },
    measures,
    notes: [],
    changes: options.changes ?? [],
  };
}

/** Specs of a plan with nothing to find: the preamble, one measure per focus point, units in turn. */
export function cleanSpecs(): MeasureSpec[] {
  const specs: MeasureSpec[] = [{ pillar: 0, focus: null, title: "訂定本所提升服務執行計畫", units: ["秘書室"] }];
  KAOHSIUNG.pillars.forEach((p) =>
    p.focusPoints.forEach((f, i) =>
      specs.push({ pillar: p.number, focus: f.id, title: `作法${f.id}`, units: [UNITS[(p.number + i) % UNITS.length]] }),
    ),
  );
  return specs;
}

export const cleanPlan = () => planOf(cleanSpecs());

/** Row (1-based) of the clean plan's measure for a focus point: the preamble is row 2. */
export function rowOf(focus: string): number {
  return cleanSpecs().findIndex((s) => s.focus === focus) + 2;
}
