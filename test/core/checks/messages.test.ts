/** Every finding in plain zh-TW and English, from its params alone. */
import * as fs from "fs";
import * as path from "path";
import { finding, FINDING_CODES, SEVERITY, type FindingCode, type FindingParamsByCode } from "../../../src/core/checks/finding";
import { FINDING_REGISTRY } from "../../../src/core/checks/registry";
import { countText, findingMessage, shortText } from "../../../src/core/checks/messages";

/** Params of the shape each check gives. */
const SAMPLE: { [C in FindingCode]: FindingParamsByCode[C] } = {
  "coverage/pillar-missing": { pillar: 6, pillarTitle: "掌握社經發展趨勢，專案規劃前瞻服務", focusPoints: ["6-1", "6-2"] },
  "coverage/focus-missing": {
    pillar: 2,
    focus: "2-3",
    focusLabel: "(三)",
    focusText: "依據服務特性辦理滿意度調查，瞭解民眾對服務的看法，並據以檢討改善既有措施",
  },
  "pillar/unknown": { pillarText: "七、推動節能減碳", measures: 2, framework: "高雄市政府提升服務實施計畫" },
  "focus/label-mismatch": {
    pillar: 2,
    label: "(三)",
    focus: "2-4",
    focusLabel: "(四)",
    focusText: "傾聽民眾意見，積極回應，有效協助民眾解決問題",
  },
  "focus/unknown": {
    pillar: 3,
    focusText: "(五)辦理滿意度調查",
    measures: 1,
    nearest: "2-3",
    nearestLabel: "(三)",
    nearestText: "依據服務特性辦理滿意度調查，瞭解民眾",
  },
  "measure/no-unit": { ids: ["1-1-1"], title: "訂定標準作業流程(SOP)", pillar: 1 },
  "measure/empty": { id: "1-1-2", text: "無", pillar: 1 },
  "measure/duplicate": { id: "2-4-1", title: "建立輿情回應機制", pillar: 2, firstId: "2-2-1", firstCell: "C22" },
  "measure/duplicate-across-pillars": {
    id: "2-2-3",
    title: "於網站建置「常見問題集」",
    pillar: 2,
    otherId: "1-2-6",
    otherCell: "C6",
    otherPillar: 1,
  },
  "measure/no-deadline": { ids: ["6-4-1"], title: "服務永續", pillar: 6 },
  "deadline/mostly-blank": { blank: 53, filled: 1, ids: ["1-1-1", "1-1-2", "1-1-3", "1-2-1"] },
  "measure/hidden": { id: "4-1-1", title: "分眾服務", pillar: 4 },
  "unit/unknown": { unit: "役政災防科", suggestion: "役政災防課", ids: ["1-1-1"], pillar: 1 },
  "unit/unassigned": { unit: "人事室" },
  "unit/ambiguous": { ids: ["6-4-1", "6-4-2"], units: ["動員科", "軍務科", "秘書室"], pillar: 6 },
  "deadline/invalid": { deadline: "113年13月1日", ids: ["3-2-1"], pillar: 3 },
  "results/missing": { unit: "民政課", period: "年終", ids: ["1-1-1", "2-3-1"] },
  "results/target-unmet": { id: "2-1-3", target: "每季1次", asked: 4, unit: "次", achieved: 2, period: "年終", pillar: 2 },
  "publish/personal-id": { cell: "C5", kind: "national-id", masked: "A12****789" },
  "publish/phone": { cell: "D7", kind: "mobile", masked: "091*-***-678" },
  "publish/email": { cell: "D8", masked: "s*****@kcg.gov.tw" },
  "publish/formula": { cells: ["E4", "E5"] },
  "publish/formula-like": { cell: "C9", start: "-", text: "-辦理研習" },
  "publish/hidden-rows": { rows: [6, 7] },
  "publish/hidden-columns": { columns: ["F"] },
  "publish/comment": { cell: "C4", text: "請再確認…" },
  "publish/results-missing": { units: [{ unit: "民政課", count: 2 }], period: "年終" },
  "publish/validation-errors": { errors: 3 },
};

