/**
 * Targets read from measure texts (issue 13): the seeds' own phrasings (seed 004 states three: 每年至少20小時,
 * 至少2場次, 至少4場次; seeds 000–003 none), periods turned into the year's number.
 */
import { targetsIn } from "../../src/core/results/targets";

describe("targetsIn", () => {
  it.each([
    [
      "分區辦理防疫、正確用藥等宣導講座至少 2場次，增進健康知能。",
      [{ text: "至少 2場次", quantity: 2, unit: "場次", per: null, perYear: 2, atLeast: true }],
    ],
    [
      "增進人員專業水準，每年至少 20小時；強化專業。",
      [{ text: "每年至少 20小時", quantity: 20, unit: "小時", per: "年", perYear: 20, atLeast: true }],
    ],
    ["每季1次檢討作業流程。", [{ text: "每季1次", quantity: 1, unit: "次", per: "季", perYear: 4, atLeast: false }]],
    ["每月辦理二場志工訓練。", [{ text: "每月辦理二場", quantity: 2, unit: "場", per: "月", perYear: 24, atLeast: false }]],
    ["滿意度達９０％以上。", [{ text: "達90%以上", quantity: 90, unit: "%", per: null, perYear: 90, atLeast: true }]],
    [
      "辦理各項就業服務與公益活動至少4場次，並每半年至少1次訪視。",
      [
        { text: "至少4場次", quantity: 4, unit: "場次", per: null, perYear: 4, atLeast: true },
        { text: "每半年至少1次", quantity: 1, unit: "次", per: "半年", perYear: 2, atLeast: true },
      ],
    ],
  ])("%s", (text, expected) => {
    expect(targetsIn(text)).toEqual(expected);
  });

  it("a number that describes the service is not a target: 24小時服務不打烊, 1999 專線, (COVID-19)", () => {
    expect(targetsIn("非上班時間設置專人輪值服務，全年無休，24小時服務不打烊。")).toEqual([]);
    expect(targetsIn("因應新型冠狀肺炎(COVID-19)等疫情，設置1999專線。")).toEqual([]);
    // Seeds 000 and 001: 「一次」 meaning "at once", not a count.
    expect(targetsIn("對本市入營之服兵役役男列級家屬發給一次安家費。")).toEqual([]);
    expect(targetsIn("提供正確、迅速、親切、一次完整告知的服務。")).toEqual([]);
  });
});
