import { KAOHSIUNG } from "../../src/core/framework/kaohsiung";
import { VAC } from "../../src/core/framework/vac";
import { allFocusPoints } from "../../src/core/framework/catalog";
import { readCustomFramework } from "../../src/core/workbook/frameworkSheet";
import { FrameworkError } from "../../src/core/framework/types";
import { matchFocus, matchFocusGroup, matchPillar } from "../../src/core/framework/match";
import { makeGrid } from "../../src/core/grid";

describe("the Kaohsiung framework", () => {
  it("has six pillars and 22 focus points with ids P-F", () => {
    expect(KAOHSIUNG.pillars.map((p) => p.focusPoints.length)).toEqual([4, 4, 4, 3, 3, 4]);
    expect(allFocusPoints(KAOHSIUNG)).toHaveLength(22);
    expect(allFocusPoints(KAOHSIUNG).map((f) => f.id)).toContain("2-3");
    expect(KAOHSIUNG.pillars[1].focusPoints[2].label).toBe("(三)");
  });

  it("matches every focus point's own wording to itself, labels aside", () => {
    for (const f of allFocusPoints(KAOHSIUNG)) expect(matchFocus(KAOHSIUNG, `(九)${f.text}。`)?.focus.id).toBe(f.id);
  });

  it("tolerates a missing clause, PDF spaces and small rewording", () => {
    expect(matchFocus(KAOHSIUNG, "(二)提供民眾易讀、易懂、易用的服務申辦資訊，提升服務流程透明度")?.focus.id).toBe("1-2");
    expect(matchFocus(KAOHSIUNG, "( 二 ) 提 供 民 眾 易 讀 、易懂、易用的服務申辦資訊及進度查詢管道")?.focus.id).toBe("1-2");
    expect(matchFocus(KAOHSIUNG, "(三)傾聽民眾意見，積極回應，有效協助民眾解決問題。")).toMatchObject({
      label: "(三)",
      focus: { id: "2-4" },
    });
  });

  it("does not match by label alone or unrelated text", () => {
    expect(matchFocus(KAOHSIUNG, "(三)")).toBeNull();
    expect(matchFocus(KAOHSIUNG, "辦理員工自強活動與文康競賽")).toBeNull();
  });

  it("splits a cell grouping several focus points", () => {
    const cell = "(一)建立業務標準作業流程，維持服務措施處理一致性\n(三)注重服務人員的禮貌態度，提高民眾臨櫃洽公";
    expect(matchFocusGroup(KAOHSIUNG, cell, 1).map((m) => m.focus.id)).toEqual(["1-1", "1-3"]);
  });

  it("matches pillars by wording, and the preamble row as pillar 0", () => {
    expect(matchPillar(KAOHSIUNG, "三、便捷服務遞送過程與方式，提升民眾生活便利度")?.number).toBe(3);
    expect(matchPillar(KAOHSIUNG, "一、完備基 礎 服 務 項目，注重服 務 特性差異化")?.number).toBe(1);
    expect(matchPillar(KAOHSIUNG, "訂定「提升服務執行計畫」")?.number).toBe(0);
    expect(matchPillar(KAOHSIUNG, "伍、推動及管考")).toBeNull();
    expect(matchPillar(VAC, "重視全程意見回饋及參與，力求服務切合退除役官兵及眷屬需求")?.number).toBe(2);
  });
});

describe("a custom framework sheet", () => {
  it("reads pillars and focus points from two columns", () => {
    const fw = readCustomFramework(
      makeGrid("架構", [
        ["執行要項", "執行重點"],
        ["訂定「提升服務計畫」", "訂定機關年度計畫"],
        ["一、數位服務", "(一)線上申辦"],
        [null, "(二)行動支付"],
        ["二、友善環境", null],
      ]),
    );
    expect(fw.pillars.map((p) => [p.title, p.focusPoints.map((f) => `${f.id} ${f.text}`)])).toEqual([
      ["數位服務", ["1-1 線上申辦", "1-2 行動支付"]],
      ["友善環境", []],
    ]);
    expect(fw.preamble?.title).toBe("訂定「提升服務計畫」");
    expect(matchFocus(fw, "(二)行動支付服務")?.focus.id).toBe("1-2");
  });

  it("says which cell is wrong", () => {
    expect(() => readCustomFramework(makeGrid("架構", [["一、甲"], ["三、丙"]]))).toThrow(
      "架構工作表「架構」A2：執行要項應為第 2 項，卻寫「三、丙」。",
    );
    try {
      readCustomFramework(makeGrid("架構", [["一、甲"], ["三、丙"]]));
    } catch (e) {
      expect((e as FrameworkError).messageIn("en")).toBe('Framework sheet "架構", A2: this should be pillar 2, but it says "三、丙".');
    }
    expect(() => readCustomFramework(makeGrid("架構", [["沒有編號"]]))).toThrow(FrameworkError);
  });
});
