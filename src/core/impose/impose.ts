/**
 * Impose the plan schema on a sheet (Grid → Plan): find the header under the title rows, decide the
 * columns, carry merged pillar / focus cells down, join what page breaks split, split cells holding
 * several measures, line stacked units up with them, and give every measure a stable id. Every step
 * that changes what the user wrote is listed in `changes`; nothing is dropped (non-measure text
 * becomes a note).
 */
import { areaA1, cellText, columnIndex, columnLetter, gridA1, isDateFormat, isErrorValue, type Area, type Grid } from "../grid";
import { matchFocusGroup, matchPillar, type FocusMatch } from "../framework/match";
import type { Framework } from "../framework/types";
import type { Change, ColumnMap, Measure, OutlinePillar, Plan, Role } from "../plan";
import { cleanCjkSpacing } from "../text/normalize";
import { splitParenLabel } from "../text/numerals";
import { parseDeadline } from "../text/rocDate";
import { isBlanketUnit, splitUnits } from "../text/units";
import { alignUnits } from "./alignUnits";
import { mapColumns, type ChosenColumns } from "./columns";
import { ImposeError } from "./errors";
import { rememberedHeaders, unitAliases, type Mappings } from "./mappings";
import { findHeaderRow, headerLabels, repeatedHeaderTest } from "./header";
import { assignIds } from "./ids";
import { isSubStyle, lastItemNumber, splitMeasureCell, titleAndText, type MarkerStyle, type SplitCell } from "./measureText";
import { viewOf, type SheetView } from "./sheetView";

export interface ImposeOptions {
  framework: Framework;
  /**
   * Columns the user has said hold a role (sheet column letters: { measure: "C" }), taken before any
   * detection: the way out when the header or the content cannot tell.
   */
  columns?: ChosenColumns;
  /**
   * What the user confirmed once (the sheet 對照表): a header written as a remembered alias gives its
   * column that role, unless the user chose that role or column now; a unit written as a remembered
   * alias is read as the unit it means. Each use is a `mapping-applied` change.
   */
  mappings?: Mappings;
}

/** A pillar or focus cell as written; measures point at it and it is matched once, at the end. */
interface Context {
  text: string;
  /** The cell text as written, to tell the next row's cell apart from this one. */
  raw: string;
  cell: string;
}
interface FocusContext extends Context {
  pillar: Context;
}

/** A measure being built: the plan fields plus what joining rows needs to know. */
interface Draft {
  pillar: Context;
  focus: FocusContext | null;
  title: string;
  text: string;
  titled: boolean;
  markerStyle: MarkerStyle | null;
  units: string[];
  deadline: string | null;
  results: string | null;
  extra: Record<string, string>;
  cell: string;
  existingId: string | null;
  hidden: boolean;
}

/** One table row's cells by role (a page break may have joined two rows into one). */
interface RowCells {
  r: number;
  pillar: string;
  focus: string;
  measure: string;
  units: string;
  deadline: string;
  results: string;
  id: string;
  extra: Record<string, string>;
  /** The measure cell continues a merged cell started above. */
  measureContinues: boolean;
  afterBreak: boolean;
}

