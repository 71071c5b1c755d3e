/**
 * The playground page: the real task pane (App) on the right, 320 px wide as in Excel, beside the
 * in-memory workbook it works on, drawn by WorkbookView. The toolbar opens any .xlsx, downloads the
 * workbook as it is now and goes back to the bundled sample.
 *
 * The pane gets an ExcelHost over the in-memory workbook; it is mounted afresh for each workbook
 * opened, as Excel starts a new pane for each workbook. With `panes: 2` (?panes=2) a second pane sits
 * beside it on the same workbook, a co-author's (MemoryWorkbook.coauthor(): its own events, the
 * other's writes heard as Remote), each remembering its own unit as two computers would.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button, Caption1, FluentProvider, makeStyles, mergeClasses, tokens, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import { storageUnitMemory } from "../taskpane/results/unitMemory";
import type { OfficeHostState } from "../taskpane/officeHost";
import type { ExcelHost } from "../excel/host";
import { MemoryWorkbook } from "../memoryExcel";
import { sniffWorkbook } from "../files/sniff";
import { playgroundExcelHost } from "./playgroundHost";
import { WorkbookView } from "./WorkbookView";

export const PANE_WIDTH_PX = 320;

export interface OpenWorkbook {
  workbook: MemoryWorkbook;
  /** The file it came from, for the download's name and the toolbar. */
  fileName: string;
}

export interface PlaygroundProps {
  initial: OpenWorkbook;
  /** Loads the bundled sample again. */
  loadSample: () => Promise<OpenWorkbook>;
  hostState: OfficeHostState;
  /** Told about every workbook the page shows and the ExcelHost the pane got for it (window.__playground). */
  onOpen?: (workbook: MemoryWorkbook, excel: ExcelHost) => void;
  /** Two panes: a co-author's beside the first. */
  panes?: 1 | 2;
}

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateRows: "auto minmax(0, 1fr)",
    gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH_PX}px`,
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  twoPanes: {
    gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH_PX}px ${PANE_WIDTH_PX}px`,
  },
  toolbar: {
    gridColumn: "1 / -1",
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: "#217346",
    color: "#FFFFFF",
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalL },
  fileName: { color: "#FFFFFF", marginLeft: tokens.spacingHorizontalS },
  error: {
    color: "#FFFFFF",
    backgroundColor: "#A4262C",
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  hiddenInput: { display: "none" },
  workbook: { minWidth: 0, minHeight: 0, borderRight: `1px solid ${tokens.colorNeutralStroke1}` },
  pane: {
    minHeight: 0,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
});

function download(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const NOT_A_WORKBOOK = {
  encrypted: "檔案有密碼保護，請先在 Excel 移除密碼後再開啟。",
  xls: "這是舊版 .xls 檔，請在 Excel 另存為 .xlsx 後再開啟。",
  other: "這不是 Excel 活頁簿（.xlsx）。",
} as const;

/** localStorage, where the browser gives it. */
function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function Playground({ initial, loadSample, hostState, onOpen, panes = 1 }: PlaygroundProps) {
  const styles = useStyles();
  const [open, setOpen] = useState<OpenWorkbook>(initial);
  // Each workbook opened gets a new generation: the pane is mounted afresh for it.
  const [generation, setGeneration] = useState(0);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const excel = useMemo(() => playgroundExcelHost(open.workbook, changed), [open.workbook, changed]);
  const coauthor = useMemo(
    () => (panes === 2 ? playgroundExcelHost(open.workbook.coauthor(), changed) : null),
    [open.workbook, changed, panes],
  );
  // Each pane remembers its unit apart, as on two computers.
  const memories = useMemo(
    () => [storageUnitMemory(pageStorage(), { partitionKey: "pane1:" }), storageUnitMemory(pageStorage(), { partitionKey: "pane2:" })],
    [],
  );
  useEffect(() => {
    onOpen?.(open.workbook, excel);
  }, [open.workbook, excel, onOpen]);

  const show = (next: OpenWorkbook) => {
    setOpen(next);
    setGeneration((g) => g + 1);
    setError(null);
  };

  const whileBusy = async (what: string, job: () => Promise<void>) => {
    setBusy(true);
    try {
      await job();
    } catch (e) {
      setError(`${what}：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const openFile = (file: File) =>
    whileBusy(`無法開啟 ${file.name}`, async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // What the file is, in the clerk's words, before any library says it in English.
      const kind = sniffWorkbook(bytes);
      if (kind !== "xlsx") throw new Error(NOT_A_WORKBOOK[kind]);
      let workbook: MemoryWorkbook;
      try {
        workbook = await MemoryWorkbook.loadXlsx(bytes);
      } catch (e) {
        console.error(e);
        throw new Error("檔案可能已損毀，無法以 Excel 活頁簿開啟。");
      }
      show({ workbook, fileName: file.name });
    });

  const save = () =>
    whileBusy("無法下載", async () => {
      const bytes = await open.workbook.saveXlsx();
      download(bytes, open.fileName.replace(/\.xlsx$/i, "") + "-playground.xlsx");
    });

  const reset = () =>
    whileBusy("無法載入範例", async () => {
      show(await loadSample());
    });

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={mergeClasses(styles.page, coauthor ? styles.twoPanes : undefined)}>
        <header className={styles.toolbar} lang="zh-Hant-TW">
          <span className={styles.title}>提升服務計畫助手 Playground</span>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label="開啟 .xlsx 檔案"
            data-testid="open-xlsx"
            className={styles.hiddenInput}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = "";
              if (file) void openFile(file);
            }}
          />
          <Button size="small" disabled={busy} onClick={() => fileInput.current?.click()}>
            開啟 .xlsx…
          </Button>
          <Button size="small" disabled={busy} onClick={() => void save()}>
            下載活頁簿
          </Button>
          <Button size="small" disabled={busy} onClick={() => void reset()}>
            重設為範例
          </Button>
          <Caption1 className={styles.fileName} data-testid="file-name">
            {open.fileName}
          </Caption1>
          {error && (
            <Caption1 role="alert" className={styles.error}>
              {error}
            </Caption1>
          )}
        </header>
        <section className={styles.workbook} aria-label="活頁簿" lang="zh-Hant-TW">
          <WorkbookView workbook={open.workbook} version={version} onChange={changed} />
        </section>
        <div className={styles.pane} id="taskpane" data-testid="taskpane">
          <App key={generation} hostState={hostState} excel={excel} unitMemory={memories[0]} />
        </div>
        {coauthor && (
          <div className={styles.pane} id="taskpane2" data-testid="taskpane2">
            <App key={generation} hostState={hostState} excel={coauthor} unitMemory={memories[1]} />
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
