/**
 * Step 4, 填報成效. A section chief picks the unit once (remembered on this computer), sees the
 * unit's measures for the period as a form, types and saves; a cell a co-author changed meanwhile
 * comes back with both texts and the chief chooses. A co-author's change refreshes the form, what the
 * chief has not saved staying as typed. The secretariat makes the results sheet, protects it (saying
 * plainly what Excel can and cannot enforce), and compiles the period into 附件二 with who has not
 * reported, the figures per unit, and the targets read from the plan.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DEFAULT_ANNEX_FONT } from "../../core/annex/annexes";
import { findingMessage } from "../../core/checks/messages";
import { PERIODS, STATUSES, type Period } from "../../core/results/resultsSheet";
import { suggestAnnexFields, writeAnnex, type AnnexWritten } from "../../excel/annexSheet";
import { goToCell, watchSheet } from "../../excel/checkPlan";
import type { ExcelHost } from "../../excel/host";
import {
  FORM_FIELDS,
  FormOutOfDate,
  loadUnitForm,
  saveUnitForm,
  unitsOnResultsSheet,
  type Conflict,
  type FormField,
  type UnitForm,
} from "../../excel/resultsForm";
import { isSheetProtected, makeResultsSheet, protectResultsSheet, type ResultsSheetMade } from "../../excel/resultsSheet";
import type { SetUpRecord } from "../../excel/setUpRecord";
import type { Locale } from "../i18n";
import { stepProblemText } from "../stepProblem";
import { useExcelWork } from "../useExcelWork";
import { useSetUpRecord } from "../useSetUpRecord";
import { RESULTS_STRINGS, type ResultsRole, type ResultsStrings } from "./resultsStrings";
import type { UnitMemory } from "./unitMemory";
import { setUpPending } from "../setUpPending";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignSelf: "stretch", minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  measure: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  both: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalXS,
    textAlign: "start",
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  link: { height: "auto", minWidth: 0, padding: 0, textAlign: "start", justifyContent: "flex-start" },
});

/** Mid-year until June, the year end after. */
const periodNow = (d = new Date()): Period => (d.getMonth() < 6 ? "期中" : "年終");

type Edits = Map<string, Partial<Record<FormField, string>>>;

