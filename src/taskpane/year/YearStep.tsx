/**
 * Step 6, 年度: the year's turn. 「建立下一年度計畫」 writes next year's plan to a new sheet and lists
 * what was changed; 「比較兩個年度」 compares two sheets the user picks, lists the differences by kind
 * with their cells, and writes the 比較 sheet. The work is src/excel/yearOver.ts on the core's
 * roll-over and comparison; nothing of the user's is written.
 */
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { changeMessage } from "../../core/changes";
import { ImposeError } from "../../core/impose/errors";
import { COMPARE_KINDS } from "../../core/yearOver/compare";
import { compareKindName } from "../../core/yearOver/compareSheet";
import { goToCell } from "../../excel/checkPlan";
import type { ExcelHost } from "../../excel/host";
import {
  compareSheets,
  differenceSheet,
  rollOverPlan,
  yearSheetChoices,
  YearOverError,
  type Compared,
  type RolledOver,
} from "../../excel/yearOver";
import type { Locale } from "../i18n";
import { stepProblemText } from "../stepProblem";
import { useExcelWork } from "../useExcelWork";
import { useSetUpRecord } from "../useSetUpRecord";
import { YEAR_STRINGS, type YearStrings } from "./yearStrings";
import { setUpPending } from "../setUpPending";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, alignSelf: "stretch", minWidth: 0 },
  part: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start", minWidth: 0 },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  select: { minWidth: "12em" },
  year: { maxWidth: "8em" },
});

/** The clerk's sentence for what the year's turn refuses. */
function yearProblem(e: unknown, s: YearStrings, locale: Locale, where: string): string | null {
  if (e instanceof YearOverError) {
    const p = e.problem;
    return p.kind === "no-year" ? s.noYear : p.kind === "not-later" ? s.notLater(p.from, p.to) : s.sameSheet(p.sheet);
  }
  if (e instanceof ImposeError) return s.notAPlan(e.sheet || where, e.messageIn(locale));
  return null;
}

