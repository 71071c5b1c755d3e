/**
 * Step 2, 檢查計畫: check the plan table, show counts, the pillar × focus-point heat map and the
 * findings grouped by severity and pillar; a finding's button goes to its cell. Problem cells are
 * highlighted in the sheet (a switch turns that off); the coverage can be written to a sheet.
 * Re-checks, debounced, when the plan table changes (events reach every co-author: this only
 * refreshes the list and the highlights, no dialog). A unit not on the list with a near listed name
 * has a button that remembers the alias (對照表): the next set-up reads it as the listed unit.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { HIGHLIGHT_LIMIT } from "../../core/checks/highlights";
import { findingPillar, SEVERITY_ORDER, type Finding } from "../../core/checks/finding";
import { dateTimeIn } from "../../core/text/rocDate";
import { countText, findingMessage } from "../../core/checks/messages";
import { checkPlan, goToCell, watchSheet, type PlanCheck } from "../../excel/checkPlan";
import { writeCoverageSheet } from "../../excel/coverageSheet";
import { rememberMappings } from "../../excel/mappingsSheet";
import type { ExcelHost } from "../../excel/host";
import { readWorkbookOverview } from "../../excel/overview";
import type { SetUpRecord } from "../../excel/setUpRecord";
import type { Locale } from "../i18n";
import { SET_UP_STRINGS } from "../setup/setUpStrings";
import { CHECK_STRINGS, type CheckStrings } from "./checkStrings";
import { stepProblemText } from "../stepProblem";
import { useExcelWork } from "../useExcelWork";
import { CoverageHeatMap, UnitHeatMap } from "./CoverageHeatMap";
import { setUpPending } from "../setUpPending";

/** Edits come in bursts (a paste, typing across cells): wait this long after the last one. */
export const RECHECK_DELAY_MS = 800;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignSelf: "stretch" },
  counts: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  finding: { justifyContent: "flex-start", textAlign: "start", height: "auto", minHeight: "32px" },
});

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** The same set-up (its sheets and facts): a record read again need not restart the watcher. */
const sameRecord = (a: SetUpRecord | null | undefined, b: SetUpRecord | null) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/** A watcher that could not be removed (the workbook closing) costs only an extra check: no message for the user, a line for us. */
const watchNotStopped = (e: unknown) => console.warn("The plan table watcher could not be removed:", e);

