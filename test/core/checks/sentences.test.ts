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

describe("publishing", () => {
  it("publish/personal-id, a national ID and a resident certificate number, masked", () => {
    expect(say("publish/personal-id", { cell: "C5", kind: "national-id", masked: "A12****789" })).toEqual([
      "C5 有身分證字號（A12****789），是個人資料，不應公開。請刪除後再匯出；確定可以公開時，才選擇仍要匯出。",
      "Cell C5 holds a national ID number (A12****789): personal data, not to be published. Delete it before exporting; export anyway only if it may be made public.",
    ]);
    expect(say("publish/personal-id", { cell: "C5", kind: "resident-certificate", masked: "A80****014" })).toEqual([
      "C5 有居留證統一證號（A80****014），是個人資料，不應公開。請刪除後再匯出；確定可以公開時，才選擇仍要匯出。",
      "Cell C5 holds a resident certificate number (A80****014): personal data, not to be published. Delete it before exporting; export anyway only if it may be made public.",
    ]);
  });

  it("publish/phone, mobile and landline: a person's own or the agency's service number", () => {
    expect(say("publish/phone", { cell: "D7", kind: "mobile", masked: "091*-***-678" })).toEqual([
      "D7 有手機號碼（091*-***-678）。若是個人的電話，請刪除或改為機關的服務電話後再匯出；若是機關公開的服務電話，可以仍要匯出。",
      "Cell D7 holds a mobile number (091*-***-678). If it is a person's own, delete it or give the agency's service number before exporting; if it is the agency's public service number, export anyway.",
    ]);
    expect(say("publish/phone", { cell: "D7", kind: "landline", masked: "(07)7***678" })).toEqual([
      "D7 有電話號碼（(07)7***678）。若是個人的電話，請刪除或改為機關的服務電話後再匯出；若是機關公開的服務電話，可以仍要匯出。",
      "Cell D7 holds a phone number ((07)7***678). If it is a person's own, delete it or give the agency's service number before exporting; if it is the agency's public service number, export anyway.",
    ]);
  });

  it("publish/email says an agency's public address is often meant", () => {
    expect(say("publish/email", { cell: "D8", masked: "s*****@kcg.gov.tw" })).toEqual([
      "D8 有電子郵件地址（s*****@kcg.gov.tw）。機關公開的聯絡信箱通常本來就要公開，可以仍要匯出；若是個人的信箱，請刪除後再匯出。",
      "Cell D8 holds an e-mail address (s*****@kcg.gov.tw). An agency's public contact address is often meant to be published: then export anyway; if it is a person's own, delete it before exporting.",
    ]);
  });

  it("publish/formula, one cell and several", () => {
    expect(say("publish/formula", { cells: ["E4"] })).toEqual([
      "這張工作表有 1 格是公式（E4），匯出的檔案只有算出的值，不含公式。請確認算出的值是最新的，再匯出。",
      "Cell E4 holds a formula: the exported file has its value only, not the formula. Check that the value is up to date before exporting.",
    ]);
    expect(say("publish/formula", { cells: ["E4", "E5", "E6", "E7", "E9"] })).toEqual([
      "這張工作表有 5 格是公式（E4、E5、E6…），匯出的檔案只有算出的值，不含公式。請確認算出的值是最新的，再匯出。",
      "Cells E4, E5, E6 and 2 more hold formulas: the exported file has their values only, not the formulas. Check that the values are up to date before exporting.",
    ]);
  });

  it("publish/formula-like names the character it starts with", () => {
    expect(say("publish/formula-like", { cell: "C9", start: "-", text: "-辦理研習" })).toEqual([
      "C9 的文字以「-」開頭（「-辦理研習」），用試算表開啟匯出的 CSV 時，可能被當成公式執行。請改寫開頭，或確認無誤後仍要匯出。",
      'The text in cell C9 starts with "-" ("-辦理研習"): a spreadsheet opening the exported CSV may run it as a formula. Reword its start, or export anyway if it is right.',
    ]);
    expect(say("publish/formula-like", { cell: "C9", start: "tab", text: "=1+1" })).toEqual([
      "C9 的文字以定位字元（Tab）開頭（「=1+1」），用試算表開啟匯出的 CSV 時，可能被當成公式執行。請改寫開頭，或確認無誤後仍要匯出。",
      'The text in cell C9 starts with a tab ("=1+1"): a spreadsheet opening the exported CSV may run it as a formula. Reword its start, or export anyway if it is right.',
    ]);
  });

  it("publish/hidden-rows and publish/hidden-columns say they are published", () => {
    expect(say("publish/hidden-rows", { rows: [6] })).toEqual([
      "第 6 列是隱藏的，但匯出的檔案仍會包含其內容。請確認可以公開，或先刪除再匯出。",
      "Row 6 is hidden, but the exported file still contains it. Check that it may be published, or delete it before exporting.",
    ]);
    expect(say("publish/hidden-rows", { rows: [6, 7, 9, 12] })).toEqual([
      "第 6、7、9 等 4 列是隱藏的，但匯出的檔案仍會包含其內容。請確認可以公開，或先刪除再匯出。",
      "Rows 6, 7, 9 and 1 more are hidden, but the exported file still contains them. Check that they may be published, or delete them before exporting.",
    ]);
    expect(say("publish/hidden-columns", { columns: ["F"] })).toEqual([
      "F 欄是隱藏的，但匯出的檔案仍會包含其內容。請確認可以公開，或先刪除再匯出。",
      "Column F is hidden, but the exported file still contains it. Check that it may be published, or delete it before exporting.",
    ]);
    expect(say("publish/hidden-columns", { columns: ["F", "G", "H", "J"] })).toEqual([
      "F、G、H 等 4 欄是隱藏的，但匯出的檔案仍會包含其內容。請確認可以公開，或先刪除再匯出。",
      "Columns F, G, H and 1 more are hidden, but the exported file still contains them. Check that they may be published, or delete them before exporting.",
    ]);
  });

  it("publish/comment, with its words and empty", () => {
    expect(say("publish/comment", { cell: "C4", text: "請再確認…" })).toEqual([
      "C4 有註解「請再確認…」，註解不會匯出。若其中有需要公開的內容，請寫進儲存格後再匯出。",
      'Cell C4 has a comment ("請再確認…"); comments are not exported. If anything in it is needed, write it into a cell before exporting.',
    ]);
    expect(say("publish/comment", { cell: "C4", text: "" })).toEqual([
      "C4 有註解，註解不會匯出。若其中有需要公開的內容，請寫進儲存格後再匯出。",
      "Cell C4 has a comment; comments are not exported. If anything in it is needed, write it into a cell before exporting.",
    ]);
  });

  it("publish/results-missing counts the measures and names the units, with and without the period", () => {
    expect(say("publish/results-missing", { units: [{ unit: "民政課", count: 2 }], period: "年終" })).toEqual([
      "年終還有 2 筆成效未填報（每項作法的每個執行單位一筆：民政課 2 項），匯出的附件二會有空白。請先請各單位填報，或仍要匯出。",
      "For year end, 2 results are not reported yet (one per measure and unit responsible: 民政課 2): the exported 附件二 will have blanks. Ask the units to report first, or export anyway.",
    ]);
    expect(say("publish/results-missing", { units: [{ unit: "民政課", count: 1 }] })).toEqual([
      "還有 1 筆成效未填報（每項作法的每個執行單位一筆：民政課 1 項），匯出的附件二會有空白。請先請各單位填報，或仍要匯出。",
      "So far, 1 result is not reported yet (one per measure and unit responsible: 民政課 1): the exported 附件二 will have blanks. Ask the units to report first, or export anyway.",
    ]);
    const units = [
      { unit: "民政課", count: 5 },
      { unit: "社會課", count: 4 },
      { unit: "人事室", count: 3 },
      { unit: "秘書室", count: 1 },
    ];
    expect(say("publish/results-missing", { units, period: "期中" })).toEqual([
      "期中還有 13 筆成效未填報（每項作法的每個執行單位一筆：民政課 5 項、社會課 4 項、人事室 3 項 等 4 個單位），匯出的附件二會有空白。請先請各單位填報，或仍要匯出。",
      "For mid-year, 13 results are not reported yet (one per measure and unit responsible: 民政課 5, 社會課 4, 人事室 3 and 1 more unit): the exported 附件二 will have blanks. Ask the units to report first, or export anyway.",
    ]);
  });

  it("publish/validation-errors, one and several", () => {
    expect([...say("publish/validation-errors", { errors: 1 }), ...say("publish/validation-errors", { errors: 3 })]).toEqual([
      "計畫還有 1 個錯誤尚未修正。請先修正，或仍要匯出。",
      "The plan still has 1 error not fixed. Fix it first, or export anyway.",
      "計畫還有 3 個錯誤尚未修正。請先修正，或仍要匯出。",
      "The plan still has 3 errors not fixed. Fix them first, or export anyway.",
    ]);
  });
});
