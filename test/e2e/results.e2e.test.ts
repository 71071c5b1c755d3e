/**
 * Step 4 of the pane end to end in Debian's Chromium (issue 13), with two panes on one workbook
 * (?panes=2, the second a co-author's): on the sample (seed 000), pane 1 sets up and, as the
 * secretariat, makes the 年終 results sheet; from that sheet a measure two units report on is picked,
 * unit A being one of them and unit B the other. Chief A (pane 1) fills that measure and one more of
 * A's and saves; chief B (pane 2) fills the same measure and saves, and pane 1 hears it. The
 * secretariat (pane 1) compiles: 附件二 holds the three texts, the shared measure's cell labelled per
 * unit on separate lines; 「尚未填報」 lists every unit with rows still to fill; axe finds nothing on
 * step 4 in either role, in either pane. Screenshot: /tmp/results-e2e.png (after compiling).
 */
import * as os from "os";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import { OPEN_TIMEOUT_MS, openPlayground, type PlaygroundPage, setUpSample } from "./support/playgroundPage";

const SCREENSHOT = path.join(os.tmpdir(), "results-e2e.png");
const PERIOD = "年終";
/**
 * Two panes in one document give two <main> landmarks, which axe's page-level rule refuses; in Excel
 * each pane is a document of its own with one <main>. The rule is left out here, and "one <main> per
 * pane" checked instead (axeClean); every other rule runs on each pane.
 */
const TWO_PANES_ONE_DOCUMENT = ["landmark-no-duplicate-main"];

/** A row of 成效填報 (columns 編號 … 填報人), as read through window.__playground.workbook. */
interface ResultRow {
  id: string;
  unit: string;
  period: string;
  status: string;
  result: string;
  figure: string;
  by: string;
}

/** The measure two units report on, and the units: A fills it and one more measure, B fills it. */
interface Scenario {
  shared: string;
  /** A measure only unit A reports on. */
  own: string;
  unitA: string;
  unitB: string;
}

/** The sentence 「尚未填報」 lists a unit by (registry: results/missing; ids after the third counted). */
const missingSentence = (unit: string, ids: string[]) =>
  `${unit}${PERIOD}尚未填報 ${ids.length} 項具體作法：${ids.length > 3 ? `${ids.slice(0, 3).join("、")} 等 ${ids.length} 項` : ids.join("、")}。`;

/**
 * From the period's rows: a measure exactly two units report on, with one unit (A) having a measure
 * of its own; of those, the pair with the fewest rows between them (the shortest forms), A the smaller.
 */
function pickScenario(rows: ResultRow[]): Scenario {
  const unitsOf = new Map<string, string[]>();
  const rowsOf = new Map<string, number>();
  for (const r of rows) {
    unitsOf.set(r.id, [...(unitsOf.get(r.id) ?? []), r.unit]);
    rowsOf.set(r.unit, (rowsOf.get(r.unit) ?? 0) + 1);
  }
  const ownOf = (unit: string) => rows.find((r) => r.unit === unit && unitsOf.get(r.id)!.length === 1)?.id;
  const choices = [...unitsOf]
    .filter(([, units]) => units.length === 2)
    .flatMap(([shared, [u, v]]) => [
      { shared, unitA: u, unitB: v },
      { shared, unitA: v, unitB: u },
    ])
    .filter((c) => ownOf(c.unitA) !== undefined)
    .sort(
      (a, b) =>
        rowsOf.get(a.unitA)! + rowsOf.get(a.unitB)! - (rowsOf.get(b.unitA)! + rowsOf.get(b.unitB)!) ||
        rowsOf.get(a.unitA)! - rowsOf.get(b.unitA)!,
    );
  expect(choices.length).toBeGreaterThan(0);
  const { shared, unitA, unitB } = choices[0];
  return { shared, own: ownOf(unitA)!, unitA, unitB };
}