export function impose(grid: Grid, options: ImposeOptions): Plan {
  const { framework } = options;
  const view = viewOf(grid);
  const changes: Change[] = [];
  const headerRow = findHeaderRow(view);
  if (headerRow < 0) {
    throw new ImposeError({ code: "no-header", sheet: grid.sheet });
  }
  const labels = headerLabels(view, headerRow);
  const body: number[] = [];
  const afterBreak = new Set<number>();
  let pendingBreak = false;
  const isRepeatedHeader = repeatedHeaderTest(view, labels);
  for (let r = headerRow + 1; r < grid.rowCount; r++) {
    if (isRepeatedHeader(r)) {
      changes.push({ kind: "repeated-header-skipped", cell: gridA1(grid, r, 0), params: {} });
      pendingBreak = true;
      continue;
    }
    body.push(r);
    if (pendingBreak) afterBreak.add(r);
    pendingBreak = false;
  }
  const chosen = rememberedColumns(view, labels, headerRow, body, options, changes);
  const columns = mapColumns(view, framework, headerRow, labels, body, changes, chosen);
  changes.unshift({
    kind: "header-found",
    cell: gridA1(grid, headerRow, 0),
    params: { row: grid.top + headerRow + 1, columns: headerColumns(grid, columns) },
  });
  // The measure cells' cleaned text, made for the notes and kept for splitting them.
  const cleanedMeasures = new Map<string, string>();
  noteCellIssues(grid, columns, body, changes, cleanedMeasures);
  if (grid.farCells) changes.push({ kind: "far-cells", cell: grid.farCells.cells[0], params: grid.farCells });
  if (grid.unread) changes.push({ kind: "beyond-read", cell: "", params: grid.unread });

  const rows = joinPageBreaks(readRows(view, columns, body, afterBreak), changes, grid);
  const mapUnits = unitMapper(options.mappings, changes);
  const drafts: Draft[] = [];
  const notes: Plan["notes"] = [];
  let pillar: Context = { text: "", raw: "", cell: "" };
  let focus: FocusContext | null = null;
  // Every pillar and focus cell met, in order: a focus point may have no measure under it.
  const outline: OutlinePillar[] = [];
  const outlined = new Map<Context, OutlinePillar>();
  const hidden = new Set(grid.hiddenRows ?? []);
  const filled = new Set<Area>();

  // The columns whose merged cells are filled down, in the order their changes are listed.
  const merged = [columns.pillar, columns.focus, columns.units, columns.deadline].filter((c): c is number => c !== undefined);
  // Indexed loops over rows and measures, not for-of: a for-of costs ten times as much before the JIT
  // warms up, and the CLI runs cold.
  for (let ri = 0; ri < rows.length; ri++) {
    const row = rows[ri];
    recordMergeFill(view, merged, row.r, filled, changes);
    const cell = gridA1(grid, row.r, columns.measure);
    if (row.pillar !== "" && row.pillar !== pillar.raw) {
      if (row.measure === "" && !matchPillar(framework, row.pillar) && row.focus === "") {
        keepNote(row, notes, changes, grid, columns);
        continue;
      }
      pillar = { text: cleanCjkSpacing(row.pillar), raw: row.pillar, cell: gridA1(grid, row.r, columns.pillar ?? 0) };
      focus = null;
    }
    if (row.focus !== "" && (!focus || row.focus !== focus.raw)) {
      focus = { text: cleanCjkSpacing(row.focus), raw: row.focus, cell: gridA1(grid, row.r, columns.focus ?? 0), pillar };
    }
    outlineRow(outline, outlined, pillar, focus);
    if (row.measure === "" || row.measureContinues) {
      if (row.measure === "" && row.pillar === "" && row.focus === "") keepNote(row, notes, changes, grid, columns);
      continue;
    }
    const last = drafts[drafts.length - 1];
    const unitsCell = gridA1(grid, row.r, columns.units ?? 0);
    const unitsOfRow = splitUnits(row.units);
    // Our own plan table (it has the id column) holds one measure per row: never split it again.
    const split = row.id !== "" ? null : splitMeasureCell(row.measure, cleanedMeasures.get(row.measure));
    if (split && continuesLast(last, focus, split)) {
      last.text = [last.text, cleanCjkSpacing(row.measure).trim()].filter((t) => t !== "").join("\n");
      const joined = mapUnits(unitsOfRow, unitsCell);
      for (let k = 0; k < joined.length; k++) if (!last.units.includes(joined[k])) last.units.push(joined[k]);
      changes.push({ kind: "subitems-joined", cell, params: { previousCell: last.cell } });
      continue;
    }
    const pieces = split ? split.pieces : [wholeCell(row.measure)];
    if (pieces.length > 1) changes.push({ kind: "measures-split", cell, params: { count: pieces.length } });
    const aligned = alignUnits(
      row.units,
      pieces.map((p) => p.startLine),
      split?.lineCount ?? 1,
    );
    if (aligned.how === "by-group" || aligned.how === "by-line") {
      changes.push({
        kind: "units-aligned",
        cell: gridA1(grid, row.r, columns.units ?? 0),
        params: { how: aligned.how },
      });
    } else if (aligned.how === "ambiguous") {
      changes.push({
        kind: "units-ambiguous",
        cell: gridA1(grid, row.r, columns.units ?? 0),
        params: { measures: pieces.length },
      });
    }
    if (unitsOfRow.some(isBlanketUnit)) {
      changes.push({
        kind: "blanket-unit",
        cell: gridA1(grid, row.r, columns.units ?? 0),
        params: { units: unitsOfRow.filter(isBlanketUnit) },
      });
    }
    pieces.forEach((piece, i) => {
      const { title, text, titled } = titleAndText(piece);
      drafts.push({
        pillar,
        focus,
        title,
        text,
        titled,
        markerStyle: piece.marker?.style ?? null,
        units: mapUnits(aligned.perPiece[i] ?? [], unitsCell),
        deadline: row.deadline || null,
        results: row.results || null,
        extra: row.extra,
        cell,
        existingId: row.id || null,
        hidden: hidden.has(row.r),
      });
      if (hidden.has(row.r) && i === 0) changes.push({ kind: "hidden-row", cell, params: {} });
    });
  }
  const plan = finish(grid, framework, headerRow, labels, columns, drafts, notes, changes);
  plan.outline = outline;
  return plan;
}

