/**
 * Step 5, 發布: which table, which format; the pre-publication check first (personal data,
 * formula-like text, results missing, plan errors still open), its findings with their cells, and the
 * user's choice: fix, or export anyway. Then the file downloads, named after the agency, the year, the
 * table and the day; where the pane cannot download (Excel for Mac) the table opens as a new workbook.
 * Nothing in the workbook is written.
 */
import { useEffect, useRef, useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ANNEX_KINDS, DEFAULT_ANNEX_FONT, type AnnexKind } from "../../core/annex/annexes";
import { findingMessage } from "../../core/checks/messages";
import { PERIODS, type Period } from "../../core/results/resultsSheet";
import type { SheetRole } from "../../core/workbook/ourSheets";
import { suggestAnnexFields } from "../../excel/annexSheet";
import { goToCell } from "../../excel/checkPlan";
import { prepareExport, type ExportPrepared } from "../../excel/exportSheet";
import type { ExcelHost } from "../../excel/host";
import type { Locale } from "../i18n";
import { stepProblemText } from "../stepProblem";
import { useExcelWork } from "../useExcelWork";
import { useSetUpRecord } from "../useSetUpRecord";
import type { MissingGlyph } from "../../files/pdf/pdfDocument";
import { downloadFile, exportFileName, type Download } from "./downloadFile";
import type { PaneFormat } from "./exportFiles";
import { EXPORT_STRINGS } from "./exportStrings";
import { fetchPdfFonts, PdfFontLoadError } from "./pdfFonts";
import { setUpPending } from "../setUpPending";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignSelf: "stretch", minWidth: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  link: { overflowWrap: "anywhere" },
});

// exportFiles.ts's PANE_FORMATS, in the order shown (that module loads only when an export starts).
const FORMATS: readonly PaneFormat[] = ["ods", "pdf", "xlsx", "csv", "html"];

interface Done {
  download?: Download;
  kb: number;
  neutralised: number;
  missing: MissingGlyph[];
  opened?: boolean;
  clean: boolean;
}
const ROLE_OF: Record<AnnexKind, SheetRole> = { plan: "annexPlan", measures: "annexMeasures", results: "annexResults" };

