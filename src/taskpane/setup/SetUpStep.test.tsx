/** @jest-environment ./test/support/jsdomEnvironment.js */
/** The set-up step in the pane, against the in-memory Excel: preview, apply, restore, a clerk-readable error. */
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { checkPlan } from "../../excel/checkPlan";
import { writeCoverageSheet } from "../../excel/coverageSheet";
import { applySetUp } from "../../excel/setUp";
import { MemoryWorkbook } from "../../memoryExcel";
import { playgroundExcelHost } from "../../playground/playgroundHost";
import { layoutGrid, seedGrid } from "../../../test/support/seedFixtures";
import { App } from "../App";

afterEach(cleanup);

/*
 * jsdom lays nothing out: every element's offsetParent is null and <body> is a 0×0 box, so tabster
 * (Fluent's focus manager) takes every button for invisible. The restore dialog then cannot focus
 * its first button and focuses its own surface instead; tabster activates a modal only when focus
 * lands inside it, so the dialog stays an inactive modal, and tabster's deferred (250 ms) update
 * marks it aria-hidden="true" for good — the test passed only when it clicked within those 250 ms.
 * In a browser the dialog's button takes focus and the rest of the pane is hidden instead. Give
 * tabster the layout a browser has: elements in the document have an offset parent, body a size.
 */
beforeEach(() => {
  jest.spyOn(HTMLElement.prototype, "offsetParent", "get").mockImplementation(function (this: HTMLElement) {
    return this.isConnected && this !== this.ownerDocument.body ? this.parentElement : null;
  });
  const pane = { x: 0, y: 0, top: 0, left: 0, right: 320, bottom: 640, width: 320, height: 640 };
  jest.spyOn(document.body, "getBoundingClientRect").mockReturnValue({ ...pane, toJSON: () => pane } as DOMRect);
});
afterEach(() => jest.restoreAllMocks());
// Two cores shared with other suites: give the in-memory Excel batches time.
configure({ asyncUtilTimeout: 5000 });

function seedWorkbook(seed: string, sheetName = "計畫內容") {
  const wb = new MemoryWorkbook();
  const grid = seedGrid(seed);
  wb.addSheet(sheetName, grid.values).merges.push(...grid.merges);
  wb.addSheet("說明", [["這張不是計畫"]]);
  wb.data.activeSheetId = wb.sheet(sheetName).id;
  return wb;
}

async function renderPane(wb: MemoryWorkbook, language = "zh-TW") {
  render(<App hostState={{ host: "Excel", language }} excel={playgroundExcelHost(wb, () => undefined)} />);
  await screen.findByRole("combobox", { name: language.startsWith("en") ? /Source sheet/ : /來源工作表/ });
}

const click = async (name: RegExp | string) => act(async () => void fireEvent.click(screen.getByRole("button", { name })));