describe("findingMessage", () => {
  it("says what is missing as the secretariat would", () => {
    expect(findingMessage({ code: "coverage/focus-missing", params: SAMPLE["coverage/focus-missing"] })).toBe(
      "執行重點 二(三)「依據服務特性辦理滿意度調查…」沒有任何具體作法。",
    );
    expect(findingMessage({ code: "coverage/focus-missing", params: SAMPLE["coverage/focus-missing"] }, "en")).toBe(
      'Focus point 2-3 "依據服務特性辦理滿意度調查…" has no measure.',
    );
    expect(findingMessage({ code: "unit/unknown", params: SAMPLE["unit/unknown"] })).toBe(
      "執行單位「役政災防科」不在本機關的單位清單中，是否為「役政災防課」？",
    );
    expect(findingMessage({ code: "focus/label-mismatch", params: SAMPLE["focus/label-mismatch"] })).toBe(
      "執行重點標為 二(三)，但文字是架構的 二(四)「傾聽民眾意見…」。",
    );
  });

  it.each(FINDING_CODES)("%s has a complete sentence in both languages", (code) => {
    for (const lang of ["zh-TW", "en"] as const) {
      const text = findingMessage({ code, params: SAMPLE[code] }, lang);
      expect(text).toMatch(lang === "en" ? /^[A-Z].*[.?]$/ : /[。？]$/);
      expect(text).not.toMatch(/undefined|NaN|null|「」|""/);
    }
  });
});

it("shortText cuts at the first clause or 20 characters", () => {
  expect([
    shortText("傾聽民眾意見，積極回應"),
    shortText("一二三四五六七八九十一二三四五六七八九十一二"),
    shortText("精實內部作業"),
  ]).toEqual(["傾聽民眾意見…", "一二三四五六七八九十一二三四五六七八九十…", "精實內部作業"]);
});

it("countText", () => {
  expect([countText("zh-TW", "error", 2), countText("en", "error", 1), countText("en", "warning", 3), countText("en", "info", 2)]).toEqual([
    "錯誤 2",
    "1 error",
    "3 warnings",
    "2 info",
  ]);
});

describe("the registry of codes", () => {
  it("is the README's table of codes: code, severity, cell and meaning from each entry", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "..", "README.md"), "utf8");
    const rows = readme.split("\n").filter((line) => /^\| `[a-z]+\/[a-z-]+` \|/.test(line));
    // On failure the diff shows the row to add or change in README.md.
    const expected = FINDING_CODES.map(
      (c) => `| \`${c}\` | ${FINDING_REGISTRY[c].severity} | ${FINDING_REGISTRY[c].cell} | ${FINDING_REGISTRY[c].what} |`,
    );
    expect(rows).toEqual(expected);
    expect(
      Object.fromEntries(
        rows.map((r) =>
          r
            .split(" | ")
            .slice(0, 2)
            .map((x) => x.replace(/^\| |`/g, "")),
        ),
      ),
    ).toEqual(SEVERITY);
  });

  it("names a check function for every code (a check written as a const arrow would be undefined here, read while the modules load), one unit-list need per check", () => {
    for (const code of FINDING_CODES) expect([code, typeof FINDING_REGISTRY[code].check]).toEqual([code, "function"]);
    const needs = new Map<unknown, boolean>();
    for (const code of FINDING_CODES) {
      const { check, needsUnits } = FINDING_REGISTRY[code];
      expect([code, needs.get(check) ?? !!needsUnits]).toEqual([code, !!needsUnits]);
      needs.set(check, !!needsUnits);
    }
  });

  it("types each code's params: a param a check renames fails tsc", () => {
    // @ts-expect-error: measure/no-unit has no param "unit" (tsc --noEmit in npm test fails if this compiles)
    const wrong = finding("measure/no-unit", "計畫表", "E3", { unit: "秘書室", ids: ["1-1-1"], title: "" });
    expect(wrong.code).toBe("measure/no-unit");
  });
});