/**
 * The columns chosen by hand, with those whose header is a remembered alias (對照表) added: a role or
 * a column the user chose now is not overridden, and an empty column is not taken.
 */
function rememberedColumns(
  view: SheetView,
  labels: string[],
  headerRow: number,
  body: number[],
  options: ImposeOptions,
  changes: Change[],
): ChosenColumns | undefined {
  const remembered = rememberedHeaders(labels, options.mappings);
  if (remembered.length === 0) return options.columns;
  const grid = view.grid;
  const chosen: ChosenColumns = { ...options.columns };
  const taken = new Set(Object.values(chosen).map((letter) => columnIndex(letter!) - grid.left));
  for (const h of remembered) {
    if (chosen[h.role] !== undefined || taken.has(h.col)) continue;
    if (!body.some((r) => view.text(r, h.col).trim() !== "")) continue;
    const column = columnLetter(grid.left + h.col);
    chosen[h.role] = column;
    taken.add(h.col);
    changes.push({
      kind: "mapping-applied",
      cell: gridA1(grid, headerRow, h.col),
      params: { what: "header", written: h.written, role: h.role, column, sheet: options.mappings!.sheet },
    });
  }
  return chosen;
}

/** Units as written → as the remembered mappings read them (repeats dropped), each alias listed once per cell. */
function unitMapper(mappings: Mappings | undefined, changes: Change[]): (units: string[], cell: string) => string[] {
  if (!mappings || mappings.units.length === 0) return (units) => units;
  const aliasOf = unitAliases(mappings);
  const listed = new Set<string>();
  return (units, cell) => {
    const out: string[] = [];
    for (let i = 0; i < units.length; i++) {
      const unit = aliasOf(units[i]) ?? units[i];
      if (unit !== units[i] && !listed.has(`${cell}\u0000${units[i]}`)) {
        listed.add(`${cell}\u0000${units[i]}`);
        changes.push({ kind: "mapping-applied", cell, params: { what: "unit", written: units[i], unit, sheet: mappings.sheet } });
      }
      if (!out.includes(unit)) out.push(unit);
    }
    return out;
  };
}

function outlineRow(outline: OutlinePillar[], outlined: Map<Context, OutlinePillar>, pillar: Context, focus: FocusContext | null) {
  let entry = outlined.get(pillar);
  if (!entry) {
    outlined.set(pillar, (entry = { text: pillar.text, cell: pillar.cell, focus: [] }));
    outline.push(entry);
  }
  if (focus && focus.pillar === pillar && !outlined.has(focus)) {
    outlined.set(focus, entry);
    entry.focus.push({ text: focus.text, cell: focus.cell });
  }
}