export function YearStep({ excel, locale, active = true }: { excel: ExcelHost; locale: Locale; active?: boolean }) {
  const styles = useStyles();
  const s = YEAR_STRINGS[locale];
  const problem = stepProblemText(locale, s.needsSetUp);
  const work = useExcelWork<"load" | "sheets" | "roll" | "compare">((e, where) => yearProblem(e, s, locale, where) ?? problem(e, where));
  const { run } = work;
  const { record } = useSetUpRecord(excel, active, work);
  const [toYear, setToYear] = useState("");
  const [badYear, setBadYear] = useState(false);
  const [rolled, setRolled] = useState<RolledOver | null>(null);
  const [choices, setChoices] = useState<{ sheets: string[]; planTable: string | null } | null>(null);
  const [before, setBefore] = useState("");
  const [after, setAfter] = useState("");
  const [compared, setCompared] = useState<Compared | null>(null);
  const rolledRef = useRef<HTMLDivElement>(null);
  const comparedRef = useRef<HTMLDivElement>(null);
  const ids = { roll: useId(), compare: useId() };

  const loadChoices = useCallback(async () => {
    const found = await run("sheets", () => yearSheetChoices(excel));
    if (found) setChoices(found);
    return found;
  }, [excel, run]);

  useEffect(() => {
    if (!active || !record) return;
    void loadChoices().then((found) => {
      if (!found) return;
      // By default this year's plan table is the later year; the earlier one is for the clerk to choose.
      setAfter((a) => (a && found.sheets.includes(a) ? a : (found.planTable ?? "")));
      setBefore((b) => (b && found.sheets.includes(b) ? b : ""));
    });
  }, [active, record, loadChoices]);

  useEffect(() => {
    if (rolled) rolledRef.current?.focus();
  }, [rolled]);
  useEffect(() => {
    if (compared) comparedRef.current?.focus();
  }, [compared]);

  const roll = async () => {
    if (!record) return;
    const typed = toYear.trim();
    if (typed !== "" && !/^\d{2,3}$/.test(typed)) {
      setBadYear(true);
      return;
    }
    setBadYear(false);
    setRolled(null);
    const done = await run(
      "roll",
      (progress) => rollOverPlan(excel, record, typed === "" ? {} : { to: Number(typed) }, progress),
      record.plan.name,
    );
    if (!done) return;
    setRolled(done);
    // The new sheet is ready to compare with this year's plan table.
    const found = await loadChoices();
    if (found) {
      setBefore(found.planTable ?? "");
      setAfter(done.sheet);
    }
  };

  const compare = async () => {
    if (!record || !before || !after) return;
    setCompared(null);
    const done = await run(
      "compare",
      (progress) => compareSheets(excel, record, { before, after }, locale, progress),
      `${before}, ${after}`,
    );
    if (done) {
      setCompared(done);
      void loadChoices();
    }
  };

  const pending = setUpPending(record, !!work.error, s);
  if (pending) return pending;
  const busy = work.busy;
  const sheets = choices?.sheets ?? [];
  const sheetLabel = (name: string) => (name === choices?.planTable ? `${name}${s.planTableMark}` : name);
  const differences = compared?.comparison.differences ?? [];
  const byKind = COMPARE_KINDS.map((kind) => ({ kind, items: differences.filter((d) => d.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  const progressOf = (label: string) => (busy?.progress ? `${label} (${busy.progress.done}/${busy.progress.total})` : label);

  return (
    <div className={styles.root}>
      <section className={styles.part} aria-labelledby={ids.roll}>
        <Subtitle2 as="h3" id={ids.roll} className={styles.heading}>
          {s.rollTitle}
        </Subtitle2>
        <Text size={200}>{s.rollIntro}</Text>
        <Field label={s.yearLabel} hint={s.yearHint} validationMessage={badYear ? s.badYear : undefined}>
          <Input className={styles.year} inputMode="numeric" value={toYear} onChange={(_, d) => setToYear(d.value)} />
        </Field>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void roll()}>
          {busy?.kind === "roll" ? progressOf(s.rolling) : s.roll}
        </Button>
        {rolled && busy?.kind !== "roll" && (
          <div ref={rolledRef} tabIndex={-1} role="status" aria-live="polite">
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{s.rolled(rolled.sheet, rolled.from, rolled.to, rolled.measures)}</MessageBarBody>
            </MessageBar>
            <Text as="p" weight="semibold">
              {s.changesTitle(rolled.changes.length)}
            </Text>
            <ul className={styles.list}>
              {rolled.changes.map((c, i) => (
                <li key={i}>{changeMessage(c, locale)}</li>
              ))}
            </ul>
            <Button onClick={() => void goToCell(excel, rolled.sheet, "B1")}>{s.goToSheet(rolled.sheet)}</Button>
          </div>
        )}
      </section>

      <section className={styles.part} aria-labelledby={ids.compare}>
        <Subtitle2 as="h3" id={ids.compare} className={styles.heading}>
          {s.compareTitle}
        </Subtitle2>
        <Text size={200}>{s.compareIntro}</Text>
        {(
          [
            [s.beforeLabel, before, setBefore],
            [s.afterLabel, after, setAfter],
          ] as const
        ).map(([label, value, set]) => (
          <Field key={label} label={label}>
            <Select className={styles.select} value={value} onChange={(_, d) => set(d.value)} disabled={busy !== null}>
              <option value="">{s.choose}</option>
              {sheets.map((n) => (
                <option key={n} value={n}>
                  {sheetLabel(n)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        <Button appearance="primary" disabled={busy !== null || !before || !after} onClick={() => void compare()}>
          {busy?.kind === "compare" ? progressOf(s.comparing) : s.compare}
        </Button>
        {compared && busy?.kind !== "compare" && (
          <div ref={comparedRef} tabIndex={-1} role="status" aria-live="polite">
            <MessageBar intent={differences.length === 0 ? "success" : "info"} layout="multiline">
              <MessageBarBody>
                {s.compared(
                  compared.sheet,
                  s.side(compared.before.sheet, compared.before.year, compared.before.measures),
                  s.side(compared.after.sheet, compared.after.year, compared.after.measures),
                  differences.length,
                )}
              </MessageBarBody>
            </MessageBar>
            {byKind.length === 0 && <Text as="p">{s.noDifferences}</Text>}
            {byKind.map(({ kind, items }) => (
              <section key={kind} aria-label={s.kindHeading(compareKindName(kind, locale), items.length)}>
                <Text as="h4" weight="semibold" className={styles.heading}>
                  {s.kindHeading(compareKindName(kind, locale), items.length)}
                </Text>
                <ul className={styles.list}>
                  {items.map((d, i) => {
                    const sheet = differenceSheet(d, compared);
                    return (
                      <li key={i}>
                        {changeMessage(d, locale)}{" "}
                        {sheet && (
                          <Button size="small" appearance="transparent" onClick={() => void goToCell(excel, sheet, d.cell)}>
                            {s.goTo(`${sheet}!${d.cell}`)}
                          </Button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
            <Button onClick={() => void goToCell(excel, compared.sheet, "A1")}>{s.goToSheet(compared.sheet)}</Button>
          </div>
        )}
      </section>

      {work.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{work.error.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