export function ExportStep({
  excel,
  locale,
  platform,
  active = true,
}: {
  excel: ExcelHost;
  locale: Locale;
  /** Office's platform ("Mac" cannot download from a pane). */
  platform?: string;
  active?: boolean;
}) {
  const styles = useStyles();
  const s = EXPORT_STRINGS[locale];
  const [kind, setKind] = useState<AnnexKind>("measures");
  const [period, setPeriod] = useState<Period>("年終");
  const [format, setFormat] = useState<PaneFormat>("ods");
  const [bom, setBom] = useState(true);
  const [checked, setChecked] = useState<ExportPrepared | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const problem = stepProblemText(locale, s.needsSetUp);
  const work = useExcelWork<"load" | "check" | "export">((e, where) => (e instanceof PdfFontLoadError ? s.fontFailed : problem(e, where)));
  const { run } = work;
  const { record } = useSetUpRecord(excel, active, work);
  const mac = platform === "Mac";

  // The object URL of the last download lives while its link is shown.
  useEffect(() => () => done?.download?.revoke(), [done]);
  useEffect(() => {
    if (done || checked) resultRef.current?.focus();
  }, [done, checked]);

  const write = async (prepared: ExportPrepared, clean: boolean) => {
    const result = await run("export", async (progress): Promise<Done> => {
      // The writers load only now: the pane starts without them.
      const files = await import("./exportFiles");
      if (mac && excel.openAsNewWorkbook) {
        await excel.openAsNewWorkbook(files.base64Of(files.xlsxBytes(prepared)));
        return { kb: 0, neutralised: 0, missing: [], opened: true, clean };
      }
      const pdfFonts = () => fetchPdfFonts((done, total) => progress({ done, total }));
      const file = await files.exportFile(prepared, format, { bom, pdfFonts });
      const name = exportFileName(prepared.request.agency, prepared.request.year, prepared.spec.name, format);
      const kb = Math.max(1, Math.round(file.bytes.length / 1024));
      const missing = file.missing.map((g) => ({ ...g, cells: g.cells.map((c) => `${prepared.spec.name}!${c}`) }));
      return { download: downloadFile(file.bytes, name, file.mime), kb, neutralised: file.neutralised, missing, clean };
    });
    if (result) {
      setChecked(null);
      setDone(result);
    }
  };

  const check = async () => {
    if (!record) return;
    setDone(null);
    const prepared = await run(
      "check",
      async () => {
        const title = await suggestAnnexFields(excel, record);
        return prepareExport(excel, record, { kind, font: DEFAULT_ANNEX_FONT, ...title, ...(kind === "results" ? { period } : {}) });
      },
      record.plan.name,
    );
    if (!prepared) return;
    if (prepared.findings.length === 0) await write(prepared, true);
    else setChecked(prepared);
  };

  const pending = setUpPending(record, !!work.error, s);
  if (pending) return pending;
  // A finding's cell is on the annex as step 3 builds it: on our sheet of that table, when there is one.
  const annexSheet = checked && record ? record[ROLE_OF[checked.request.kind]]?.name : undefined;
  const busy = work.busy;
  return (
    <div className={styles.root}>
      <Field label={s.kindLabel}>
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as AnnexKind)}>
          {ANNEX_KINDS.map((k) => (
            <Radio key={k} value={k} label={s.kinds[k]} />
          ))}
        </RadioGroup>
      </Field>
      {kind === "results" && (
        <Field label={s.periodLabel}>
          <RadioGroup layout="horizontal" value={period} onChange={(_, d) => setPeriod(d.value as Period)}>
            {PERIODS.map((p) => (
              <Radio key={p} value={p} label={s.periods[p]} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {!mac && (
        <Field label={s.formatLabel} hint={format === "pdf" ? s.pdfNote : undefined}>
          <RadioGroup value={format} onChange={(_, d) => setFormat(d.value as PaneFormat)}>
            {FORMATS.map((f) => (
              <Radio key={f} value={f} label={s.formats[f]} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {!mac && format === "csv" && (
        <Field hint={s.bomHint}>
          <Checkbox checked={bom} onChange={(_, d) => setBom(d.checked === true)} label={s.bomLabel} />
        </Field>
      )}
      {mac && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.macNote}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void check()}>
          {busy?.kind === "check" ? s.checking : mac ? s.openAsWorkbook : s.check}
        </Button>
      </div>
      {busy?.kind === "export" && (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={format === "pdf" && !mac ? s.makingPdf(busy.progress && busy.progress.total > 0 ? busy.progress : null) : s.exporting}
        />
      )}
      <Text size={200}>{s.nothingChanged}</Text>
      {work.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{work.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {checked && !busy && (
        <section ref={resultRef} tabIndex={-1} aria-label={s.findingsTitle(checked.findings.length)}>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{s.findingsTitle(checked.findings.length)}</MessageBarBody>
          </MessageBar>
          <ul className={styles.list}>
            {checked.findings.map((f, i) => (
              <li key={i}>
                {findingMessage(f, locale)}{" "}
                {f.cell && annexSheet && (
                  <Button size="small" appearance="transparent" onClick={() => void goToCell(excel, annexSheet, f.cell!)}>
                    {s.goTo(`${annexSheet}!${f.cell}`)}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <div className={styles.buttons}>
            <Button onClick={() => void write(checked, false)}>{s.exportAnyway}</Button>
            <Button onClick={() => void check()}>{s.checkAgain}</Button>
          </div>
        </section>
      )}
      {done && !busy && (
        <div ref={resultRef} tabIndex={-1} role="status">
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {done.clean && `${s.clean} `}
              {done.opened ? s.opened : s.downloaded(done.download!.name, done.kb)}{" "}
              {done.neutralised > 0 && s.neutralised(done.neutralised)}
            </MessageBarBody>
          </MessageBar>
          {done.missing.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {s.missingGlyphs(done.missing.length)}
                <ul className={styles.list}>
                  {done.missing.map((g) => (
                    <li key={g.codePoint}>{s.missingGlyph(g.char, g.codePoint, g.cells.join("、"))}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {done.download && (
            <Text as="p" size={200}>
              {s.linkHint}{" "}
              <a className={styles.link} href={done.download.url} download={done.download.name}>
                {done.download.name}
              </a>
            </Text>
          )}
        </div>
      )}
    </div>
  );
}
