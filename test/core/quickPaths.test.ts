/**
 * The CLI's speed work took short ways through the text and matching code (issue 10: a 5,000-measure
 * plan within openpyxl's time). Each must give what the general way gives; here each is held to
 * the general way, written out as it was, on every character or on generated texts.
 */
import fc from "fast-check";
import { runsOf, focusCellKey, sameFocusCell } from "../../src/core/checks/planCells";
import { KAOHSIUNG } from "../../src/core/framework/kaohsiung";
import { VAC } from "../../src/core/framework/vac";
import { matchFocus, matchPillar, MATCH_THRESHOLD, similarity } from "../../src/core/framework/match";
import type { Framework } from "../../src/core/framework/types";
import { markerOf, type Marker, type MarkerStyle } from "../../src/core/impose/measureText";
import type { Measure } from "../../src/core/plan";
import { cleanCjkSpacing, matchKey } from "../../src/core/text/normalize";
import { parseChineseNumeral, splitEnumLabel, splitParenLabel } from "../../src/core/text/numerals";
import { splitUnits } from "../../src/core/text/units";

/** Texts drawn from the characters plan cells are made of, and a few others. */
const textOf = (chars: string, maxLength = 40) => fc.array(fc.constantFrom(...[...chars]), { maxLength }).map((a) => a.join(""));
const PLAN_CHARS =
  "服務計畫執行要項重點單位秘書室民政課一二三十作法ａＢ12３abcXYZ，。、；：「」（）()[]<>.,;:!?/-_ \t\n\r\u3000\u00a0\u2026\u2014\uff01\uff0c\uff61①②";