function wholeCell(text: string) {
  return {
    marker: null,
    lines: cleanCjkSpacing(text)
      .split("\n")
      .filter((l) => l.trim() !== ""),
    startLine: 0,
  };
}

/**
 * A row that continues the measure above rather than starting new ones (seed 001): sub-items
 * "(1)…" under a title-only measure, or numbering that picks up where the last measure's items
 * stopped ("(3)" after "(2)").
 */
function continuesLast(last: Draft | undefined, focus: FocusContext | null, split: SplitCell): boolean {
  if (!last || last.focus !== focus) return false;
  const first = split.pieces[0]?.marker;
  if (!first || split.pieces[0].startLine !== 0) return false;
  if (isSubStyle(first.style) && last.titled && last.text === "" && first.n === 1) return true;
  if (first.n < 2 || lastItemNumber(last.text, first.style) !== first.n - 1) return false;
  return isSubStyle(first.style) || last.markerStyle === null;
}

/** Text in a role column, unless a merge from another column covers it (a title or note row). */
function roleText(view: SheetView, r: number, c: number | undefined): string {
  if (c === undefined) return "";
  const m = view.mergeAt(r, c);
  if (m && m.left !== c) return "";
  const text = view.text(r, c);
  return text.trim() === "" ? "" : text;
}

function readRows(view: SheetView, columns: ColumnMap, body: number[], afterBreak: Set<number>): RowCells[] {
  return body.map((r) => {
    const m = view.mergeAt(r, columns.measure);
    const extra: Record<string, string> = {};
    for (let k = 0; k < columns.extra.length; k++) {
      const t = roleText(view, r, columns.extra[k].col);
      if (t !== "") extra[columns.extra[k].name] = t;
    }
    return {
      r,
      pillar: roleText(view, r, columns.pillar),
      focus: roleText(view, r, columns.focus),
      measure: roleText(view, r, columns.measure),
      units: roleText(view, r, columns.units),
      deadline: roleText(view, r, columns.deadline).trim(),
      results: roleText(view, r, columns.results),
      id: roleText(view, r, columns.id).trim(),
      extra,
      measureContinues: !!m && m.left === columns.measure && m.top < r,
      afterBreak: afterBreak.has(r),
    };
  });
}

/**
 * After a header repeated at a page break, a row whose pillar is blank and whose focus is blank or
 * an unlabelled fragment ("升服務流程透明度。") continues the row before the break: join them.
 */
function joinPageBreaks(rows: RowCells[], changes: Change[], grid: Grid): RowCells[] {
  const out: RowCells[] = [];
  // Rows below the joined one whose merged focus cell holds only the fragment get the whole text.
  const whole = { focus: new Map<string, string>() };
  for (let ri = 0; ri < rows.length; ri++) {
    const row = rows[ri];
    row.focus = whole.focus.get(row.focus) ?? row.focus;
    const prev = out[out.length - 1];
    const fragment = (t: string) => t === "" || !splitParenLabel(t);
    // A row after a page break that continues the row above: its measure text, or only the end of its
    // focus point (seed 000 B30 「對話交流。」 under a repeated header), goes back where it was cut.
    if (
      row.afterBreak &&
      prev &&
      prev.measure !== "" &&
      row.pillar === "" &&
      fragment(row.focus) &&
      (row.measure !== "" || row.focus !== "")
    ) {
      const startsNew = /^\s*(\d{1,2}\s*[.、．]|[(（]\s*\d{1,2}\s*[)）]|[一二三四五六七八九十]{1,3}、)/.test(row.measure);
      if (row.focus !== "") whole.focus.set(row.focus, prev.focus + row.focus);
      prev.focus = prev.focus + row.focus;
      if (row.measure !== "") prev.measure = prev.measure.replace(/\s+$/, "") + (startsNew ? "\n" : "") + row.measure.replace(/^\s+/, "");
      // A new item after the break starts a new unit group: a blank line keeps the groups apart.
      prev.units = prev.units + (row.units !== "" || startsNew ? (startsNew ? "\n\n" : "\n") + row.units : "");
      prev.deadline = prev.deadline || row.deadline;
      prev.results = [prev.results, row.results].filter((t) => t !== "").join("\n");
      for (const [k, v] of Object.entries(row.extra)) prev.extra[k] = prev.extra[k] ? `${prev.extra[k]}\n${v}` : v;
      changes.push({
        kind: "page-break-joined",
        cell: gridA1(grid, row.r, 0),
        params: { previousRow: grid.top + prev.r + 1 },
      });
      continue;
    }
    out.push(row); // readRows made it for this pass alone: it may be joined into in place
  }
  return out;
}

