import fc from "fast-check";
import { cleanCjkSpacing, matchKey } from "../../src/core/text/normalize";
import { parseChineseNumeral, splitEnumLabel, splitParenLabel, toChineseNumeral } from "../../src/core/text/numerals";
import { excelSerialToIso, isoToRoc, parseDate, parseDeadline } from "../../src/core/text/rocDate";
import { expandUnits, isBlanketUnit, splitUnits } from "../../src/core/text/units";

describe("CJK spacing", () => {
  it("removes the spaces PDF extraction leaves inside CJK text, keeps them between Latin words", () => {
    expect(cleanCjkSpacing("完備基 礎 服 務 項目")).toBe("完備基礎服務項目");
    expect(cleanCjkSpacing("( 二 ) 提 供 民 眾")).toBe("(二)提供民眾");
    expect(cleanCjkSpacing("提供 i-Taiwan 免費上網")).toBe("提供 i-Taiwan 免費上網");
    expect(cleanCjkSpacing("第一行 \r\n 第 二 行")).toBe("第一行\n第二行");
  });

  it("is idempotent and never changes the CJK characters themselves (property)", () => {
    const cjk = fc.constantFrom(..."服務計畫執行要項重點單位，。、（）() ".split(""));
    fc.assert(
      fc.property(
        fc.array(cjk, { maxLength: 40 }).map((a) => a.join("")),
        (s) => {
          const once = cleanCjkSpacing(s);
          expect(cleanCjkSpacing(once)).toBe(once);
          expect(once.replace(/\s/g, "")).toBe(s.replace(/\s/g, ""));
        },
      ),
    );
  });

  it("matchKey ignores width, spacing and punctuation", () => {
    expect(matchKey("（二）提供民眾易讀、易懂")).toBe(matchKey("(二) 提供民眾易讀，易 懂"));
    expect(matchKey("ＡＢＣ１２３")).toBe("abc123");
    fc.assert(fc.property(fc.string(), (s) => expect(matchKey(matchKey(s))).toBe(matchKey(s))));
  });
});

describe("Chinese numerals", () => {
  it("parses and writes 一 … 九十九", () => {
    expect([1, 2, 10, 11, 12, 20, 23, 99].map(toChineseNumeral)).toEqual(["一", "二", "十", "十一", "十二", "二十", "二十三", "九十九"]);
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), (n) => expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n)));
    expect(parseChineseNumeral("百")).toBeNull();
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
  });

  it("reads labels (三) （三） and 二、", () => {
    expect(splitParenLabel("（三）傾聽民眾意見")).toEqual({ n: 3, label: "(三)", rest: "傾聽民眾意見" });
    expect(splitParenLabel("( 二 ) 提供")).toEqual({ n: 2, label: "(二)", rest: "提供" });
    expect(splitEnumLabel("二、重視全程意見回饋")).toEqual({ n: 2, rest: "重視全程意見回饋" });
    expect(splitParenLabel("沒有標號")).toBeNull();
  });
});

describe("ROC dates and deadlines", () => {
  it("reads ROC and AD dates in the usual forms", () => {
    expect(parseDate("113年12月31日")).toBe("2024-12-31");
    expect(parseDate("113/12/31")).toBe("2024-12-31");
    expect(parseDate("113.12.31")).toBe("2024-12-31");
    expect(parseDate("民國113年1月5日")).toBe("2024-01-05");
    expect(parseDate("2024/12/31")).toBe("2024-12-31");
    expect(parseDate("１１３／１２／３１")).toBe("2024-12-31");
    expect(parseDate("113年6月底前")).toBe("2024-06-30");
    expect(parseDate("113/02/30")).toBeNull();
    expect(parseDate("113年13月1日")).toBeNull();
  });

  it("round-trips every ROC date (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1950-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseDate(isoToRoc(iso))).toBe(iso);
      }),
    );
  });

  it("classifies deadlines", () => {
    expect(parseDeadline("持續辦理")).toEqual({ kind: "phrase", phrase: "持續辦理" });
    expect(parseDeadline("每季")).toEqual({ kind: "phrase", phrase: "每季" });
    expect(parseDeadline("113年12月31日")).toEqual({ kind: "date", iso: "2024-12-31" });
    expect(parseDeadline("下禮拜吧")).toEqual({ kind: "invalid", text: "下禮拜吧" });
    expect(excelSerialToIso(45657)).toBe("2024-12-31");
  });
});

describe("unit lists", () => {
  it("splits on 、，, spaces and newlines, keeps order, drops repeats", () => {
    expect(splitUnits("秘書室、民政課，社會課\n人事室 會計室、秘書室")).toEqual(["秘書室", "民政課", "社會課", "人事室", "會計室"]);
    expect(splitUnits("秘 書 室")).toEqual(["秘書室"]);
    expect(splitUnits("")).toEqual([]);
  });

  it("knows the blanket words and expands them only where a unit list is known", () => {
    expect(["各科室", "各課室", "各組", "各業參", "本所各課室"].every(isBlanketUnit)).toBe(true);
    expect(isBlanketUnit("秘書室")).toBe(false);
    expect(expandUnits(["各課室", "秘書室"], ["民政課", "秘書室"])).toEqual(["民政課", "秘書室"]);
    expect(expandUnits(["各課室"], [])).toEqual(["各課室"]);
  });
});