/** `active`: the step is shown (it stays mounted while hidden, its watcher running); shown again, it reads the set-up anew. */
export function CheckStep({ excel, locale, active = true }: { excel: ExcelHost; locale: Locale; active?: boolean }) {
  const styles = useStyles();
  const s = CHECK_STRINGS[locale];
  const [record, setRecord] = useState<SetUpRecord | null | undefined>(undefined);
  const [result, setResult] = useState<PlanCheck | null>(null);
  // Rounds asked for by the button, the switch and edits never overlap (useExcelWork queues them),
  // so the last one asked for is the one the sheet and the pane end with.
  const work = useExcelWork<"load" | "check" | "coverage" | "remember">(stepProblemText(locale, CHECK_STRINGS[locale].needsSetUp));
  const busy = work.busy?.kind === "load" ? null : (work.busy?.kind ?? null);
  const error = work.error?.message ?? null;
  const [auto, setAuto] = useState(true);
  const [highlight, setHighlight] = useState(true);
  // Read by each round as it starts: the switch's latest position, whenever the round was asked for.
  const highlightNow = useRef(true);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [coverageNote, setCoverageNote] = useState<string | null>(null);
  // Aliases remembered from this pane (written name → listed name) and what the last one achieved.
  const [remembered, setRemembered] = useState<ReadonlyMap<string, string>>(new Map());
  const [rememberNote, setRememberNote] = useState<string | null>(null);

  const { run: runWork } = work;
  useEffect(() => {
    if (!active) return;
    void runWork("load", () => readWorkbookOverview(excel)).then(
      (o) => o && setRecord((before) => (sameRecord(before, o.record) ? before : o.record)),
    );
  }, [active, excel, runWork]);

  const run = useCallback(async () => {
    if (!record) return;
    await runWork(
      "check",
      async () => {
        setResult(await checkPlan(excel, record, { highlight: highlightNow.current }));
        setCheckedAt(new Date());
      },
      record.plan.name,
    );
  }, [runWork, excel, record]);

  const writeCoverage = () =>
    result &&
    runWork(
      "coverage",
      async () =>
        setCoverageNote(
          s.coverageWritten(
            await writeCoverageSheet(excel, result.validation.coverage, {
              checkedAt: checkedAt ? dateTimeIn(locale, checkedAt) : undefined,
              locale,
            }),
          ),
        ),
      "",
    );

  const remember = (written: string, unit: string) =>
    runWork(
      "remember",
      async () => {
        const kept = await rememberMappings(excel, [{ kind: "unit", written, unit }]);
        setRemembered((before) => new Map(before).set(written, unit));
        setRememberNote(s.rememberedUnit(written, unit, kept.sheet));
      },
      "",
    );

  // Re-check after edits of the plan table, once the burst is over.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Watching starts after the first check, once per record: a new result must not re-register it.
  const hasResult = result !== null;
  useEffect(() => {
    // A plan sheet that is gone (id null) has nothing to watch: the check says so.
    if (!record?.plan.id || !auto || !hasResult) return;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    const planId = record.plan.id;
    watchSheet(excel, planId, () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), RECHECK_DELAY_MS);
    }).then(
      (remove) => (cancelled ? void remove().catch(watchNotStopped) : (stop = remove)),
      () => undefined,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer.current);
      void stop?.().catch(watchNotStopped);
    };
  }, [excel, record, auto, hasResult, run]);

  const pending = setUpPending(record, !!error, s);
  if (pending) return pending;

  const v = result?.validation;
  return (
    <div className={styles.root}>
      <div className={styles.counts}>
        <Button appearance="primary" onClick={() => void run()} disabled={busy !== null || !record}>
          {busy === "check" ? s.checking : s.check}
        </Button>
        <Checkbox label={s.autoRecheck} checked={auto} onChange={(_, d) => setAuto(!!d.checked)} />
      </div>
      <Switch
        label={s.highlight}
        checked={highlight}
        onChange={(_, d) => {
          setHighlight(d.checked);
          highlightNow.current = d.checked;
          // Redraw (or remove) the highlights at once, after any round under way.
          if (result || busy === "check") void run();
        }}
      />
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {v && (
        <>
          <Body1>
            {v.stats.focusPoints.required > 0
              ? s.summary(v.stats.measures, v.stats.focusPoints.covered, v.stats.focusPoints.required)
              : s.summaryPillars(v.stats.measures, v.stats.pillars.covered, v.stats.pillars.required)}
          </Body1>
          <div className={styles.counts} role="status">
            {SEVERITY_ORDER.map((sev) => (
              <Badge key={sev} color={BADGE_COLOR[sev]} appearance={v.stats.findings[sev] ? "filled" : "outline"}>
                {countText(locale, sev, v.stats.findings[sev])}
              </Badge>
            ))}
            <Caption1>{s.checkedAt(checkedAt?.toLocaleTimeString(locale === "en" ? "en" : "zh-TW") ?? "")}</Caption1>
          </div>
          {highlight && !result.highlightProblem && (
            <Caption1>{result.highlightsCapped ? s.highlightsCapped(HIGHLIGHT_LIMIT) : s.highlighted(result.highlighted)}</Caption1>
          )}
          {result.highlightProblem && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {s.highlightFailed(SET_UP_STRINGS[locale].problems[result.highlightProblem](result.planSheet))}
              </MessageBarBody>
            </MessageBar>
          )}
          <CoverageHeatMap matrix={v.coverage.focusPoints} s={s} />
          <UnitHeatMap matrix={v.coverage.units} s={s} />
          <div className={styles.counts}>
            <Button onClick={() => void writeCoverage()} disabled={busy !== null}>
              {busy === "coverage" ? s.writingCoverage : s.writeCoverage}
            </Button>
            {coverageNote && <Caption1 role="status">{coverageNote}</Caption1>}
          </div>
          {rememberNote && (
            <div role="status">
              <Caption1>{rememberNote}</Caption1>
            </div>
          )}
          <Findings
            findings={v.findings}
            s={s}
            locale={locale}
            onGo={(f) => void goToCell(excel, f.sheet, f.cell ?? f.range ?? "A1")}
            remembered={remembered}
            onRemember={busy === null ? (written, unit) => void remember(written, unit) : undefined}
          />
        </>
      )}
    </div>
  );
}

