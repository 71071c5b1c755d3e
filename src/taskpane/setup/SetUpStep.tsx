/**
 * Step 1, 套用計畫格式: pick the source sheet and the framework, preview what set-up will do, edit
 * the unit list, apply, and restore the backup. All workbook access goes through src/excel.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FrameworkError } from "../../core/framework/types";
import { ImposeError } from "../../core/impose/errors";
import type { Role } from "../../core/plan";
import { parseUnitList } from "../../core/workbook/unitsSheet";
import { ExcelActionError, excelProblemOf } from "../../excel/errors";
import type { ExcelHost } from "../../excel/host";
import { readWorkbookOverview, type WorkbookOverview } from "../../excel/overview";
import { restoreBackup } from "../../excel/restore";
import { rememberMappings } from "../../excel/mappingsSheet";
import { applySetUp, previewSetUp, type FrameworkChoice, type SetUpPreview } from "../../excel/setUp";
import { MADE_ROLES } from "../../core/workbook/ourSheets";
import { changeMessage, type Change } from "../../core/changes";
import { STRINGS, type Locale } from "../i18n";
import { useExcelWork } from "../useExcelWork";
import { SET_UP_STRINGS, type SetUpStrings } from "./setUpStrings";

const RestoreDialog = lazy(() => import("./RestoreDialog"));

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignSelf: "stretch" },
  // A long framework name must not widen the pane (320 px, 200 % zoom): the select shrinks and clips.
  select: { maxWidth: "100%", minWidth: 0 },
  // Fluent's Textarea keeps a 250 px minimum: at 200 % zoom a 320 px pane has 160 px.
  textarea: { minWidth: 0, width: "100%" },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  preview: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const BUILT_IN_IDS = ["kaohsiung", "vac"];
const ROLE_ORDER: Role[] = ["pillar", "focus", "measure", "units", "deadline", "results", "id"];

function errorMessage(e: unknown, s: SetUpStrings, locale: Locale): string {
  if (e instanceof ImposeError || e instanceof FrameworkError) return e.messageIn(locale);
  if (excelProblemOf(e) === "unknown") console.error(e);
  return s.problems[excelProblemOf(e)](e instanceof ExcelActionError ? e.where : "");
}

/** "kaohsiung", "vac", "detect" or "sheet:NAME" in the framework select. */
function frameworkChoice(value: string): FrameworkChoice {
  if (value === "detect") return { kind: "detect" };
  if (value.startsWith("sheet:")) return { kind: "sheet", sheet: value.slice(6) };
  return { kind: "builtin", id: value };
}