function keepNote(row: RowCells, notes: Plan["notes"], changes: Change[], grid: Grid, columns: ColumnMap) {
  const text = [row.pillar, row.focus, row.measure, row.units, ...Object.values(row.extra)].filter((t) => t !== "").join(" ");
  if (text === "") return;
  const cell = gridA1(grid, row.r, columns.pillar ?? 0);
  notes.push({ cell, text });
  changes.push({ kind: "note-kept", cell, params: {} });
}

function recordMergeFill(view: SheetView, merged: number[], r: number, filled: Set<Area>, changes: Change[]) {
  for (let k = 0; k < merged.length; k++) {
    const c = merged[k];
    const m = view.mergeAt(r, c);
    if (!m || filled.has(m) || m.bottom === m.top || m.left !== c) continue;
    filled.add(m);
    changes.push({ kind: "merge-filled", cell: areaA1(view.grid, m), params: {} });
  }
}

/** Error values, dates, numbers where text is expected, spacing cleaned: reported per cell. */
function noteCellIssues(grid: Grid, columns: ColumnMap, body: number[], changes: Change[], cleanedMeasures: Map<string, string>) {
  const textColumns = [columns.pillar, columns.focus, columns.measure, columns.units].filter((c): c is number => c !== undefined);
  const all = [...textColumns, columns.deadline, columns.results, ...columns.extra.map((e) => e.col)].filter(
    (c): c is number => c !== undefined,
  );
  const isText = all.map((c) => textColumns.includes(c));
  for (let i = 0; i < body.length; i++) {
    const r = body[i];
    const values = grid.values[r];
    for (let k = 0; k < all.length; k++) {
      const c = all[k];
      const v = values[c];
      if (typeof v === "number") {
        if (isDateFormat(grid.numberFormats?.[r]?.[c]))
          changes.push({ kind: "date-value", cell: gridA1(grid, r, c), params: { text: cellText(grid, r, c) } });
        else if (isText[k]) changes.push({ kind: "number-as-text", cell: gridA1(grid, r, c), params: { value: String(v) } });
      } else if (typeof v !== "string" || v === "") continue;
      else if (isErrorValue(v)) changes.push({ kind: "error-value", cell: gridA1(grid, r, c), params: { value: String(v) } });
      else if (v.charCodeAt(0) === 0x3d /* = */ && /^=./.test(v) && grid.numberFormats?.[r]?.[c] !== "@")
        changes.push({ kind: "formula-text", cell: gridA1(grid, r, c), params: { formula: v } });
      else if (isText[k]) {
        // Only spaces removed inside a line are worth a note; trimming a line's ends is not.
        const cleaned = cleanCjkSpacing(v);
        if (c === columns.measure) cleanedMeasures.set(v, cleaned);
        if (
          cleaned !== v &&
          cleaned !==
            v
              .replace(/\r\n?/g, "\n")
              .split("\n")
              .map((l) => l.trim())
              .join("\n")
        )
          changes.push({ kind: "spacing-cleaned", cell: gridA1(grid, r, c), params: {} });
      }
    }
  }
}

function headerColumns(grid: Grid, columns: ColumnMap): { role: Role; column: string }[] {
  const roles: Role[] = ["pillar", "focus", "measure", "units", "deadline", "results", "id"];
  return roles.flatMap((role) => {
    const c = columns[role];
    return c === undefined ? [] : [{ role, column: gridA1(grid, 0, c).replace(/\d+$/, "") }];
  });
}

