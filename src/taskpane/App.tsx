/**
 * The task pane: a title, the five steps of the plan year as a vertical tab list (DESIGN.md §6),
 * and the selected step's panel. Knows nothing of Office.js: whether it runs in Excel, and in which
 * language, comes in as `hostState` (see officeHost.ts and index.tsx).
 */
import { lazy, Suspense, useId, useState } from "react";
import {
  Badge,
  Body1,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { STEP_IDS, STRINGS, localeFor, otherLocale, type Locale, type StepId } from "./i18n";
import type { OfficeHostState } from "./officeHost";
import type { ExcelHost } from "../excel/host";
import { SetUpStep } from "./setup/SetUpStep";
import type { UnitMemory } from "./results/unitMemory";

// Step 1 opens with the pane; the others load when first opened, so the pane starts with less
// JavaScript (issue 14: the initial bundle at most 2.0× the official React template's).
const CheckStep = lazy(() => import("./check/CheckStep").then((m) => ({ default: m.CheckStep })));
const AnnexStep = lazy(() => import("./annex/AnnexStep").then((m) => ({ default: m.AnnexStep })));
const ResultsStep = lazy(() => import("./results/ResultsStep").then((m) => ({ default: m.ResultsStep })));
const ExportStep = lazy(() => import("./export/ExportStep").then((m) => ({ default: m.ExportStep })));
const YearStep = lazy(() => import("./year/YearStep").then((m) => ({ default: m.YearStep })));

export interface AppProps {
  /** Where the pane runs; undefined while that is still being found out. */
  hostState?: OfficeHostState;
  /** The workbook the steps work on (Excel itself, or the playground's in-memory one); absent outside Excel. */
  excel?: ExcelHost;
  /** Where step 4 remembers the chief's unit on this computer. */
  unitMemory?: UnitMemory;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  heading: { margin: 0 },
  panel: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  description: { margin: 0 },
  secondLanguage: { marginTop: tokens.spacingVerticalXS },
  step: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalS, alignSelf: "stretch" },
  // The `hidden` attribute alone loses to the step's display: flex, and both steps would show.
  hidden: { display: "none" },
});

/** The steps that work today; the others say they are still being built. */
const BUILT_STEPS: ReadonlySet<StepId> = new Set(["setup", "check", "annexes", "results", "publish", "year"]);

/** BCP 47 tags for the lang attribute, so screen readers pick the right voice. */
const LANG_ATTRIBUTE: Record<Locale, string> = { "zh-TW": "zh-Hant-TW", en: "en" };

function NoHostMessage({ locale }: { locale: Locale }) {
  const styles = useStyles();
  const t = STRINGS[locale];
  const other = otherLocale(locale);
  const o = STRINGS[other];
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.noHostTitle}</MessageBarTitle> {t.noHostBody}
        <div lang={LANG_ATTRIBUTE[other]} className={styles.secondLanguage}>
          {`${o.noHostTitle}${o.labelSeparator}${o.noHostBody}`}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

export function App({ hostState, excel, unitMemory }: AppProps) {
  const styles = useStyles();
  const locale = localeFor(hostState?.language);
  const t = STRINGS[locale];
  const [step, setStep] = useState<StepId>("setup");
  // A step once opened stays mounted (hidden when another is shown): it keeps its state and its live
  // re-check when the user looks at another step and comes back.
  const [opened, setOpened] = useState<ReadonlySet<StepId>>(new Set(["setup"]));
  const choose = (id: StepId) => {
    setStep(id);
    setOpened((before) => (before.has(id) ? before : new Set([...before, id])));
  };
  const baseId = useId();
  const tabId = (id: StepId) => `${baseId}-tab-${id}`;
  const panelId = `${baseId}-panel`;
  const stepIndex = STEP_IDS.indexOf(step);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root} lang={LANG_ATTRIBUTE[locale]}>
        <header className={styles.header}>
          <Title3 as="h1" className={styles.heading}>
            {t.appTitle}
          </Title3>
          <Caption1>{t.appSubtitle}</Caption1>
        </header>

        {hostState === undefined && <Spinner size="tiny" labelPosition="after" label={t.detecting} />}
        {hostState !== undefined && hostState.host === null && <NoHostMessage locale={locale} />}

        <TabList vertical aria-label={t.stepsLabel} selectedValue={step} onTabSelect={(_, data) => choose(data.value as StepId)}>
          {STEP_IDS.map((id, i) => (
            <Tab key={id} value={id} id={tabId(id)} aria-controls={panelId}>
              {`${i + 1}. ${t.steps[id].title}`}
            </Tab>
          ))}
        </TabList>

        <section role="tabpanel" id={panelId} aria-labelledby={tabId(step)} className={styles.panel}>
          <Subtitle2 as="h2" className={styles.heading}>
            {t.stepHeading(stepIndex + 1, t.steps[step].title)}
          </Subtitle2>
          {(!excel || !BUILT_STEPS.has(step)) && (
            <Badge appearance="tint" color="informative">
              {t.notYetAvailable}
            </Badge>
          )}
          <Body1 as="p" className={styles.description}>
            {t.steps[step].description}
          </Body1>
          {excel && opened.has("setup") && (
            <div hidden={step !== "setup"} className={mergeClasses(styles.step, step !== "setup" && styles.hidden)}>
              <SetUpStep excel={excel} locale={locale} active={step === "setup"} />
            </div>
          )}
          <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={t.loadingStep} />}>
            {excel && opened.has("check") && (
              <div hidden={step !== "check"} className={mergeClasses(styles.step, step !== "check" && styles.hidden)}>
                <CheckStep excel={excel} locale={locale} active={step === "check"} />
              </div>
            )}
            {excel && opened.has("annexes") && (
              <div hidden={step !== "annexes"} className={mergeClasses(styles.step, step !== "annexes" && styles.hidden)}>
                <AnnexStep excel={excel} locale={locale} active={step === "annexes"} />
              </div>
            )}
            {excel && opened.has("results") && (
              <div hidden={step !== "results"} className={mergeClasses(styles.step, step !== "results" && styles.hidden)}>
                <ResultsStep excel={excel} locale={locale} memory={unitMemory} active={step === "results"} />
              </div>
            )}
            {excel && opened.has("publish") && (
              <div hidden={step !== "publish"} className={mergeClasses(styles.step, step !== "publish" && styles.hidden)}>
                <ExportStep excel={excel} locale={locale} platform={hostState?.platform} active={step === "publish"} />
              </div>
            )}
            {excel && opened.has("year") && (
              <div hidden={step !== "year"} className={mergeClasses(styles.step, step !== "year" && styles.hidden)}>
                <YearStep excel={excel} locale={locale} active={step === "year"} />
              </div>
            )}
          </Suspense>
        </section>
      </main>
    </FluentProvider>
  );
}

export default App;