/** `active`: the step is shown (it stays mounted while hidden); shown again, it reads the workbook anew. */
export function SetUpStep({ excel, locale, active = true }: { excel: ExcelHost; locale: Locale; active?: boolean }) {
  const styles = useStyles();
  const s = SET_UP_STRINGS[locale];
  const [overview, setOverview] = useState<WorkbookOverview | null>(null);
  const [source, setSource] = useState("");
  const [framework, setFramework] = useState("detect");
  const [preview, setPreview] = useState<SetUpPreview | null>(null);
  const [unitsText, setUnitsText] = useState("");
  // The measures' column, said by the user when detection could not tell ("" = detect), and the
  // header's columns to choose from (given by the error that said it could not tell).
  const [measureColumn, setMeasureColumn] = useState("");
  const [columnChoices, setColumnChoices] = useState<{ column: string; header: string }[] | null>(null);
  // What the last action achieved; the work's own error replaces it.
  const [done, setDone] = useState<string | null>(null);
  // Where keyboard focus goes once the work is over: the control that made it is gone or was
  // disabled (Apply goes with the preview; the dialog closes), and focus must not fall to the page.
  const [focusNext, setFocusNext] = useState<"preview" | "restore" | null>(null);
  const previewButton = useRef<HTMLButtonElement>(null);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const work = useExcelWork<"load" | "preview" | "apply" | "restore">((e) => errorMessage(e, s, locale));
  const { run: runWork } = work;
  const [confirmRestore, setConfirmRestore] = useState(false);

  const refresh = useCallback(async () => {
    const o = await readWorkbookOverview(excel);
    setOverview(o);
    setSource((current) => {
      if (current && o.sourceCandidates.includes(current)) return current;
      const remembered = o.record?.source.name;
      if (remembered && o.sourceCandidates.includes(remembered)) return remembered;
      return o.sourceCandidates.includes(o.activeSheet) ? o.activeSheet : (o.sourceCandidates[0] ?? "");
    });
    return o;
  }, [excel]);

  useEffect(() => {
    if (active) void runWork("load", refresh);
  }, [active, refresh, runWork]);

  const busy = work.busy !== null;
  const busyLabel = !work.busy
    ? ""
    : work.busy.kind === "apply"
      ? s.applying(work.busy.progress?.done ?? 0, work.busy.progress?.total ?? 4)
      : work.busy.kind === "load"
        ? s.loading
        : s.reading;
  const request = () => ({
    sourceSheet: source,
    framework: frameworkChoice(framework),
    ...(measureColumn ? { columns: { measure: measureColumn } } : {}),
  });

  async function onPreview() {
    setDone(null);
    const p = await runWork("preview", async () => {
      try {
        return await previewSetUp(excel, { ...request(), units: null });
      } catch (e) {
        if (e instanceof ImposeError && e.problem.code === "no-measure-column") setColumnChoices(e.problem.columns);
        throw e;
      }
    });
    setPreview(p ?? null);
    if (p) setUnitsText(p.units.join("\n"));
  }

  useEffect(() => {
    if (!focusNext || work.busy) return;
    (focusNext === "restore" && restoreButton.current ? restoreButton.current : previewButton.current)?.focus();
    setFocusNext(null);
  }, [focusNext, work.busy]);

  async function onApply() {
    setDone(null);
    const units = parseUnitList(unitsText);
    // The measures' column the user picked is remembered by its header (對照表): next year's paste maps by itself.
    const picked = measureColumn ? columnChoices?.find((c) => c.column === measureColumn)?.header.trim() : "";
    const result = await runWork("apply", async (progress) => {
      const applied = await applySetUp(excel, { ...request(), units }, { onProgress: progress });
      const kept = picked ? await rememberMappings(excel, [{ kind: "header", written: picked, role: "measure" }]) : null;
      setPreview(null);
      await refresh();
      return { applied, kept };
    });
    if (result) {
      const { applied, kept } = result;
      const header = kept && kept.added > 0 && picked ? ` ${s.headerRemembered(picked, kept.sheet)}` : "";
      setDone(s.applied(applied.plan.measures.length, applied.record.plan.name, applied.record.backup.name) + header);
    }
    setFocusNext("preview");
  }

  async function onRestore() {
    setConfirmRestore(false);
    setDone(null);
    const result = await runWork("restore", async () => {
      const restored = await restoreBackup(excel);
      setPreview(null);
      await refresh();
      return restored;
    });
    if (result) setDone(s.restored(result.restored));
    setFocusNext("preview");
  }

  if (!overview) {
    return work.error ? (
      <ErrorBar title={s.errorTitle} message={work.error.message} />
    ) : (
      <Spinner size="tiny" labelPosition="after" label={s.loading} />
    );
  }
  const record = overview.record;
  // A framework sheet is one of the user's (not the source, not one of ours: 計畫表 or 單位 would only fail).
  const otherSheets = overview.sourceCandidates.filter((name) => name !== source);
  // Every sheet restore removes, the coverage sheet included, that still exists.
  const removedByRestore = record ? MADE_ROLES.flatMap((role) => (record[role]?.id ? [record[role]!.name] : [])) : [];

  return (
    <div className={styles.form}>
      <Field label={s.sourceLabel} hint={s.sourceHint}>
        <Select
          className={styles.select}
          value={source}
          onChange={(_, d) => (setSource(d.value), setPreview(null), setMeasureColumn(""), setColumnChoices(null))}
          disabled={busy}
        >
          {overview.sourceCandidates.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.frameworkLabel}>
        <Select className={styles.select} value={framework} onChange={(_, d) => (setFramework(d.value), setPreview(null))} disabled={busy}>
          <option value="detect">{s.frameworkDetect}</option>
          {BUILT_IN_IDS.map((id) => (
            <option key={id} value={id}>
              {s.frameworkBuiltIn[id]}
            </option>
          ))}
          {otherSheets.map((name) => (
            <option key={name} value={`sheet:${name}`}>
              {s.frameworkSheet(name)}
            </option>
          ))}
        </Select>
      </Field>
      {columnChoices && (
        <Field label={s.measureColumnLabel} hint={s.measureColumnHint}>
          <Select
            className={styles.select}
            value={measureColumn}
            onChange={(_, d) => (setMeasureColumn(d.value), setPreview(null))}
            disabled={busy}
          >
            <option value="">{s.measureColumnDetect}</option>
            {columnChoices.map((c) => (
              <option key={c.column} value={c.column}>
                {s.measureColumnOption(c.column, c.header)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.row}>
        <Button ref={previewButton} appearance={preview ? "secondary" : "primary"} onClick={onPreview} disabled={busy || source === ""}>
          {s.preview}
        </Button>
        {record && (
          <Button ref={restoreButton} onClick={() => setConfirmRestore(true)} disabled={busy}>
            {s.restore}
          </Button>
        )}
      </div>

      {preview && <PreviewPanel preview={preview} s={s} locale={locale} />}
      {preview && (
        <>
          <Field label={s.unitsLabel} hint={preview.unitsSheet ? s.unitsFromSheet(preview.unitsSheet) : s.unitsHint}>
            <Textarea
              className={styles.textarea}
              value={unitsText}
              onChange={(_, d) => setUnitsText(d.value)}
              rows={Math.min(8, Math.max(3, preview.units.length))}
              disabled={busy}
            />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" onClick={onApply} disabled={busy}>
              {s.apply}
            </Button>
          </div>
        </>
      )}

      {work.busy && (
        <Field validationMessage={busyLabel} validationState="none">
          <ProgressBar value={work.busy.progress ? work.busy.progress.done / work.busy.progress.total : undefined} aria-label={busyLabel} />
        </Field>
      )}
      {/* What an action achieved, or why it failed, is announced (a live region). */}
      <div role="status" aria-live="polite">
        {done && !work.busy && !work.error && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        )}
        {work.error && !work.busy && <ErrorBar title={s.errorTitle} message={work.error.message} />}
      </div>

      {record && confirmRestore && (
        <Suspense fallback={null}>
          <RestoreDialog
            title={s.restoreTitle}
            body={s.restoreBody(record.source.name, record.backup.name, removedByRestore)}
            confirm={s.restoreConfirm}
            cancel={s.cancel}
            onConfirm={onRestore}
            onCancel={() => (setConfirmRestore(false), setFocusNext("restore"))}
          />
        </Suspense>
      )}
    </div>
  );
}

function ErrorBar({ title, message }: { title: string; message: string }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {message}
      </MessageBarBody>
    </MessageBar>
  );
}

function PreviewPanel({ preview, s, locale }: { preview: SetUpPreview; s: SetUpStrings; locale: Locale }) {
  const styles = useStyles();
  const { plan } = preview;
  const columns = plan.header.columns;
  const labels = plan.header.labels;
  const mapped = ROLE_ORDER.flatMap((role) => {
    const col = columns[role as Exclude<Role, never>] as number | undefined;
    return col === undefined ? [] : [`${labels[col] || s.blankHeader} → ${s.roles[role]}`];
  });
  const kept = columns.extra.map((e) => `${e.name} → ${s.keptColumn}`);
  return (
    <section className={styles.preview} aria-label={s.previewTitle}>
      <Subtitle2 as="h3">{s.previewTitle}</Subtitle2>
      <Body1>{s.measuresFound(plan.measures.length, preview.sourceSheet)}</Body1>
      <Caption1>{s.frameworkUsed(s.frameworkBuiltIn[preview.framework.id] ?? preview.framework.name)}</Caption1>
      {preview.record && <Caption1>{s.updatesInPlace(preview.record.plan.name)}</Caption1>}
      <Body1 as="h4">{s.columnsTitle}</Body1>
      <ul className={styles.list}>
        {[...mapped, ...kept].map((line) => (
          <li key={line}>
            <Caption1>{line}</Caption1>
          </li>
        ))}
      </ul>
      <Body1 as="h4">{s.unmappedTitle}</Body1>
      {preview.unmapped.length === 0 ? <Caption1>{s.nothingUnmapped}</Caption1> : <ChangeList changes={preview.unmapped} locale={locale} />}
      {preview.remembered.length > 0 && (
        <>
          <Body1 as="h4">{s.rememberedTitle}</Body1>
          <ChangeList changes={preview.remembered} locale={locale} />
        </>
      )}
      {preview.toConfirm.length > 0 && (
        <>
          <Body1 as="h4">{s.toConfirmTitle}</Body1>
          <ChangeList changes={preview.toConfirm} locale={locale} />
        </>
      )}
      <Accordion collapsible multiple>
        <AccordionItem value="measures">
          <AccordionHeader as="h4" size="small">
            {s.measuresTitle(plan.measures.length)}
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {plan.measures.map((m) => (
                <li key={m.id}>
                  <Caption1>{`${m.id} ${m.title || m.text.split("\n")[0]}${m.units.length ? `〔${m.units.join("、")}〕` : ""} ${m.source.cell}`}</Caption1>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="changes">
          <AccordionHeader as="h4" size="small">
            {s.changesTitle(plan.changes.length)}
          </AccordionHeader>
          <AccordionPanel>
            <ChangeList changes={plan.changes} locale={locale} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {preview.carried > 0 && <Caption1>{s.carried(preview.carried)}</Caption1>}
      {preview.dropped.length > 0 && <Caption1>{s.dropped(preview.dropped)}</Caption1>}
    </section>
  );
}

/** Changes as "C35：…" lines, in the pane's language. */
function ChangeList({ changes, locale }: { changes: readonly Change[]; locale: Locale }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {changes.map((c, i) => (
        <li key={i}>
          <Caption1>{`${c.cell ? `${c.cell}${STRINGS[locale].labelSeparator}` : ""}${changeMessage(c, locale)}`}</Caption1>
        </li>
      ))}
    </ul>
  );
}
