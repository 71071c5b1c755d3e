/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "./App";
import { STEP_IDS, STRINGS, localeFor } from "./i18n";

afterEach(cleanup);

const EXCEL_ZH = { host: "Excel", language: "zh-TW" };
const EXCEL_EN = { host: "Excel", language: "en-US" };
const NO_HOST = { host: null, language: "zh-TW" };

/**
 * The tabs, in order, have exactly these accessible names. (Not textContent: Fluent's Tab repeats its
 * label in a hidden span that reserves the width of the bold, selected label.)
 */
function expectTabNames(tablistName: string, names: string[]) {
  const tabs = within(screen.getByRole("tablist", { name: tablistName })).getAllByRole("tab");
  expect(tabs).toHaveLength(names.length);
  names.forEach((name, i) => expect(screen.getByRole("tab", { name })).toBe(tabs[i]));
  return tabs;
}

/** Every element with the role has a non-empty accessible name. */
function expectAllNamed(role: "button" | "tab") {
  const all = screen.queryAllByRole(role);
  const named = screen.queryAllByRole(role, { name: /\S/ });
  expect(named).toEqual(all);
}

describe("App", () => {
  it("renders the pane in zh-TW: title, six steps in order, the first step's panel", () => {
    render(<App hostState={EXCEL_ZH} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("提升服務計畫助手");
    const tabs = expectTabNames("步驟", ["1. 套用計畫格式", "2. 檢查計畫", "3. 產製附表", "4. 填報成效", "5. 發布", "6. 年度"]);
    expect(tabs[0].getAttribute("aria-selected")).toBe("true");
    const panel = screen.getByRole("tabpanel", { name: "1. 套用計畫格式" });
    expect(within(panel).getByRole("heading", { level: 2 }).textContent).toBe("步驟 1：套用計畫格式");
    expect(panel.textContent).toContain(STRINGS["zh-TW"].steps.setup.description);
    expect(screen.queryByText(STRINGS["zh-TW"].noHostTitle)).toBeNull();
    expect(screen.getByRole("main").getAttribute("lang")).toBe("zh-Hant-TW");
  });

  it("renders the pane in English when Office's display language is English", () => {
    render(<App hostState={EXCEL_EN} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Service Plan Assistant");
    expectTabNames("Steps", ["1. Set up", "2. Check", "3. Annexes", "4. Fill in results", "5. Publish", "6. Year"]);
    expect(screen.getByRole("main").getAttribute("lang")).toBe("en");
    expect(screen.getByRole("tabpanel").textContent).toContain(STRINGS.en.steps.setup.description);
  });

  it("shows each step's description when its tab is chosen", () => {
    render(<App hostState={EXCEL_ZH} />);
    STEP_IDS.forEach((id, i) => {
      const tab = screen.getByRole("tab", { name: `${i + 1}. ${STRINGS["zh-TW"].steps[id].title}` });
      act(() => {
        fireEvent.click(tab);
      });
      expect(tab.getAttribute("aria-selected")).toBe("true");
      const panel = screen.getByRole("tabpanel");
      expect(panel.getAttribute("aria-labelledby")).toBe(tab.id);
      expect(within(panel).getByRole("heading", { level: 2 }).textContent).toBe(`步驟 ${i + 1}：${STRINGS["zh-TW"].steps[id].title}`);
      expect(panel.textContent).toContain(STRINGS["zh-TW"].steps[id].description);
      expect(panel.textContent).toContain(STRINGS["zh-TW"].notYetAvailable);
    });
  });

  it("no step says it is still being built", () => {
    for (const locale of ["zh-TW", "en"] as const) {
      const coming = STEP_IDS.filter((id) =>
        /開發中，目前無法使用|still being built and cannot be used yet/.test(STRINGS[locale].steps[id].description),
      );
      expect(coming).toEqual([]);
    }
  });

  it("outside Office, says in zh-TW and English that the pane must be opened in Excel", () => {
    render(<App hostState={NO_HOST} />);
    const main = screen.getByRole("main");
    expect(main.textContent).toContain("請在 Excel 中開啟");
    expect(main.textContent).toContain("這個工作窗格必須在 Excel 中開啟");
    expect(main.textContent).toContain("Open this in Excel: This pane must be opened inside Excel");
    // The steps are still there to read.
    expect(screen.getAllByRole("tab")).toHaveLength(6);
  });

  it("outside Office with an English browser, leads with English and still shows zh-TW", () => {
    render(<App hostState={{ host: null, language: "en-GB" }} />);
    const text = screen.getByRole("main").textContent ?? "";
    expect(text).toContain("Open this in Excel");
    expect(text).toContain("請在 Excel 中開啟：這個工作窗格必須在 Excel 中開啟");
    expect(text.indexOf("Open this in Excel")).toBeLessThan(text.indexOf("請在 Excel 中開啟"));
  });

  it("while the host is still being detected, shows a spinner and no warning", () => {
    render(<App />);
    expect(screen.getByText("正在連線 Excel…")).toBeTruthy();
    expect(screen.queryByText(STRINGS["zh-TW"].noHostTitle)).toBeNull();
  });

  it.each([
    ["zh-TW in Excel", EXCEL_ZH],
    ["English in Excel", EXCEL_EN],
    ["no Office host", NO_HOST],
    ["detecting", undefined],
  ])("gives every button and tab an accessible name (%s)", (_label, hostState) => {
    render(<App hostState={hostState} />);
    expect(screen.getAllByRole("tab").length).toBe(6);
    expectAllNamed("tab");
    expectAllNamed("button");
    expect(screen.getByRole("tablist").getAttribute("aria-label")).toBeTruthy();
  });
});

describe("i18n", () => {
  it("picks English only for English display languages", () => {
    expect(["en", "en-US", "EN-gb", "zh-TW", "zh-CN", "ja-JP", "", null, undefined].map(localeFor)).toEqual([
      "en",
      "en",
      "en",
      "zh-TW",
      "zh-TW",
      "zh-TW",
      "zh-TW",
      "zh-TW",
      "zh-TW",
    ]);
  });

  it("has the same steps, all non-empty, in both languages", () => {
    for (const locale of ["zh-TW", "en"] as const) {
      expect(Object.keys(STRINGS[locale].steps)).toEqual([...STEP_IDS]);
      for (const id of STEP_IDS) {
        expect(STRINGS[locale].steps[id].title.trim()).not.toBe("");
        expect(STRINGS[locale].steps[id].description.trim()).not.toBe("");
      }
    }
  });
});

describe("pane source discipline", () => {
  const dir = __dirname;
  const sources = fs
    .readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), "utf8") }));

  it("calls Office.js only in officeHost.ts and index.tsx", () => {
    const offenders = sources
      .filter(({ file }) => file !== "officeHost.ts" && file !== "index.tsx")
      // Office.<anything but "js"> (a mention of "Office.js" in a comment is fine), or Excel.run.
      .filter(({ text }) => /\bOffice\s*\.\s*(?!js\b)\w|\bExcel\s*\.\s*run\b/.test(text))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it("never uses dangerouslySetInnerHTML", () => {
    expect(sources.filter(({ text }) => text.includes("dangerouslySetInnerHTML")).map(({ file }) => file)).toEqual([]);
  });
});
