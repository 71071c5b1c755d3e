/**
 * Step 3, 產製附表: which table, the agency and the year for its title (suggested from the plan's
 * own title), the font; build; a sentence saying where it is and how to print it. The sheet is
 * activated by the build; focus moves to the sentence, which is also announced.
 */
import { useEffect, useRef, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { ANNEX_KINDS, DEFAULT_ANNEX_FONT, type AnnexKind } from "../../core/annex/annexes";
import { suggestAnnexFields, writeAnnex, type AnnexWritten } from "../../excel/annexSheet";
import type { ExcelHost } from "../../excel/host";
import type { Locale } from "../i18n";
import { stepProblemText } from "../stepProblem";
import { useExcelWork } from "../useExcelWork";
import { useSetUpRecord } from "../useSetUpRecord";
import { ANNEX_STRINGS } from "./annexStrings";
import { setUpPending } from "../setUpPending";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignSelf: "stretch", minWidth: 0 },
  field: { maxWidth: "100%" },
  // Fluent's Input is at least 250 px wide: at 200 % zoom a 320 px pane has 160 px.
  input: { minWidth: 0, width: "100%" },
});

const yearOf = (text: string): number | null | "invalid" =>
  text.trim() === "" ? null : /^\d{2,3}$/.test(text.trim()) ? Number(text) : "invalid";
const fontOk = (font: string) => font.trim() !== "" && font.trim().length <= 31;

export function AnnexStep({ excel, locale, active = true }: { excel: ExcelHost; locale: Locale; active?: boolean }) {
  const styles = useStyles();
  const s = ANNEX_STRINGS[locale];
  const [kind, setKind] = useState<AnnexKind>("measures");
  const [agency, setAgency] = useState("");
  const [year, setYear] = useState("");
  const [font, setFont] = useState(DEFAULT_ANNEX_FONT);
  // Suggestions fill a field only while the user has not typed in it.
  const typed = useRef({ agency: false, year: false });
  const [written, setWritten] = useState<{ result: AnnexWritten; kind: AnnexKind } | null>(null);
  const [tried, setTried] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const work = useExcelWork<"load" | "build">(stepProblemText(locale, s.needsSetUp));
  const { run } = work;

  const { record } = useSetUpRecord(excel, active, work);
  useEffect(() => {
    if (!record) return;
    void run("load", async () => {
      const suggested = await suggestAnnexFields(excel, record);
      if (!typed.current.agency && suggested.agency) setAgency(suggested.agency);
      if (!typed.current.year && suggested.year !== null) setYear(String(suggested.year));
    });
  }, [record, excel, run]);

  useEffect(() => {
    if (written) resultRef.current?.focus();
  }, [written]);

  const parsedYear = yearOf(year);
  const build = async () => {
    setTried(true);
    if (!record || parsedYear === "invalid" || !fontOk(font)) return;
    const result = await run(
      "build",
      (progress) => writeAnnex(excel, record, { kind, agency: agency.trim(), year: parsedYear, font: font.trim() }, progress),
      record.plan.name,
    );
    if (result) setWritten({ result, kind });
  };

  const pending = setUpPending(record, !!work.error, s);
  if (pending) return pending;
  const busy = work.busy?.kind === "build" ? work.busy : null;
  return (
    <div className={styles.root}>
      <Field label={s.kindLabel}>
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as AnnexKind)}>
          {ANNEX_KINDS.map((k) => (
            <Radio key={k} value={k} label={`${s.kinds[k].name}（${s.kinds[k].hint}）`} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={s.agencyLabel} hint={s.agencyHint} className={styles.field}>
        <Input
          className={styles.input}
          value={agency}
          onChange={(_, d) => {
            typed.current.agency = true;
            setAgency(d.value);
          }}
        />
      </Field>
      <Field
        label={s.yearLabel}
        hint={s.yearHint}
        validationState={tried && parsedYear === "invalid" ? "error" : "none"}
        validationMessage={tried && parsedYear === "invalid" ? s.yearInvalid : undefined}
        className={styles.field}
      >
        <Input
          className={styles.input}
          value={year}
          inputMode="numeric"
          onChange={(_, d) => {
            typed.current.year = true;
            setYear(d.value);
          }}
        />
      </Field>
      <Field
        label={s.fontLabel}
        hint={s.fontHint}
        validationState={tried && !fontOk(font) ? "error" : "none"}
        validationMessage={tried && !fontOk(font) ? s.fontInvalid : undefined}
        className={styles.field}
      >
        <Input className={styles.input} value={font} onChange={(_, d) => setFont(d.value)} />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void build()} disabled={work.busy !== null}>
          {busy ? s.building(busy.progress?.done ?? 0, busy.progress?.total ?? 2) : s.build}
        </Button>
      </div>
      {work.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{work.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {written && !busy && (
        <div ref={resultRef} tabIndex={-1} role="status">
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {s.built(s.kinds[written.kind].name, written.result.sheet, written.result.measures, written.result.pages)} {s.howToPrint}
            </MessageBarBody>
          </MessageBar>
          {!written.result.fitKept && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{s.fitNotKept}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
    </div>
  );
}