/** Matches pillar and focus contexts once, reports what the matching found, assigns ids. */
function finish(
  grid: Grid,
  framework: Framework,
  headerRow: number,
  labels: string[],
  columns: ColumnMap,
  drafts: Draft[],
  notes: Plan["notes"],
  changes: Change[],
): Plan {
  const pillarOf = new Map<Context, number | null>();
  const focusOf = new Map<FocusContext, FocusMatch[]>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (!pillarOf.has(d.pillar)) {
      const m = d.pillar.text === "" ? null : matchPillar(framework, d.pillar.text);
      pillarOf.set(d.pillar, m ? m.number : null);
      if (!m && d.pillar.text !== "")
        changes.push({
          kind: "pillar-unmatched",
          cell: d.pillar.cell,
          params: { text: short(d.pillar.text), framework: framework.name },
        });
    }
    if (d.focus && !focusOf.has(d.focus)) {
      const p = pillarOf.get(d.pillar) ?? null;
      const matches = p === 0 ? [] : matchFocusGroup(framework, d.focus.text, p ?? undefined);
      focusOf.set(d.focus, matches);
      reportFocus(d.focus, matches, p, framework, changes);
    }
  }
  const measures: Measure[] = drafts.map((d) => {
    const matches = d.focus ? (focusOf.get(d.focus) ?? []) : [];
    let pillar = pillarOf.get(d.pillar) ?? null;
    if (pillar === null && matches.length > 0) pillar = matches[0].focus.pillar;
    const units = d.units;
    const measure: Measure = {
      id: "",
      pillar,
      pillarText: d.pillar.text,
      focus: matches[0]?.focus.id ?? null,
      focusText: d.focus?.text ?? "",
      label: matches[0]?.label ?? (d.focus ? (splitParenLabel(d.focus.text)?.label ?? null) : null),
      title: d.title,
      text: d.text,
      titled: d.titled,
      units,
      allUnits: units.some(isBlanketUnit),
      deadline: d.deadline,
      deadlineDate: d.deadline ? dateOf(d.deadline) : null,
      results: d.results,
      extra: d.extra,
      source: { sheet: grid.sheet, cell: d.cell },
    };
    if (matches.length > 1) measure.focusGroup = matches.map((m) => m.focus.id);
    if (d.hidden) measure.hidden = true;
    return measure;
  });
  const ids = assignIds(
    measures.map((m, i) => ({ pillar: m.pillar, focus: m.focus, existing: drafts[i].existingId, cell: m.source.cell })),
    changes,
  );
  measures.forEach((m, i) => (m.id = ids[i]));
  return {
    sheet: grid.sheet,
    frameworkId: framework.id,
    header: { row: grid.top + headerRow, columns, labels },
    measures,
    notes,
    changes,
  };
}

function dateOf(deadline: string): string | null {
  const d = parseDeadline(deadline);
  return d.kind === "date" ? d.iso : null;
}

function reportFocus(ctx: FocusContext, matches: FocusMatch[], pillar: number | null, framework: Framework, changes: Change[]) {
  if (pillar === 0) return;
  if (matches.length === 0) {
    const hasFocus = framework.pillars.some((p) => p.focusPoints.length > 0);
    if (hasFocus) changes.push({ kind: "focus-unmatched", cell: ctx.cell, params: { text: short(ctx.text), framework: framework.name } });
    return;
  }
  if (matches.length > 1) {
    changes.push({
      kind: "focus-group",
      cell: ctx.cell,
      params: { focusPoints: matches.map((m) => m.focus.id) },
    });
  }
  for (const m of matches) {
    if (m.label && m.label !== m.focus.label) {
      changes.push({ kind: "focus-relabelled", cell: ctx.cell, params: { label: m.label, focus: m.focus.id, focusLabel: m.focus.label } });
    }
  }
}

function short(text: string): string {
  const one = text.replace(/\s+/g, "");
  return one.length > 24 ? one.slice(0, 24) + "…" : one;
}
