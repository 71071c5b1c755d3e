/**
 * The playground built, served and opened in Debian's Chromium, as every e2e suite starts:
 * the sample workbook drawn, page errors and console errors collected.
 */
import type { Locator, Page } from "playwright-core";
import { buildPlayground } from "./buildPlayground";
import { launchChromium } from "./chromium";
import { serveDirectory } from "./staticServer";

/** Building the playground (≈20 s on two cores, when not cached) and starting Chromium. */
export const OPEN_TIMEOUT_MS = 180_000;

export interface PlaygroundPage {
  page: Page;
  url: string;
  /** Uncaught errors and console errors, for a suite's last test to expect none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** `search`: the page's query, e.g. "?panes=2" for a co-author's pane beside the first. */
export async function openPlayground({ search = "" }: { search?: string } = {}): Promise<PlaygroundPage> {
  const server = await serveDirectory(await buildPlayground());
  const browser = await launchChromium({ locale: "zh-TW" });
  const page = await browser.context.newPage();
  // Fail a broken step in seconds, not Playwright's default 30 s per action.
  page.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && pageErrors.push(m.text()));
  await page.goto(server.url + search);
  await page.locator("table[data-sheet='計畫內容']").waitFor();
  return {
    page,
    url: server.url,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Step 1 on the sample in a pane: preview, then set up, each waited for (54 measures, as seed 000 has). */
export async function setUpSample(pane: Locator): Promise<void> {
  await pane.getByRole("button", { name: "預覽", exact: true }).click();
  await pane.getByText("在「計畫內容」找到 54 項具體作法。").waitFor();
  await pane.getByRole("button", { name: "套用", exact: true }).click();
  await pane.getByText(/已建立「計畫表」：54 項具體作法/).waitFor();
}