describeWithChromium()("step 4, results, with two chiefs and the secretariat in the playground", () => {
  let playground: PlaygroundPage;
  let page: Page;
  let scenario: Scenario;
  let texts: { sharedA: string; ownA: string; sharedB: string };

  beforeAll(async () => {
    playground = await openPlayground({ search: "?panes=2" });
    page = playground.page;
  }, OPEN_TIMEOUT_MS);

  afterAll(() => playground?.close());

  const pane1 = () => page.getByTestId("taskpane");
  const pane2 = () => page.getByTestId("taskpane2");
  const workbook = <T>(fn: string) => page.evaluate(`(() => { const wb = window.__playground.workbook; return ${fn}; })()`) as Promise<T>;
  const values = (sheet: string) => workbook<string[][]>(`wb.valuesOf(${JSON.stringify(sheet)}).map((r) => r.map(String))`);
  const resultRows = async (): Promise<ResultRow[]> => {
    const [header, ...body] = await values("成效填報");
    const col = (name: string) => {
      const i = header.indexOf(name);
      expect(i).toBeGreaterThanOrEqual(0);
      return i;
    };
    const [id, unit, period, status, result, figure, by] = ["編號", "執行單位", "期別", "辦理情形", "執行成效", "達成數值", "填報人"].map(
      col,
    );
    return body
      .filter((r) => r[id] !== "")
      .map((r) => ({ id: r[id], unit: r[unit], period: r[period], status: r[status], result: r[result], figure: r[figure], by: r[by] }));
  };

  /** axe on one pane's subtree (nothing found), the pane holding exactly one <main>. */
  async function axeClean(selector: "#taskpane" | "#taskpane2") {
    await expect(page.locator(`${selector} main`).count()).resolves.toBe(1);
    await expect(axeViolations(page, selector, { disableRules: TWO_PANES_ONE_DOCUMENT })).resolves.toEqual([]);
  }

  const role = (pane: Locator, name: "科室主管" | "秘書單位") => pane.getByRole("radio", { name: new RegExp(`^${name}（`) }).check();
  const period = (pane: Locator) => pane.getByRole("radio", { name: PERIOD, exact: true }).check();
  const openStep4 = async (pane: Locator) => {
    await pane.getByRole("tab", { name: "4. 填報成效" }).click();
    await pane.getByRole("radiogroup", { name: "我是" }).waitFor();
  };
  /** The chief's form: picks the unit, names who fills in, then fills each measure's fieldset. */
  async function fill(pane: Locator, unit: string, by: string, rows: { id: string; status: string; result: string; figure?: string }[]) {
    await pane.getByRole("combobox", { name: "我的單位" }).selectOption(unit);
    await pane.getByRole("textbox", { name: "填報人" }).fill(by);
    for (const r of rows) {
      const row = pane.getByRole("group", { name: r.id, exact: true });
      await row.getByRole("combobox", { name: "辦理情形" }).selectOption(r.status);
      await row.getByRole("textbox", { name: "執行成效" }).fill(r.result);
      if (r.figure !== undefined) await row.getByRole("textbox", { name: "達成數值" }).fill(r.figure);
    }
  }

  it("pane 1 sets up and, as the secretariat, makes the 年終 results sheet", async () => {
    await setUpSample(pane1());
    await openStep4(pane1());
    await role(pane1(), "秘書單位");
    await period(pane1());
    await pane1().getByRole("button", { name: "產生成效填報工作表" }).click();
    const made = pane1()
      .getByRole("status")
      .filter({ hasText: /已在「成效填報」產生本期 \d+ 列/ });
    await made.waitFor();
    const rows = await resultRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.period === PERIOD && r.status === "" && r.result === "")).toBe(true);
    await expect(made.textContent()).resolves.toContain(`產生本期 ${rows.length} 列`);
    scenario = pickScenario(rows);
    const { shared, own, unitA, unitB } = scenario;
    expect(new Set(rows.filter((r) => r.id === shared).map((r) => r.unit))).toEqual(new Set([unitA, unitB]));
    expect(rows.filter((r) => r.id === own).map((r) => r.unit)).toEqual([unitA]);
    // Nothing in the texts names a unit: a label in 附件二 is the compiler's.
    texts = {
      sharedA: "辦理 2 場無障礙設施說明會，參加民眾 80 人。",
      ownA: "完成年度檢視，缺失已全數改善。",
      sharedB: "完成設施巡檢 12 次，缺失均已修復。",
    };
  });

  it("chief A (pane 1) fills two measures and saves; the step is axe-clean with the form showing", async () => {
    const { shared, own, unitA } = scenario;
    await role(pane1(), "科室主管");
    await fill(pane1(), unitA, "王主任", [
      { id: shared, status: "已完成", result: texts.sharedA },
      { id: own, status: "辦理中", result: texts.ownA },
    ]);
    await pane1().getByRole("button", { name: "儲存（4 項變更）" }).click();
    await pane1()
      .getByRole("status")
      .filter({ hasText: /^已儲存 \d+ 個儲存格。$/ })
      .waitFor();
    await pane1().getByRole("button", { name: "儲存", exact: true }).waitFor();
    const rows = await resultRows();
    expect(rows.find((r) => r.id === shared && r.unit === unitA)).toMatchObject({ status: "已完成", result: texts.sharedA, by: "王主任" });
    expect(rows.find((r) => r.id === own && r.unit === unitA)).toMatchObject({ status: "辦理中", result: texts.ownA, by: "王主任" });
    await axeClean("#taskpane");
  });

  it("chief B (pane 2, a co-author) opens step 4 on the sheet pane 1 made, fills the shared measure and saves; pane 1 hears it", async () => {
    const { shared, unitA, unitB } = scenario;
    await openStep4(pane2());
    await role(pane2(), "科室主管");
    await period(pane2());
    await fill(pane2(), unitB, "李科長", [{ id: shared, status: "已完成", result: texts.sharedB, figure: "12" }]);
    await pane2().getByRole("button", { name: "儲存（3 項變更）" }).click();
    await pane2()
      .getByRole("status")
      .filter({ hasText: /^已儲存 \d+ 個儲存格。$/ })
      .waitFor();
    const rows = await resultRows();
    expect(rows.find((r) => r.id === shared && r.unit === unitB)).toMatchObject({
      status: "已完成",
      result: texts.sharedB,
      figure: "12",
      by: "李科長",
    });
    // A's row of the same measure is untouched by B's save.
    expect(rows.find((r) => r.id === shared && r.unit === unitA)).toMatchObject({ result: texts.sharedA, by: "王主任" });
    // Pane 1's form heard the co-author's write (a Remote change) and loaded again.
    await pane1().getByRole("status").filter({ hasText: "同事剛更新了工作表" }).waitFor();
    await axeClean("#taskpane2");
  });

  it("the secretariat (pane 1) compiles: 附件二 holds the three texts, labelled where two units report; 尚未填報 lists the rest", async () => {
    const { shared, own, unitA, unitB } = scenario;
    await role(pane1(), "秘書單位");
    await pane1().getByRole("button", { name: "彙整到附件二" }).click();
    const compiled = pane1()
      .getByRole("status")
      .filter({ hasText: /^已把成效彙整到「/ });
    await compiled.waitFor();
    const sentence = (await compiled.textContent()) ?? "";
    const sheet = /^已把成效彙整到「(.+?)」/.exec(sentence)![1];
    expect(["附件二", "附件二（產製）"]).toContain(sheet);
    const rows = await resultRows();
    expect(sentence).toContain(`本期 ${rows.length} 列中已填報 3 列`);

    // 附件二: A's own measure as typed; the shared measure's cell labels each unit, one line each.
    const cells = (await values(sheet)).flat();
    expect(cells.filter((v) => v === texts.ownA)).toHaveLength(1);
    const sharedCells = cells.filter((v) => v.includes(texts.sharedA) || v.includes(texts.sharedB));
    expect(sharedCells).toHaveLength(1);
    const order = rows.filter((r) => r.id === shared).map((r) => r.unit);
    const said = { [unitA]: texts.sharedA, [unitB]: texts.sharedB };
    expect(sharedCells[0].split("\n")).toEqual(order.map((u) => `${u}：${said[u]}`));
    expect(cells.join("\n")).not.toContain(`${unitA}：${texts.ownA}`);
    await expect(page.getByRole("tab", { name: sheet, exact: true }).getAttribute("aria-selected")).resolves.toBe("true");

    // The figures per unit: A reported 2, B 1, every other unit 0.
    const table = pane1().getByRole("table", { name: "各單位填報情形" });
    const reported = async (unit: string) =>
      Number(
        await table
          .getByRole("row")
          .filter({ has: page.getByRole("rowheader", { name: unit, exact: true }) })
          .getByRole("cell")
          .nth(1)
          .textContent(),
      );
    await expect(reported(unitA)).resolves.toBe(2);
    await expect(reported(unitB)).resolves.toBe(1);

    // 尚未填報: every unit with rows still to fill (here all of them, A and B too), each with its ids.
    const filled = new Set([`${shared}/${unitA}`, `${own}/${unitA}`, `${shared}/${unitB}`]);
    const units = [...new Set(rows.map((r) => r.unit))];
    const expected = units.flatMap((u) => {
      const ids = rows.filter((r) => r.unit === u && !filled.has(`${r.id}/${u}`)).map((r) => r.id);
      return ids.length ? [missingSentence(u, ids)] : [];
    });
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const missing = pane1().getByRole("region", { name: "尚未填報" });
    await expect(missing.getByRole("button").allTextContents()).resolves.toEqual(expected);

    // 附件二 as drawn beside the panes: the shared measure's cell in view, and pane 1's list of who has not reported.
    const drawn = page.locator(`table[data-sheet='${sheet}'] td`).filter({ hasText: texts.sharedA });
    await expect(drawn.textContent()).resolves.toContain(texts.sharedB);
    await drawn.scrollIntoViewIfNeeded();
    await missing.scrollIntoViewIfNeeded();
    await page.screenshot({ path: SCREENSHOT });
    await axeClean("#taskpane");
    // And pane 2 in the secretariat's role.
    await role(pane2(), "秘書單位");
    await pane2().getByRole("button", { name: "彙整到附件二" }).waitFor();
    await axeClean("#taskpane2");
  });

  it("logged no page errors", () => {
    expect(playground.pageErrors).toEqual([]);
  });
});