describe("matchKey", () => {
  const general = (t: string) =>
    t
      .normalize("NFKC")
      .replace(/[\s\p{P}\p{S}]/gu, "")
      .toLowerCase();

  it("gives the general key (NFKC, no blanks or punctuation, lower case) for every character", () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (matchKey(s) !== general(s)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("gives the general key for texts mixing the characters each short way takes and those it leaves (property)", () => {
    fc.assert(fc.property(fc.oneof(textOf(PLAN_CHARS), fc.string({ unit: "binary", maxLength: 20 })), (s) => matchKey(s) === general(s)));
  });
});

describe("cleanCjkSpacing", () => {
  const SPACE_BETWEEN_CJK =
    /(?<=[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef)])[ \t\u00a0\u3000]+(?=[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef(])/g;
  /** Line by line, as it was. */
  const lineByLine = (text: string) =>
    text
      .replace(/\r\n?/g, "\n")
      .split("\n")
      .map((line) =>
        line
          .replace(SPACE_BETWEEN_CJK, "")
          .replace(/(?<=[(（])[ \t\u00a0\u3000]+/g, "")
          .replace(/[ \t\u00a0\u3000]+(?=[)）])/g, "")
          .trim(),
      )
      .join("\n");

  it("cleans the whole text at once as it cleans each line (property)", () => {
    fc.assert(fc.property(textOf(PLAN_CHARS + "\u2028\v\f"), (s) => cleanCjkSpacing(s) === (/[^\S\n]/.test(s) ? lineByLine(s) : s)));
  });
});

describe("splitUnits", () => {
  /** As it was: every part split at blanks when each piece is a name of two characters or more. */
  const general = (text: string) => {
    const units: string[] = [];
    for (const part of text.split(/[、，,;；/／\n]+/)) {
      const trimmed = part.trim();
      const tokens = trimmed.split(/\s+/).filter((t) => t !== "");
      for (const token of tokens.every((t) => t.length >= 2) ? tokens : [cleanCjkSpacing(trimmed)])
        if (token !== "" && !units.includes(token)) units.push(token);
    }
    return units;
  };

  it("splits one name, several, and spaced-out names as the general way does (property)", () => {
    fc.assert(fc.property(textOf("秘書室民政課人事會計各課室 、，,;；/／\n\r\t\u3000"), (s) => expect(splitUnits(s)).toEqual(general(s))));
  });
});

describe("markerOf", () => {
  const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
  const PATTERNS: [MarkerStyle, RegExp][] = [
    ["arabic", /^\s*(\d{1,2})\s*[.、．](?!\d)\s*/],
    ["arabic", /^\s*(\d{1,2})\s+(?=[\u4e00-\u9fff])/],
    ["paren", /^\s*[(（]\s*(\d{1,2})\s*[)）]\s*/],
    ["cjkParen", /^\s*[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*/],
    ["cjk", /^\s*([一二三四五六七八九十]{1,3})\s*、\s*/],
    ["circled", new RegExp(`^\\s*([${CIRCLED}])\\s*`)],
  ];
  /** Every pattern tried, as it was. */
  const general = (line: string): Marker | null => {
    for (const [style, re] of PATTERNS) {
      const m = re.exec(line);
      if (!m) continue;
      const n =
        style === "circled"
          ? CIRCLED.indexOf(m[1]) + 1
          : style === "cjk" || style === "cjkParen"
            ? parseChineseNumeral(m[1])
            : Number(m[1]);
      if (n !== null && n > 0) return { style, n, length: m[0].length };
    }
    return null;
  };

  /** Lines that start like numbering more often than random text would. */
  const line = fc
    .tuple(
      textOf(" \t\u3000", 2),
      fc.constantFrom("", "(", "（", "①", "⑳", "作"),
      fc.constantFrom("", "1", "12", "123", "0", "一", "十二", "二十三"),
      textOf(" ", 1),
      fc.constantFrom("", ")", "）", "、", ".", "．", " "),
      textOf("1作法 ", 3),
    )
    .map((parts) => parts.join(""));

  it("finds the numbering the six patterns find, and none where they find none (property)", () => {
    fc.assert(
      fc.property(fc.oneof(line, textOf("1203一二十（）()、.．①⑳作法 \t\u3000", 8)), (s) => expect(markerOf(s)).toEqual(general(s))),
      {
        numRuns: 1000,
      },
    );
  });
});

describe("matching wordings through the framework's index", () => {
  /** Every wording scored in order, the first best kept, as it was. */
  function best<T>(text: string, candidates: { item: T; wordings: string[] }[]) {
    let top: { item: T; score: number } | null = null;
    for (const c of candidates)
      for (const w of c.wordings) {
        const score = similarity(text, w);
        if (!top || score > top.score) top = { item: c.item, score };
      }
    return top && top.score >= MATCH_THRESHOLD ? top : null;
  }
  const focusGeneral = (framework: Framework, text: string, pillar?: number) => {
    const labelled = splitParenLabel(text);
    const body = labelled ? labelled.rest : text;
    if (matchKey(body).length < 2) return null;
    const pool = framework.pillars.filter((p) => pillar === undefined || p.number === pillar);
    const found = best(
      body,
      pool.flatMap((p) => p.focusPoints.map((f) => ({ item: f, wordings: [f.text, ...(f.variants ?? [])] }))),
    );
    return found ? { focus: found.item, score: found.score, label: labelled?.label ?? null } : null;
  };
  const pillarGeneral = (framework: Framework, text: string) => {
    const numbered = splitEnumLabel(text);
    const body = numbered ? numbered.rest : text;
    const candidates: { item: Framework["pillars"][number] | null; wordings: string[] }[] = framework.pillars.map((p) => ({
      item: p,
      wordings: [p.title, ...(p.variants ?? [])],
    }));
    if (framework.preamble) candidates.push({ item: null, wordings: [framework.preamble.title, ...framework.preamble.variants] });
    const found = best(body, candidates);
    if (found) return { number: found.item ? found.item.number : 0, pillar: found.item, score: found.score };
    if (framework.preamble && /訂定.{0,4}提升.{0,8}計畫/.test(matchKey(text))) return { number: 0, pillar: null, score: MATCH_THRESHOLD };
    const byNumber = numbered ? framework.pillars.find((p) => p.number === numbered.n) : undefined;
    return byNumber && matchKey(body).length === 0 ? { number: byNumber.number, pillar: byNumber, score: MATCH_THRESHOLD } : null;
  };

  for (const framework of [KAOHSIUNG, VAC]) {
    const wordings = framework.pillars.flatMap((p) => [p.title, ...p.focusPoints.flatMap((f) => [f.text, ...(f.variants ?? [])])]);
    /** A framework wording cut, spliced with another and sprinkled with noise: near misses and hits alike. */
    const reworded = fc
      .tuple(fc.constantFrom(...wordings), fc.constantFrom(...wordings), fc.nat(60), fc.nat(60), textOf("(二)三、提升服務 ，。", 6))
      .map(([a, b, i, j, noise]) => noise + a.slice(0, i) + b.slice(j));

    it(`${framework.id}: gives the focus point and pillar that scoring every wording gives (property)`, () => {
      fc.assert(
        fc.property(reworded, fc.option(fc.integer({ min: 1, max: framework.pillars.length }), { nil: undefined }), (text, pillar) => {
          expect(matchFocus(framework, text, pillar)).toEqual(focusGeneral(framework, text, pillar));
          expect(matchPillar(framework, text)).toEqual(pillarGeneral(framework, text));
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe("runsOf", () => {
  it("gives the same runs with a field-by-field comparison as with the keys alone (property)", () => {
    const measure = fc
      .record({
        pillar: fc.constantFrom(null, 0, 1, 2),
        pillarText: fc.constantFrom("", "一、甲", "乙"),
        focusText: fc.constantFrom("", "(一)丙", "丁"),
      })
      .map((f) => f as unknown as Measure);
    fc.assert(
      fc.property(fc.array(measure, { maxLength: 30 }), (ms) =>
        expect(runsOf(ms, focusCellKey, sameFocusCell)).toEqual(runsOf(ms, focusCellKey)),
      ),
    );
  });
});

describe("hasPlainLetter: the quick test isEmptyMeasure makes before \\p{L}", () => {
  it("is true for a CJK ideograph or an ASCII letter at either end of their ranges, false just outside them", async () => {
    const { hasPlainLetter } = await import("../../src/core/checks/measureContent");
    for (const yes of ["一", "\u4e00", "\u9fff", "a", "z", "A", "Z", "— 1. a"]) expect([yes, hasPlainLetter(yes)]).toEqual([yes, true]);
    for (const no of ["", "1.", "—", "@", "[", "`", "{", "\u4dff", "\ua000", "①", "é"])
      expect([no, hasPlainLetter(no)]).toEqual([no, false]);
  });
});
