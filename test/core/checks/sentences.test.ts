/** The exact sentence of every finding code, in zh-TW and English, with its optional params present and absent. */
import type { FindingCode, FindingParamsByCode } from "../../../src/core/checks/finding";
import { findingMessage } from "../../../src/core/checks/messages";

const say = <C extends FindingCode>(code: C, params: FindingParamsByCode[C]) => [
  findingMessage({ code, params } as Parameters<typeof findingMessage>[0]),
  findingMessage({ code, params } as Parameters<typeof findingMessage>[0], "en"),
];

describe("coverage", () => {
  it("coverage/pillar-missing", () => {
    expect(
      say("coverage/pillar-missing", { pillar: 6, pillarTitle: "掌握社經發展趨勢，專案規劃前瞻服務", focusPoints: ["6-1", "6-2"] }),
    ).toEqual(["執行要項 六、「掌握社經發展趨勢…」沒有任何具體作法。", 'Pillar 6 "掌握社經發展趨勢…" has no measure.']);
  });

  it("coverage/focus-missing", () => {
    expect(say("coverage/focus-missing", { pillar: 4, focus: "4-2", focusLabel: "(二)", focusText: "分眾服務" })).toEqual([
      "執行重點 四(二)「分眾服務」沒有任何具體作法。",
      'Focus point 4-2 "分眾服務" has no measure.',
    ]);
  });
});

describe("wording", () => {
  it("focus/label-mismatch", () => {
    expect(
      say("focus/label-mismatch", {
        pillar: 2,
        label: "(三)",
        focus: "2-4",
        focusLabel: "(四)",
        focusText: "傾聽民眾意見，積極回應，有效協助民眾解決問題",
      }),
    ).toEqual([
      "執行重點標為 二(三)，但文字是架構的 二(四)「傾聽民眾意見…」。",
      'The focus cell is labelled (三), but its wording is the framework\'s 2-4 (四) "傾聽民眾意見…".',
    ]);
  });

  it("focus/unknown with the nearest focus point as a hint", () => {
    expect(
      say("focus/unknown", {
        pillar: 3,
        focusText: "(五)辦理滿意度調查",
        measures: 1,
        nearest: "2-3",
        nearestLabel: "(三)",
        nearestText: "依據服務特性辦理滿意度調查，瞭解民眾對服務的看法",
      }),
    ).toEqual([
      "執行重點「(五)辦理滿意度調查」對不上架構的任何執行重點，最接近的是 二(三)「依據服務特性辦理滿意度調查…」。",
      'The focus wording "(五)辦理滿意度調查" matches no focus point of the framework; the nearest is 2-3 "依據服務特性辦理滿意度調查…".',
    ]);
  });

  it("focus/unknown with no hint, and with a hint missing its label and wording", () => {
    expect(say("focus/unknown", { pillar: 3, focusText: "(五)推動節能減碳，落實環保", measures: 2 })).toEqual([
      "執行重點「(五)推動節能減碳…」對不上架構的任何執行重點。",
      'The focus wording "(五)推動節能減碳…" matches no focus point of the framework.',
    ]);
    expect(say("focus/unknown", { focusText: "節能減碳", measures: 1, nearest: "6-2" })).toEqual([
      "執行重點「節能減碳」對不上架構的任何執行重點，最接近的是 六「」。",
      'The focus wording "節能減碳" matches no focus point of the framework; the nearest is 6-2 "".',
    ]);
  });

  it("pillar/unknown with and without the nearest pillar", () => {
    const framework = "高雄市政府提升服務實施計畫";
    expect(say("pillar/unknown", { pillarText: "七、推動節能減碳", measures: 2, framework })).toEqual([
      "執行要項「七、推動節能減碳」對不上高雄市政府提升服務實施計畫的任何執行要項。",
      'The pillar "七、推動節能減碳" matches no pillar of 高雄市政府提升服務實施計畫.',
    ]);
    expect(
      say("pillar/unknown", {
        pillarText: "三、便捷服務遞送過程",
        measures: 1,
        framework,
        nearest: 3,
        nearestTitle: "便捷服務遞送過程與方式，提升民眾生活便利度",
      }),
    ).toEqual([
      "執行要項「三、便捷服務遞送過程」對不上高雄市政府提升服務實施計畫的任何執行要項，最接近的是 三、便捷服務遞送過程與方式…。",
      'The pillar "三、便捷服務遞送過程" matches no pillar of 高雄市政府提升服務實施計畫; the nearest is pillar 3 "便捷服務遞送過程與方式…".',
    ]);
    expect(
      say("pillar/unknown", { pillarText: "訂定計畫書", measures: 1, framework, nearest: 0, nearestTitle: "訂定「提升服務執行計畫」" }),
    ).toEqual([
      "執行要項「訂定計畫書」對不上高雄市政府提升服務實施計畫的任何執行要項，最接近的是 訂定計畫訂定「提升服務執行計畫」。",
      'The pillar "訂定計畫書" matches no pillar of 高雄市政府提升服務實施計畫; the nearest is pillar 0 "訂定「提升服務執行計畫」".',
    ]);
  });

  it("pillar/unknown of a blank pillar cell, and with a hint missing its title", () => {
    const framework = "行政院提升服務效能實施計畫";
    expect(say("pillar/unknown", { pillarText: " \n ", measures: 3, framework })).toEqual([
      "執行要項「（空白）」對不上行政院提升服務效能實施計畫的任何執行要項。",
      'The pillar "(blank)" matches no pillar of 行政院提升服務效能實施計畫.',
    ]);
    expect(say("pillar/unknown", { pillarText: "", measures: 1, framework, nearest: 2 })).toEqual([
      "執行要項「（空白）」對不上行政院提升服務效能實施計畫的任何執行要項，最接近的是 二、。",
      'The pillar "(blank)" matches no pillar of 行政院提升服務效能實施計畫; the nearest is pillar 2 "".',
    ]);
  });
});

