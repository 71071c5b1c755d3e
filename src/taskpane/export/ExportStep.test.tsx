/** @jest-environment ./test/support/jsdomEnvironment.js */
/**
 * Step 5 against the in-memory Excel: a clean plan exports at once and the file is the one the writers
 * make; a plan with errors open lists the findings and exports only when told to; on a Mac the table
 * opens as a new workbook; the workbook is never changed; English throughout.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { act, cleanup, configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { readPdfFonts } from "../../cli/pdfFonts";
import { applySetUp } from "../../excel/setUp";
import { MemoryWorkbook } from "../../memoryExcel";
import { playgroundExcelHost } from "../../playground/playgroundHost";
import { hasPoppler } from "../../../test/support/debian";
import { seedGrid } from "../../../test/support/seedFixtures";
import { App } from "../App";

const afterCleanup: (() => void)[] = [];
afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
  afterCleanup.splice(0).forEach((f) => f());
});
configure({ asyncUtilTimeout: 5000 });

/** What the step handed to the browser: the Blob of each download (jsdom has no object URLs), and the anchors clicked. */
let blobs: Blob[] = [];
let clicked: { name: string; href: string }[] = [];
beforeEach(() => {
  blobs = [];
  clicked = [];
  // jsdom cannot navigate: the click is recorded instead (a browser starts the download there).
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ name: this.download, href: this.href });
  });
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return `blob:download-${blobs.length}`;
  };
  URL.revokeObjectURL = () => undefined;
});

const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });

/**
 * The pane's fetch of the PDF font (assets/fonts/…, beside the page), answered with the files the build
 * copies there; `fail` answers it as a network that is down. The URLs asked for are recorded.
 */
let fontRequests: string[] = [];
function serveFonts(options: { fail?: boolean } = {}) {
  const fonts = readPdfFonts();
  fontRequests = [];
  global.fetch = (async (url: string) => {
    fontRequests.push(String(url));
    if (options.fail) throw new TypeError("Failed to fetch");
    const bytes = String(url).endsWith("NotoSerifTC-Bold.ttf") ? fonts.bold : fonts.regular;
    return {
      ok: true,
      status: 200,
      headers: { get: () => String(bytes.length) },
      body: null,
      arrayBuffer: async () => bytes.slice().buffer,
    };
  }) as unknown as typeof fetch;
}

async function openStep(
  seed: string,
  options: {
    language?: string;
    platform?: string;
    openAsNewWorkbook?: (b: string) => Promise<void>;
    edit?: (values: (string | number | boolean | null)[][]) => void;
  } = {},
) {
  const wb = new MemoryWorkbook();
  const grid = seedGrid(seed);
  const values = grid.values.map((r) => [...r]);
  options.edit?.(values);
  wb.addSheet("計畫內容", values).merges.push(...grid.merges);
  const excel = {
    ...playgroundExcelHost(wb, () => undefined),
    ...(options.openAsNewWorkbook ? { openAsNewWorkbook: options.openAsNewWorkbook } : {}),
  };
  await applySetUp(excel, { sourceSheet: "計畫內容", framework: { kind: "detect" }, units: null });
  const language = options.language ?? "zh-TW";
  render(<App hostState={{ host: "Excel", language, ...(options.platform ? { platform: options.platform } : {}) }} excel={excel} />);
  await act(async () => void fireEvent.click(screen.getByRole("tab", { name: language === "en" ? "5. Publish" : "5. 發布" })));
  return wb;
}

const snapshot = (wb: MemoryWorkbook) => JSON.stringify(wb.data);