function Findings({
  findings,
  s,
  locale,
  onGo,
  remembered,
  onRemember,
}: {
  findings: Finding[];
  s: CheckStrings;
  locale: Locale;
  onGo: (f: Finding) => void;
  /** Aliases already remembered (written → listed). */
  remembered: ReadonlyMap<string, string>;
  /** Remember a unit's alias; absent while other work runs. */
  onRemember?: (written: string, unit: string) => void;
}) {
  const styles = useStyles();
  if (findings.length === 0) return <Body1>{s.allClear}</Body1>;
  return (
    <section aria-label={s.findingsTitle}>
      <Subtitle2 as="h3">{s.findingsTitle}</Subtitle2>
      {SEVERITY_ORDER.map((sev) => {
        const ofSeverity = findings.filter((f) => f.severity === sev);
        if (ofSeverity.length === 0) return null;
        const groups = new Map<string, Finding[]>();
        for (const f of ofSeverity) {
          const pillar = findingPillar(f);
          const key = pillar !== null ? s.pillarGroup(pillar) : s.wholePlan;
          groups.set(key, [...(groups.get(key) ?? []), f]);
        }
        return (
          <div key={sev}>
            <Body1 as="h4">{countText(locale, sev, ofSeverity.length)}</Body1>
            {[...groups].map(([group, items]) => (
              <div key={group}>
                <Caption1 as="h5">{group}</Caption1>
                <ul className={styles.list}>
                  {items.map((f, i) => {
                    const message = findingMessage(f, locale);
                    const where = f.cell || f.range ? `${f.sheet}!${f.cell ?? f.range}` : "";
                    return (
                      <li key={`${f.code}-${f.cell ?? ""}-${i}`}>
                        {where ? (
                          <Button
                            appearance="subtle"
                            className={styles.finding}
                            onClick={() => onGo(f)}
                            aria-label={s.goTo(where, message)}
                          >
                            {s.findingLine(f.cell ?? f.range ?? "", message)}
                          </Button>
                        ) : (
                          <Caption1>{message}</Caption1>
                        )}
                        {f.code === "unit/unknown" && f.params.suggestion && (
                          <RememberAlias
                            written={f.params.unit}
                            unit={f.params.suggestion}
                            done={remembered.get(f.params.unit) === f.params.suggestion}
                            s={s}
                            onRemember={onRemember}
                          />
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}

/** 「記住：X 就是 Y」 under a unit-not-on-the-list finding; once remembered, it says so and does nothing more. */
function RememberAlias({
  written,
  unit,
  done,
  s,
  onRemember,
}: {
  written: string;
  unit: string;
  done: boolean;
  s: CheckStrings;
  onRemember?: (written: string, unit: string) => void;
}) {
  return (
    <Button size="small" appearance="secondary" disabled={done || !onRemember} onClick={() => onRemember?.(written, unit)}>
      {done ? s.aliasRemembered(written, unit) : s.rememberAlias(written, unit)}
    </Button>
  );
}