describe("measures", () => {
  it("measure/no-unit names one, three, or the first three and a count of the ids", () => {
    expect(say("measure/no-unit", { ids: ["1-1-1"], title: "訂定標準作業流程(SOP)", pillar: 1 })).toEqual([
      "具體作法 1-1-1「訂定標準作業流程(SOP)」沒有執行單位。",
      'Measure 1-1-1 "訂定標準作業流程(SOP)" has no unit.',
    ]);
    expect(say("measure/no-unit", { ids: ["1-1-1", "1-1-2", "1-1-3"], title: "精簡流程", pillar: 1 })).toEqual([
      "具體作法 1-1-1、1-1-2、1-1-3「精簡流程」沒有執行單位。",
      'Measure 1-1-1, 1-1-2, 1-1-3 "精簡流程" has no unit.',
    ]);
    expect(say("measure/no-unit", { ids: ["1-1-1", "1-1-2", "1-1-3", "1-1-4", "1-1-5"], title: "精簡流程" })).toEqual([
      "具體作法 1-1-1、1-1-2、1-1-3 等 5 項「精簡流程」沒有執行單位。",
      'Measure 1-1-1, 1-1-2, 1-1-3 and 2 more "精簡流程" has no unit.',
    ]);
  });

  it("measure/empty quotes what the cell says, if anything", () => {
    expect(say("measure/empty", { id: "1-1-2", text: "無", pillar: 1 })).toEqual([
      "具體作法 1-1-2 沒有實際內容（「無」）。",
      'Measure 1-1-2 has no real content ("無").',
    ]);
    expect(say("measure/empty", { id: "1-1-2", text: "", pillar: 1 })).toEqual([
      "具體作法 1-1-2 沒有實際內容。",
      "Measure 1-1-2 has no real content.",
    ]);
  });

  it("measure/duplicate", () => {
    expect(say("measure/duplicate", { id: "2-4-1", title: "建立輿情回應機制", pillar: 2, firstId: "2-2-1", firstCell: "C22" })).toEqual([
      "具體作法「建立輿情回應機制」在執行要項 二、中重複出現（第一次在 C22，2-2-1）。",
      'The measure "建立輿情回應機制" appears twice under pillar 2 (first at C22, 2-2-1).',
    ]);
  });

  it("measure/duplicate-across-pillars, the other one under a pillar or the preamble row", () => {
    expect(
      say("measure/duplicate-across-pillars", {
        id: "2-2-3",
        title: "於網站建置「常見問題集」",
        pillar: 2,
        otherId: "1-2-6",
        otherCell: "C6",
        otherPillar: 1,
      }),
    ).toEqual([
      "具體作法「於網站建置「常見問題集」」也列在執行要項 一、（C6，1-2-6），請確認是否有意重複。",
      'The measure "於網站建置「常見問題集」" is also listed under pillar 1 (C6, 1-2-6); check that this is intended.',
    ]);
    expect(
      say("measure/duplicate-across-pillars", {
        id: "1-1-2",
        title: "訂定本所計畫",
        pillar: 1,
        otherId: "0-0-1",
        otherCell: "C3",
        otherPillar: 0,
      }),
    ).toEqual([
      "具體作法「訂定本所計畫」也列在執行要項 訂定計畫（C3，0-0-1），請確認是否有意重複。",
      'The measure "訂定本所計畫" is also listed under pillar 0 (C3, 0-0-1); check that this is intended.',
    ]);
  });

  it("measure/hidden", () => {
    expect(say("measure/hidden", { id: "4-1-1", title: "分眾服務", pillar: 4 })).toEqual([
      "具體作法 4-1-1「分眾服務」在隱藏的列中，畫面上與列印時都看不到。",
      'Measure 4-1-1 "分眾服務" is in a hidden row: neither seen on screen nor printed.',
    ]);
  });

  it("measure/no-deadline", () => {
    expect(say("measure/no-deadline", { ids: ["6-4-1", "6-4-2", "6-4-3", "6-4-4"], title: "服務永續", pillar: 6 })).toEqual([
      "具體作法 6-4-1、6-4-2、6-4-3 等 4 項「服務永續」沒有完成期限。",
      'Measure 6-4-1, 6-4-2, 6-4-3 and 1 more "服務永續" has no deadline.',
    ]);
  });
});