export function ResultsStep({
  excel,
  locale,
  memory,
  active = true,
}: {
  excel: ExcelHost;
  locale: Locale;
  memory?: UnitMemory;
  active?: boolean;
}) {
  const styles = useStyles();
  const s = RESULTS_STRINGS[locale];
  const [role, setRole] = useState<ResultsRole>("chief");
  const [period, setPeriod] = useState<Period>(periodNow());
  const work = useExcelWork<"load" | "form" | "save" | "make" | "protect" | "compile">(stepProblemText(locale, s.needsSetUp));
  const { record, reload: loadRecord } = useSetUpRecord(excel, active, work);

  const pending = setUpPending(record, !!work.error, s);
  if (pending) return pending;
  return (
    <div className={styles.root}>
      <Field label={s.roleLabel}>
        <RadioGroup value={role} onChange={(_, d) => setRole(d.value as ResultsRole)}>
          {(["chief", "secretariat"] as const).map((r) => (
            <Radio key={r} value={r} label={s.roles[r]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={s.periodLabel}>
        <RadioGroup layout="horizontal" value={period} onChange={(_, d) => setPeriod(d.value as Period)}>
          {PERIODS.map((p) => (
            <Radio key={p} value={p} label={s.periods[p]} />
          ))}
        </RadioGroup>
      </Field>
      {record && role === "chief" && (
        <ChiefForm excel={excel} record={record} period={period} s={s} memory={memory} work={work} active={active} />
      )}
      {record && role === "secretariat" && (
        <Secretariat excel={excel} record={record} period={period} s={s} locale={locale} work={work} onMade={loadRecord} />
      )}
      {work.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{work.error.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

type Work = ReturnType<typeof useExcelWork<"load" | "form" | "save" | "make" | "protect" | "compile">>;

function ChiefForm({
  excel,
  record,
  period,
  s,
  memory,
  work,
  active,
}: {
  excel: ExcelHost;
  record: SetUpRecord;
  period: Period;
  s: ResultsStrings;
  memory?: UnitMemory;
  work: Work;
  active: boolean;
}) {
  const styles = useStyles();
  const { run } = work;
  const sheetId = record.results?.id ?? null;
  const [units, setUnits] = useState<string[]>([]);
  const [unit, setUnit] = useState("");
  const [by, setBy] = useState("");
  const [form, setForm] = useState<UnitForm | null>(null);
  const [edits, setEdits] = useState<Edits>(new Map());
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!sheetId || !active) return;
    void run("form", async () => {
      const [onSheet, remembered] = await Promise.all([unitsOnResultsSheet(excel, sheetId), memory?.recall() ?? null]);
      setUnits(onSheet);
      if (remembered) {
        setBy((b) => b || remembered.by);
        setUnit((u) => u || (onSheet.includes(remembered.unit) ? remembered.unit : ""));
      }
    });
  }, [active, excel, memory, run, sheetId]);

  // The form and the edits as they are now, for a reload to keep what the chief typed.
  const current = useRef({ form, edits });
  current.current = { form, edits };
  const reload = useCallback(
    (message: string | null) =>
      run("form", async () => {
        if (!sheetId || !unit) return;
        setForm(keepTypedBase(current.current.form, await loadUnitForm(excel, sheetId, unit, period), current.current.edits));
        setNotice(message);
      }),
    [excel, period, run, sheetId, unit],
  );
  useEffect(() => {
    void reload(null);
  }, [reload]);

  // A co-author's change (or the user's own typing in the sheet) refreshes the form; what is typed in it stays.
  const reloadNow = useRef(reload);
  reloadNow.current = reload;
  const refreshed = useRef(s.refreshed);
  refreshed.current = s.refreshed;
  useEffect(() => {
    if (!sheetId || !unit || !active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchSheet(excel, sheetId, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reloadNow.current(refreshed.current), 400);
    });
    return () => {
      clearTimeout(timer);
      void stop.then((remove) => remove()).catch(() => undefined);
    };
  }, [active, excel, sheetId, unit]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const valueOf = (key: string, field: FormField, loaded: string) => edits.get(key)?.[field] ?? loaded;
  const type = (key: string, field: FormField, value: string) =>
    setEdits((before) => new Map(before).set(key, { ...before.get(key), [field]: value }));
  const changes = useMemo(
    () =>
      (form?.rows ?? []).reduce((n, r) => n + FORM_FIELDS.filter((f) => (edits.get(r.key)?.[f] ?? r.loaded[f]) !== r.loaded[f]).length, 0),
    [form, edits],
  );

  const save = async (formNow: UnitForm, editsNow: Edits) => {
    const saved = await run(
      "save",
      async () => {
        try {
          return await saveUnitForm(excel, formNow, editsNow, by);
        } catch (e) {
          if (!(e instanceof FormOutOfDate)) throw e;
          setForm(await loadUnitForm(excel, formNow.sheetId, formNow.unit, formNow.period));
          return "reloaded" as const;
        }
      },
      formNow.unit,
    );
    if (saved === undefined) return;
    if (saved === "reloaded") {
      setNotice(s.outOfDate);
      return;
    }
    await memory?.remember({ unit: formNow.unit, by });
    setForm({ ...formNow, rows: saved.rows });
    // What reached the sheet is no longer an edit; what came back as a conflict stays typed.
    const kept: Edits = new Map();
    for (const r of saved.rows)
      for (const [field, value] of Object.entries(editsNow.get(r.key) ?? {}) as [FormField, string][])
        if (value !== r.loaded[field]) kept.set(r.key, { ...kept.get(r.key), [field]: value });
    setEdits(kept);
    setConflicts(saved.conflicts);
    setNotice(saved.written > 0 ? s.saved(saved.written) : saved.conflicts.length ? null : s.nothingToSave);
  };

  const choose = (c: Conflict, value: string) => {
    if (!form) return;
    const rows = form.rows.map((r) => (r.key === c.key ? { ...r, loaded: { ...r.loaded, [c.field]: c.sheetNow } } : r));
    const next = new Map(edits).set(c.key, { ...edits.get(c.key), [c.field]: value });
    setConflicts((all) => all.filter((x) => x !== c));
    void save({ ...form, rows }, next);
  };

  if (!sheetId)
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{s.noSheet}</MessageBarBody>
      </MessageBar>
    );
  const saving = work.busy?.kind === "save";
  return (
    <>
      <Field label={s.unitLabel} hint={s.unitHint}>
        <Select value={unit} onChange={(_, d) => setUnit(d.value)}>
          <option value="">{s.unitPlaceholder}</option>
          {units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.byLabel} hint={s.byHint}>
        <Input className={styles.input} value={by} onChange={(_, d) => setBy(d.value)} />
      </Field>
      {notice && (
        <div ref={noticeRef} tabIndex={-1} role="status">
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      {conflicts.length > 0 && (
        <section aria-label={s.conflictsTitle}>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{s.conflictsTitle}</MessageBarBody>
          </MessageBar>
          {conflicts.map((c) => (
            <fieldset key={`${c.key}/${c.field}`} className={styles.row}>
              <legend className={styles.legend}>{s.conflict(c.id, s.fields[c.field])}</legend>
              <p className={styles.both}>
                {s.mine}：{c.mine}
              </p>
              <p className={styles.both}>
                {s.theirs}：{c.theirs}
              </p>
              <div className={styles.buttons}>
                <Button onClick={() => choose(c, c.mine)}>{s.keepMine}</Button>
                <Button onClick={() => choose(c, c.theirs)}>{s.keepTheirs}</Button>
              </div>
            </fieldset>
          ))}
        </section>
      )}
      {form && unit && form.rows.length === 0 && <Text>{s.noRows(unit)}</Text>}
      {form &&
        form.rows.map((r) => (
          <fieldset key={r.key} className={styles.row}>
            <legend className={styles.legend}>{r.id}</legend>
            <Text className={styles.measure}>{r.measure}</Text>
            <Field label={s.fields.status}>
              <Select value={valueOf(r.key, "status", r.loaded.status)} onChange={(_, d) => type(r.key, "status", d.value)}>
                <option value="">{s.statusNone}</option>
                {[
                  ...STATUSES,
                  ...(r.loaded.status && !(STATUSES as readonly string[]).includes(r.loaded.status) ? [r.loaded.status] : []),
                ].map((st) => (
                  <option key={st} value={st}>
                    {st}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={s.fields.result}>
              <Textarea
                className={styles.input}
                resize="vertical"
                value={valueOf(r.key, "result", r.loaded.result)}
                onChange={(_, d) => type(r.key, "result", d.value)}
              />
            </Field>
            <Field label={s.fields.figure} hint={s.figureHint}>
              <Input
                className={styles.input}
                value={valueOf(r.key, "figure", r.loaded.figure)}
                onChange={(_, d) => type(r.key, "figure", d.value)}
              />
            </Field>
          </fieldset>
        ))}
      {form && form.rows.length > 0 && (
        <div>
          <Button appearance="primary" disabled={work.busy !== null} onClick={() => void save(form, edits)}>
            {saving ? s.saving : s.save(changes)}
          </Button>
        </div>
      )}
    </>
  );
}

/**
 * A form loaded again, where a cell the chief is typing in keeps the base it was loaded with: had a
 * co-author's text become the base, saving would write over it unseen; kept, saving finds the
 * difference and shows both texts.
 */
function keepTypedBase(before: UnitForm | null, fresh: UnitForm, edits: Edits): UnitForm {
  const old = new Map((before?.rows ?? []).map((r) => [r.key, r]));
  return {
    ...fresh,
    rows: fresh.rows.map((r) => {
      const typed = edits.get(r.key);
      const was = old.get(r.key);
      if (!typed || !was) return r;
      const kept = Object.fromEntries(Object.keys(typed).map((f) => [f, was.loaded[f as FormField]]));
      return { ...r, loaded: { ...r.loaded, ...kept } };
    }),
  };
}

function Secretariat({
  excel,
  record,
  period,
  s,
  locale,
  work,
  onMade,
}: {
  excel: ExcelHost;
  record: SetUpRecord;
  period: Period;
  s: ResultsStrings;
  locale: Locale;
  work: Work;
  onMade: () => Promise<unknown>;
}) {
  const styles = useStyles();
  const { run } = work;
  const sheetId = record.results?.id ?? null;
  const [made, setMade] = useState<ResultsSheetMade | null>(null);
  const [locked, setLocked] = useState<boolean | null>(null);
  const [compiled, setCompiled] = useState<AnnexWritten | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sheetId) void run("protect", async () => setLocked(await isSheetProtected(excel, sheetId)));
  }, [excel, run, sheetId]);
  useEffect(() => {
    if (made || compiled) resultRef.current?.focus();
  }, [made, compiled]);

  const make = async () => {
    const result = await run("make", (progress) => makeResultsSheet(excel, record, period, progress), record.plan.name);
    if (!result) return;
    setCompiled(null);
    setMade(result);
    await onMade();
  };
  const compile = async () => {
    const result = await run(
      "compile",
      async (progress) => {
        const title = await suggestAnnexFields(excel, record);
        return writeAnnex(excel, record, { kind: "results", font: DEFAULT_ANNEX_FONT, ...title, period }, progress);
      },
      record.plan.name,
    );
    if (!result) return;
    setMade(null);
    setCompiled(result);
  };
  const busy = work.busy;
  const c = compiled?.compiled;
  const h = s.figureHeaders;
  const missing = c?.findings.filter((f) => f.code === "results/missing") ?? [];
  return (
    <>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void make()}>
          {busy?.kind === "make" ? s.making(busy.progress?.done ?? 0, busy.progress?.total ?? 3) : s.make}
        </Button>
        <Button disabled={busy !== null || !sheetId} onClick={() => void compile()}>
          {busy?.kind === "compile" ? s.compiling(busy.progress?.done ?? 0, busy.progress?.total ?? 3) : s.compile}
        </Button>
      </div>
      {sheetId && locked !== null && (
        <Field hint={s.protectHonest}>
          <Switch
            checked={locked}
            label={s.protectLabel}
            disabled={busy !== null}
            onChange={(_, d) =>
              void run("protect", async () => {
                await protectResultsSheet(excel, sheetId, d.checked);
                setLocked(d.checked);
              })
            }
          />
        </Field>
      )}
      {(made || compiled) && !busy && (
        <div ref={resultRef} tabIndex={-1} role="status">
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {made && s.made(made.sheet, made.rows, made.toFill, made.parked)}
              {made && made.retried > 0 && ` ${s.remade}`}
              {compiled &&
                c &&
                s.compiled(
                  compiled.sheet,
                  c.byUnit.reduce((n, u) => n + u.reported, 0),
                  c.byUnit.reduce((n, u) => n + u.rows, 0),
                )}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {c && (
        <>
          <table className={styles.table}>
            <caption>{s.figuresCaption}</caption>
            <thead>
              <tr>
                {[h.unit, h.rows, h.reported, h.done, h.inProgress, h.notStarted].map((t) => (
                  <th key={t} scope="col" className={styles.cell}>
                    {t}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {c.byUnit.map((u) => (
                <tr key={u.unit}>
                  <th scope="row" className={styles.cell}>
                    {u.unit}
                  </th>
                  {[u.rows, u.reported, u.done, u.inProgress, u.notStarted].map((n, i) => (
                    <td key={i} className={styles.cell}>
                      {n}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <section aria-label={s.missingTitle}>
            <Text weight="semibold">{s.missingTitle}</Text>
            {missing.length === 0 ? (
              <Text as="p">{s.allReported}</Text>
            ) : (
              <ul className={styles.list}>
                {missing.map((f) => (
                  <li key={`${f.sheet}!${f.cell}`}>
                    <Button appearance="transparent" className={styles.link} onClick={() => void goToCell(excel, f.sheet, f.cell ?? "A1")}>
                      {findingMessage(f, locale)}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {c.targets.length > 0 && (
            <section aria-label={s.targetsTitle}>
              <Text weight="semibold">{s.targetsTitle}</Text>
              <ul className={styles.list}>
                {c.targets.map((t, i) => (
                  <li key={i}>
                    {t.id} {s.target(t.target.text, t.asked, t.target.unit, t.achieved, t.met)}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