describe("export step", () => {
  it("seed 004's 附件一 as .csv: the check finds nothing, the file downloads, named by agency, table and day; the workbook is unchanged", async () => {
    const wb = await openStep("seed004");
    fireEvent.click(await screen.findByRole("radio", { name: /附件一/ }));
    fireEvent.click(screen.getByRole("radio", { name: /^\.csv/ }));
    expect(screen.getByRole("checkbox", { name: /加上 BOM/ })).toHaveProperty("checked", true);
    const before = snapshot(wb);
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查並匯出" })));
    const status = await screen.findByText(/發布前檢查沒有發現問題。\s*已下載「花蓮縣榮民服務處_附件一_\d{8}\.csv」/);
    expect(status).toBeTruthy();
    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe("text/csv");
    expect(clicked).toEqual([{ name: expect.stringMatching(/^花蓮縣榮民服務處_附件一_\d{8}\.csv$/), href: "blob:download-1" }]);
    const bytes = await bytesOf(blobs[0]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).trim().split("\r\n");
    expect(lines[0]).toBe("項次,實施要領,具體做法,負責業參,完成期限");
    expect(lines).toHaveLength(1 + 21);
    // The fallback link the user can click when the webview refused the download.
    expect(screen.getByRole("link", { name: /花蓮縣榮民服務處_附件一_\d{8}\.csv/ }).getAttribute("href")).toBe("blob:download-1");
    expect(snapshot(wb)).toBe(before);
  });

  it(".ods and .xlsx are zip packages of the table (mimetype first for .ods)", async () => {
    await openStep("seed004");
    for (const [format, head] of [
      ["ods", "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"],
      ["xlsx", "[Content_Types].xml"],
    ] as const) {
      fireEvent.click(await screen.findByRole("radio", { name: new RegExp(`^\\.${format}`) }));
      await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查並匯出" })));
      await screen.findByText(new RegExp(`已下載「.*\\.${format}」`));
      const bytes = await bytesOf(blobs[blobs.length - 1]);
      expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // PK
      expect(new TextDecoder().decode(bytes.subarray(30, 30 + head.length))).toBe(head);
    }
  });

  it("a plan with errors still open (seed 000): the findings first; nothing downloads until 仍要匯出", async () => {
    const wb = await openStep("seed000");
    fireEvent.click(await screen.findByRole("radio", { name: /^計畫表/ }));
    fireEvent.click(screen.getByRole("radio", { name: /^\.html/ }));
    const before = snapshot(wb);
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查並匯出" })));
    expect(await screen.findByText(/發布前檢查：有 1 項需要留意/)).toBeTruthy();
    expect(screen.getByText(/計畫還有 2 個錯誤尚未修正/)).toBeTruthy();
    expect(blobs).toHaveLength(0);
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "仍要匯出" })));
    await screen.findByText(/已下載「高雄市兵役處114年_計畫表（列印）_\d{8}\.html」/);
    const html = new TextDecoder().decode(await bytesOf(blobs[0]));
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('lang="zh-Hant-TW"');
    expect(snapshot(wb)).toBe(before);
  });

  it("on a Mac the table opens as a new workbook (an .xlsx in base64), since a pane cannot download there", async () => {
    const opened: string[] = [];
    await openStep("seed004", { platform: "Mac", openAsNewWorkbook: async (b) => void opened.push(b) });
    expect(await screen.findByText(/Excel for Mac 不能從工作窗格下載檔案/)).toBeTruthy();
    expect(screen.queryByRole("radio", { name: /^\.ods/ })).toBeNull();
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "開成新的活頁簿" })));
    await screen.findByText(/已開成新的活頁簿/);
    expect(opened).toHaveLength(1);
    expect(opened[0].startsWith("UEsDB")).toBe(true); // "PK\x03\x04"
    expect(blobs).toHaveLength(0);
  });

  it(".pdf: the font is fetched from beside the pane, once; the PDF has the table's text; the workbook is unchanged", async () => {
    serveFonts();
    const wb = await openStep("seed004");
    fireEvent.click(await screen.findByRole("radio", { name: /附件一/ }));
    fireEvent.click(screen.getByRole("radio", { name: /^\.pdf/ }));
    expect(screen.getByText(/第一次匯出 PDF 要下載約 20 MB 的字型/)).toBeTruthy();
    const before = snapshot(wb);
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查並匯出" })));
    await screen.findByText(/已下載「花蓮縣榮民服務處_附件一_\d{8}\.pdf」/, {}, { timeout: 20_000 });
    expect(blobs[0].type).toBe("application/pdf");
    expect(fontRequests.map((u) => u.replace(/^.*\/assets\//, "assets/"))).toEqual([
      "assets/fonts/NotoSerifTC-Regular.ttf",
      "assets/fonts/NotoSerifTC-Bold.ttf",
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pane-pdf-")), "a.pdf");
    fs.writeFileSync(file, await bytesOf(blobs[0]));
    const text = spawnSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, "");
    if (hasPoppler()) expect(text).toContain("依業務範圍建立標準作業流程");
    expect(screen.queryByText(/字型缺少/)).toBeNull();
    // A second PDF does not fetch the font again.
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查並匯出" })));
    await waitFor(() => expect(blobs).toHaveLength(2), { timeout: 20_000 });
    expect(fontRequests).toHaveLength(2);
    expect(snapshot(wb)).toBe(before);
  }, 40_000);

  it(".pdf: a character the font lacks is listed with its cell on the annex", async () => {
    serveFonts();
    await openStep("seed004", {
      edit: (values) => {
        const r = values.findIndex((row) => String(row[2] ?? "").startsWith("一、依業務範圍"));
        values[r][2] = `${String(values[r][2])}（𠀋頭里）`;
      },
    });
    fireEvent.click(await screen.findByRole("radio", { name: /附件一/ }));
    fireEvent.click(screen.getByRole("radio", { name: /^\.pdf/ }));
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查並匯出" })));
    expect(await screen.findByText(/字型缺少下列 1 個字，PDF 中印成「〓」/, {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByText(/^「𠀋」（U\+2000B）：附件一!C\d+$/)).toBeTruthy();
  }, 40_000);

  it(".pdf with the network down: a sentence, and the next try fetches again", async () => {
    // Another page (the fonts are kept per page), whose first fetch finds the network down.
    const base = document.createElement("base");
    base.href = "http://localhost/offline/";
    document.head.appendChild(base);
    afterCleanup.push(() => base.remove());
    serveFonts({ fail: true });
    await openStep("seed004", { language: "en" });
    fireEvent.click(await screen.findByRole("radio", { name: /^\.pdf/ }));
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Check and export" })));
    expect(await screen.findByText(/The PDF font could not be downloaded/)).toBeTruthy();
    expect(blobs).toHaveLength(0);
    serveFonts();
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Check and export" })));
    await screen.findByText(/Downloaded ".*\.pdf"/, {}, { timeout: 20_000 });
    expect(fontRequests).toHaveLength(2);
    expect(fontRequests[0]).toBe("http://localhost/offline/assets/fonts/NotoSerifTC-Regular.ttf");
  }, 40_000);

  it("in English throughout", async () => {
    await openStep("seed004", { language: "en" });
    fireEvent.click(await screen.findByRole("radio", { name: /^\.html/ }));
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Check and export" })));
    await waitFor(() => expect(screen.getByText(/The pre-publication check found nothing\.\s*Downloaded ".*\.html"/)).toBeTruthy());
  });
});