describe("set-up step", () => {
  it("previews, applies and restores seed 000", async () => {
    const wb = seedWorkbook("seed000");
    await renderPane(wb);
    expect((screen.getByRole("combobox", { name: /來源工作表/ }) as HTMLSelectElement).value).toBe("計畫內容");

    await click("預覽");
    const preview = await screen.findByRole("region", { name: "預覽" });
    expect(preview.textContent).toContain("在「計畫內容」找到 54 項具體作法。");
    expect(preview.textContent).toContain("執行要項 → 執行要項");
    const units = screen.getByRole("textbox", { name: /執行單位/ }) as HTMLTextAreaElement;
    expect(units.value).toBe("秘書室\n軍務科\n役政科\n動員科");
    // The clerk adds a unit the plan does not name yet.
    fireEvent.change(units, { target: { value: `${units.value}\n人事室` } });

    await click("套用");
    await waitFor(() => expect(screen.getByRole("main").textContent).toMatch(/已建立「計畫表」：54 項具體作法/), { timeout: 5000 });
    expect(wb.valuesOf("計畫表")).toHaveLength(55);
    expect(wb.valuesOf("單位!A1:A6")).toEqual([["執行單位"], ["秘書室"], ["軍務科"], ["役政科"], ["動員科"], ["人事室"]]);

    await click("還原備份");
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("將以備份「備份_計畫內容」取代「計畫內容」");
    // The dialog is a modal as in a browser: its first button has focus, so the dialog stays in the accessibility tree.
    const restore = within(dialog).getByRole("button", { name: "還原" });
    expect(document.activeElement).toBe(restore);
    await act(async () => void fireEvent.click(restore));
    await screen.findByText("已還原「計畫內容」，並移除套用時建立的工作表。");
    expect(wb.data.sheets.map((s) => s.name)).toEqual(["計畫內容", "說明"]);
  });

  it("seed 000's preview asks to confirm D35's units, and lists every measure and every change on request", async () => {
    const wb = seedWorkbook("seed000");
    await renderPane(wb);
    await click("預覽");
    const preview = await screen.findByRole("region", { name: "預覽" });
    const confirm = within(preview).getByRole("heading", { name: /請確認/ }).nextElementSibling as HTMLElement;
    expect(confirm.textContent).toMatch(/D35：執行單位無法逐項對應 2 項具體作法，每項都列入全部單位/);
    await click(/具體作法清單（54 項）/);
    expect(preview.textContent).toMatch(/6-4-1 .*〔動員科、軍務科、秘書室〕/);
    await click(/所有調整紀錄/);
    expect(preview.textContent).toMatch(/一格含 \d+ 項具體作法，拆成 \d+ 列/);
  });

  it("when no column reads as the measures, the clerk says which one it is, and the preview goes on", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("計畫", [
      ["執行要項", "工作說明", "執行單位"],
      ["一、完備基礎服務項目，注重服務特性差異化", "定期檢討作業流程，簡化申辦手續。", "秘書室"],
      ["一、完備基礎服務項目，注重服務特性差異化", "服務人員在職訓練，提升專業能力。", "民政課"],
      ["二、重視全程意見回饋及參與，力求服務切合民眾需求", "辦理滿意度調查並據以改善。", "秘書室"],
    ]);
    await renderPane(wb);
    await click("預覽");
    await waitFor(() => expect(screen.getByRole("main").textContent).toContain("找不到「具體作法」欄"));
    const column = screen.getByRole("combobox", { name: /具體作法在哪一欄/ }) as HTMLSelectElement;
    expect(Array.from(column.options).map((o) => o.textContent)).toEqual([
      "自動判斷",
      "A 欄：執行要項",
      "B 欄：工作說明",
      "C 欄：執行單位",
    ]);
    fireEvent.change(column, { target: { value: "B" } });
    await click("預覽");
    const preview = await screen.findByRole("region", { name: "預覽" });
    expect(preview.textContent).toContain("在「計畫」找到 3 項具體作法。");
    expect(preview.textContent).toContain("工作說明 → 具體作法");
    await click("套用");
    await waitFor(() =>
      expect(wb.valuesOf("計畫表").map((r) => r[3])).toEqual([
        "具體作法",
        "定期檢討作業流程，簡化申辦手續。",
        "服務人員在職訓練，提升專業能力。",
        "辦理滿意度調查並據以改善。",
      ]),
    );
    // The column picked is remembered by its header (對照表): next year's paste maps by itself.
    await waitFor(() => expect(screen.getByRole("main").textContent).toContain("已在「對照表」記住表頭「工作說明」是具體作法欄"));
    expect(wb.valuesOf("對照表")).toEqual([
      ["類別", "原本寫法", "對應為"],
      ["表頭", "工作說明", "具體作法"],
    ]);
    await act(async () =>
      wb.addSheet("明年計畫", [
        ["執行要項", "工作說明", "執行單位"],
        ["一、完備基礎服務項目，注重服務特性差異化", "簡化申辦流程，推動線上申辦。", "秘書室"],
      ]),
    );
    // Shown again, the step reads the workbook anew: the new sheet is offered.
    await act(async () => void fireEvent.click(screen.getByRole("tab", { name: "2. 檢查計畫" })));
    await act(async () => void fireEvent.click(screen.getByRole("tab", { name: "1. 套用計畫格式" })));
    const source = screen.getByRole("combobox", { name: /來源工作表/ }) as HTMLSelectElement;
    await waitFor(() => expect([...source.options].map((o) => o.value)).toContain("明年計畫"));
    await act(async () => void fireEvent.change(source, { target: { value: "明年計畫" } }));
    expect(screen.queryByRole("combobox", { name: /具體作法在哪一欄/ })).toBeNull();
    await click("預覽");
    const next = await screen.findByRole("region", { name: "預覽" });
    expect(next.textContent).toContain("在「明年計畫」找到 1 項具體作法。");
    expect(next.textContent).toContain("B1：依「對照表」記住的對應，B 欄「工作說明」當作具體作法");

    // Restore removes the sheets set-up made, never what the user confirmed.
    await click("還原備份");
    await act(async () => void fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "還原" })));
    await screen.findByText(/^已還原「計畫」/);
    expect(wb.data.sheets.map((x) => x.name)).toEqual(["計畫", "對照表", "明年計畫"]);
    expect(wb.valuesOf("對照表")[1]).toEqual(["表頭", "工作說明", "具體作法"]);
  });

  it("previews a plan no built-in framework fits (Changhua 107): its own framework, and why each column, among what to confirm", async () => {
    const grid = layoutGrid("changhua107");
    for (const language of ["zh-TW", "en-US"]) {
      const wb = new MemoryWorkbook();
      wb.addSheet(grid.sheet, grid.values).merges.push(...grid.merges);
      await renderPane(wb, language);
      await click(language === "en-US" ? "Preview" : "預覽");
      const preview = await screen.findByRole("region", { name: language === "en-US" ? "Preview" : "預覽" });
      const confirm = within(preview).getByRole("heading", { name: language === "en-US" ? /confirm/i : /請確認/ })
        .nextElementSibling as HTMLElement;
      if (language === "en-US") {
        expect(preview.textContent).toContain("Framework: the plan's own pillars and focus points");
        expect(confirm.textContent).toMatch(
          /No built-in framework fits this plan .*the plan's own 4 pillars and 10 focus points are its framework/,
        );
        expect(confirm.textContent).toContain('B2: Column B ("實施要項") could also be the pillar column');
      } else {
        expect(preview.textContent).toContain("服務架構：本計畫自己的執行要項與執行重點");
        expect(confirm.textContent).toMatch(/內建架構對不上本計畫.*改以計畫自己的 4 個執行要項、10 個執行重點為架構/);
        expect(confirm.textContent).toContain("B2：B 欄「實施要項」也可指執行要項；左邊的 A 欄已是執行要項，當作執行重點");
        expect(preview.textContent).toContain("實施要項 → 執行重點");
        expect(preview.textContent).toContain("推動策略 → 具體作法");
        await click("套用");
        await waitFor(() => expect(screen.getByRole("main").textContent).toMatch(/已建立「計畫表」：22 項具體作法/), { timeout: 5000 });
        expect(wb.valuesOf("服務架構").map((r) => r.slice(0, 2))).toContainEqual(["三、服務量能", "(一)內部作業精進"]);
      }
      cleanup();
    }
  });

  it("says in a sentence, with the cell, why a sheet cannot be a framework", async () => {
    const wb = seedWorkbook("seed001");
    await renderPane(wb);
    const framework = screen.getByRole("combobox", { name: /服務架構/ });
    fireEvent.change(framework, { target: { value: "sheet:說明" } });
    await click("預覽");
    await waitFor(() =>
      expect(screen.getByRole("main").textContent).toContain("無法完成 架構工作表「說明」找不到以「一、」編號的執行要項（A 欄）。"),
    );
    expect(screen.queryByRole("region", { name: "預覽" })).toBeNull();
  });

  it("speaks English when Office does", async () => {
    const wb = seedWorkbook("seed003");
    await renderPane(wb, "en-US");
    await click("Preview");
    await waitFor(() => expect(screen.getByRole("region", { name: "Preview" }).textContent).toContain('20 measures found on "計畫內容".'));
  });

  it("offers only the user's own sheets as frameworks; the restore dialog names every sheet restore removes", async () => {
    const wb = seedWorkbook("seed000");
    const excel = playgroundExcelHost(wb, () => undefined);
    const { record } = await applySetUp(excel, { sourceSheet: "計畫內容", framework: { kind: "detect" }, units: null });
    await writeCoverageSheet(excel, (await checkPlan(excel, record)).validation.coverage);
    await renderPane(wb);
    const framework = screen.getByRole("combobox", { name: /服務架構/ }) as HTMLSelectElement;
    const sheetsOffered = [...framework.options].map((o) => o.value).filter((v) => v.startsWith("sheet:"));
    expect(sheetsOffered).toEqual(["sheet:說明"]);
    await click("還原備份");
    const dialog = await screen.findByRole("dialog");
    for (const name of ["計畫表", "單位", "服務架構", "涵蓋情形"]) expect(dialog.textContent).toContain(name);
  });

  it("keeps keyboard focus on the pane after applying and after Esc on the restore dialog, and announces the result", async () => {
    const wb = seedWorkbook("seed000");
    await renderPane(wb);
    await click("預覽");
    await screen.findByRole("region", { name: "預覽" });
    await click("套用");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "預覽" })));
    const announced = screen.getAllByRole("status").map((e) => e.textContent ?? "");
    expect(announced.some((t) => /已建立「計畫表」：54 項具體作法/.test(t))).toBe(true);
    await click("還原備份");
    const dialog = await screen.findByRole("dialog");
    await act(async () => void fireEvent.keyDown(dialog, { key: "Escape" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "還原備份" })));
  });
});
