/**
 * Which of the agency's units a measure assigns: the units it names, with a blanket word (各課室)
 * standing for every unit of the list. Names are compared by their match key, so "秘 書 室" and a
 * full-width variant are the same unit as 秘書室.
 */
import type { Measure } from "../plan";
import { matchKey } from "../text/normalize";
import { isBlanketUnit } from "../text/units";

export class UnitList {
  readonly names: readonly string[];
  private readonly byKey = new Map<string, string>();
  private readonly exact: ReadonlySet<string>;

  constructor(names: readonly string[]) {
    this.names = names;
    this.exact = new Set(names);
    for (const n of names) if (!this.byKey.has(matchKey(n))) this.byKey.set(matchKey(n), n);
  }

  /** The list's spelling of a unit as written, or undefined when the list lacks it. */
  known(unit: string): string | undefined {
    // Most names are written as listed: skip normalising them.
    return this.exact.has(unit) ? unit : this.byKey.get(matchKey(unit));
  }

  /** The list's units a measure assigns (blanket words: all of them); unknown names are left out. */
  assigned(m: Measure): string[] {
    if (m.allUnits || m.units.some(isBlanketUnit)) return [...this.names];
    const out: string[] = [];
    for (let i = 0; i < m.units.length; i++) {
      const k = this.known(m.units[i]);
      if (k !== undefined && !out.includes(k)) out.push(k);
    }
    return out;
  }
}