describe("a deadline column being filled in", () => {
  it("deadline/mostly-blank", () => {
    expect(say("deadline/mostly-blank", { blank: 53, filled: 1, ids: ["1-1-2", "1-1-3", "1-2-1", "1-2-2"] })).toEqual([
      "完成期限只填了 1 項，另有 53 項空白（1-1-2、1-1-3、1-2-1 等 4 項）；多數填上後，會逐項提示還沒填的。",
      "Only 1 measure has a deadline; 53 are blank (1-1-2, 1-1-3, 1-2-1 and 1 more). Once most are filled, each blank one is listed.",
    ]);
  });
});

describe("units and deadlines", () => {
  it("unit/unknown with and without a suggestion", () => {
    expect(say("unit/unknown", { unit: "役政災防科", suggestion: "役政災防課", ids: ["1-1-1"], pillar: 1 })).toEqual([
      "執行單位「役政災防科」不在本機關的單位清單中，是否為「役政災防課」？",
      'The unit "役政災防科" is not on the agency\'s unit list; did you mean "役政災防課"?',
    ]);
    expect(say("unit/unknown", { unit: "戶政事務所", ids: ["1-1-1"], pillar: 1 })).toEqual([
      "執行單位「戶政事務所」不在本機關的單位清單中。",
      'The unit "戶政事務所" is not on the agency\'s unit list.',
    ]);
  });

  it("unit/unassigned", () => {
    expect(say("unit/unassigned", { unit: "人事室" })).toEqual([
      "單位「人事室」沒有負責任何具體作法。",
      'The unit "人事室" has no measure.',
    ]);
  });

  it("unit/ambiguous", () => {
    expect(say("unit/ambiguous", { ids: ["6-4-1", "6-4-2"], units: ["動員科", "軍務科", "秘書室"], pillar: 6 })).toEqual([
      "這格的執行單位（動員科、軍務科、秘書室）無法逐項對應具體作法 6-4-1、6-4-2，目前每項都列入全部單位，請確認。",
      "The units in this cell (動員科, 軍務科, 秘書室) cannot be matched one by one to measures 6-4-1, 6-4-2; each now lists all of them. Please confirm.",
    ]);
  });

  it("deadline/invalid", () => {
    expect(say("deadline/invalid", { deadline: "113年13月1日", ids: ["3-2-1"], pillar: 3 })).toEqual([
      "完成期限「113年13月1日」不是有效的日期或常用說法（如「113年12月31日」「持續辦理」）。",
      'The deadline "113年13月1日" is neither a valid date nor a usual phrase (e.g. "113年12月31日", "持續辦理").',
    ]);
  });
});

describe("results", () => {
  it("results/missing, one measure and several", () => {
    expect(say("results/missing", { unit: "民政課", period: "期中", ids: ["1-1-1"] })).toEqual([
      "民政課期中尚未填報 1 項具體作法：1-1-1。",
      "For mid-year, 民政課 has not reported on 1 measure: 1-1-1.",
    ]);
    expect(say("results/missing", { unit: "人事室", period: "年終", ids: ["1-1-1", "1-2-1", "2-1-1", "3-1-2"] })).toEqual([
      "人事室年終尚未填報 4 項具體作法：1-1-1、1-2-1、2-1-1 等 4 項。",
      "For year end, 人事室 has not reported on 4 measures: 1-1-1, 1-2-1, 2-1-1 and 1 more.",
    ]);
  });

  it("results/target-unmet gives the words read, what the period asks and what was reported", () => {
    expect(
      say("results/target-unmet", { id: "2-1-3", target: "每季1次", asked: 4, unit: "次", achieved: 1, period: "年終", pillar: 2 }),
    ).toEqual([
      "具體作法 2-1-3 訂「每季1次」，年終應達 4次，填報達成 1次。",
      'Measure 2-1-3 states "每季1次": 4 次 by year end, and 1 次 was reported.',
    ]);
  });
});
