/**
 * Personal data in a cell's text: ID numbers only with a valid check digit, phone numbers in the forms
 * agencies write them and not the dates, amounts and ids that look like them, e-mail addresses; what is
 * found masked. The five seeds hold none of it.
 */
import fc from "fast-check";
import {
  findEmails,
  findIdNumbers,
  findPersonalData,
  findPhoneNumbers,
  idNumberKind,
  maskEmail,
  maskMiddle,
} from "../../../src/core/publish/personalData";
import { readSeed, SEEDS } from "../../support/seedFixtures";

describe("national ID numbers (身分證統一編號)", () => {
  // Worked by hand with the official rule, Y = X1 + 9·X2 + 8·D1 + 7·D2 + … + 2·D7 + D8 + D9, valid when Y % 10 == 0:
  //   A123456789: A = 10 → 1 + 0; 8 + 14 + 18 + 20 + 20 + 18 + 14 + 8 + 9 = 129; Y = 130 ✓
  //   A223456781: 1 + 16 + 14 + 18 + 20 + 20 + 18 + 14 + 8 + 1 = 130 ✓ (a woman's: D1 = 2)
  //   A100537307: 1 + 8 + 0 + 0 + 25 + 12 + 21 + 6 + 0 + 7 = 80 ✓
  //   Z100000002: Z = 33 → 3 + 27 = 30; + 8 + 2 = 40 ✓
  //   I100000003: I = 34 → 3 + 36 = 39; + 8 + 3 = 50 ✓ (I and O were coded out of order)
  //   O200000001: O = 35 → 3 + 45 = 48; + 16 + 1 = 65 ✗, so O200000006: 48 + 16 + 6 = 70 ✓
  const VALID = ["A123456789", "A223456781", "A100537307", "Z100000002", "I100000003", "O200000006"];

  it.each(VALID)("%s is one", (id) => {
    expect(idNumberKind(id)).toBe("national-id");
    expect(findIdNumbers(`身分證字號：${id}。`)).toEqual([{ kind: "national-id", masked: `${id.slice(0, 3)}****${id.slice(7)}` }]);
  });

  it.each(["A123456788", "A123456780", "A223456789", "Z100000003", "I100000004", "O200000001"])(
    "%s, its check digit wrong, is not",
    (id) => {
      expect(idNumberKind(id)).toBeNull();
      expect(findPersonalData(`編號 ${id}`)).toEqual([]);
    },
  );

  it("full-width letters and digits, and a lower-case letter, are read as the number", () => {
    expect(findIdNumbers("申請人Ａ１２３４５６７８９")).toEqual([{ kind: "national-id", masked: "A12****789" }]);
    expect(findIdNumbers("a123456789")).toEqual([{ kind: "national-id", masked: "a12****789" }]);
  });

  it("not inside a longer word or number; a gender digit other than 1 or 2 is no national ID", () => {
    expect(findIdNumbers("XA123456789 A1234567890 1A123456789 A323456789")).toEqual([]);
    expect(findIdNumbers("A123456789B")).toEqual([{ kind: "national-id", masked: "A12****789" }]);
  });

  it("several in one cell, in text order", () => {
    expect(findIdNumbers("A123456789、Z100000002")).toEqual([
      { kind: "national-id", masked: "A12****789" },
      { kind: "national-id", masked: "Z10****002" },
    ]);
  });
});

describe("resident certificate numbers (居留證統一證號)", () => {
  // The format given out since 2021: a letter, 8 or 9, eight digits; the national ID's rule.
  //   A800000014: 1 + 64 + 0 + … + 1·1 + 4 = 70 ✓     A900000007: 1 + 72 + 7 = 80 ✓
  // The format before it: two letters, the second A–D standing for its code's last digit (A 0, B 1, C 2, D 3).
  //   AA00000009: 1 + 0 + 9 = 10 ✓   AB00000001: 1 + 8 + 1 = 10 ✓   AD00000005: 1 + 24 + 5 = 30 ✓
  //   AC01234567: 1 + 16 + 0 + 6 + 10 + 12 + 12 + 10 + 6 + 7 = 80 ✓
  it.each(["A800000014", "A900000007", "AA00000009", "AB00000001", "AC01234567", "AD00000005"])("%s is one", (id) => {
    expect(idNumberKind(id)).toBe("resident-certificate");
    expect(findPersonalData(`居留證 ${id}`)).toEqual([{ kind: "resident-certificate", masked: maskMiddle(id) }]);
  });

  it.each(["A800000015", "A900000008", "AA00000008", "AC01234568", "AE00000009", "A700000014"])(
    "%s (a wrong check digit, or a second letter or digit never given out) is not",
    (id) => {
      expect(idNumberKind(id)).toBeNull();
      expect(findPersonalData(id)).toEqual([]);
    },
  );

  it("masked as the national ID is", () => {
    expect(findIdNumbers("AC01234567")).toEqual([{ kind: "resident-certificate", masked: "AC0****567" }]);
  });
});

/** The check digit of a letter and eight digits, written from the rule, not from the code under test. */
function checkDigit(letter: string, eight: string): number {
  const codes: Record<string, number> = {
    A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
    N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
  }; // prettier-ignore
  const code = codes[letter];
  const weights = [8, 7, 6, 5, 4, 3, 2, 1];
  const y = Math.floor(code / 10) * 1 + (code % 10) * 9 + [...eight].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return (10 - (y % 10)) % 10;
}

describe("ID numbers, property-based", () => {
  const letter = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
  const gender = fc.constantFrom("1", "2", "8", "9");

  it("a letter and nine digits whose check digit is wrong is never reported as an ID", () => {
    fc.assert(
      fc.property(letter, gender, digits(7), fc.integer({ min: 1, max: 9 }), (l, g, seven, off) => {
        const wrong = (checkDigit(l, g + seven) + off) % 10;
        expect(findIdNumbers(`${l}${g}${seven}${wrong}`)).toEqual([]);
        expect(
          findPersonalData(`編號${l}${g}${seven}${wrong}號`).filter((f) => f.kind === "national-id" || f.kind === "resident-certificate"),
        ).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it("every valid ID is reported, of its kind, masked, in any text around it", () => {
    fc.assert(
      fc.property(letter, gender, digits(7), fc.constantFrom("", "身分證：", "(", "申請人 "), (l, g, seven, before) => {
        const id = `${l}${g}${seven}${checkDigit(l, g + seven)}`;
        const kind = g === "1" || g === "2" ? "national-id" : "resident-certificate";
        expect(findIdNumbers(`${before}${id}。`)).toEqual([{ kind, masked: `${id.slice(0, 3)}****${id.slice(7)}` }]);
      }),
      { numRuns: 2000 },
    );
  });

  it("of the ten check digits after an old-format prefix, exactly one is reported", () => {
    fc.assert(
      fc.property(letter, fc.constantFrom("A", "B", "C", "D"), digits(7), (l, second, seven) => {
        const found = [..."0123456789"].filter((d) => findIdNumbers(`${l}${second}${seven}${d}`).length === 1);
        const lastDigitOfCode = { A: "0", B: "1", C: "2", D: "3" }[second] ?? "";
        expect(found).toEqual([String(checkDigit(l, lastDigitOfCode + seven))]);
      }),
    );
  });
});

describe("phone numbers", () => {
  it.each([
    ["0912-345-678", "mobile", "091*-***-678"],
    ["0912345678", "mobile", "091****678"],
    ["0912 345 678", "mobile", "091* *** 678"],
    ["0912-345678", "mobile", "091*-***678"],
    ["+886 912 345 678", "mobile", "+886 *** *** 678"],
    ["+886-912-345-678", "mobile", "+886-***-***-678"],
    ["+886912345678", "mobile", "+886******678"],
    ["０９１２－３４５－６７８", "mobile", "091*-***-678"],
    ["(02)2345-6789", "landline", "(02)2***-*789"],
    ["(02) 2345 6789", "landline", "(02) 2*** *789"],
    ["（０２）２３４５－６７８９", "landline", "(02)2***-*789"],
    ["02-2345-6789", "landline", "02-2***-*789"],
    ["02-23456789", "landline", "02-2****789"],
    ["0223456789", "landline", "022****789"],
    ["07-123-4567", "landline", "07-1**-*567"],
    ["07-1234567", "landline", "07-1***567"],
    ["(07)123-4567", "landline", "(07)1**-*567"],
    ["04-2345-6789", "landline", "04-2***-*789"],
    ["049-2345678", "landline", "049-****678"],
    ["037-123456", "landline", "037-***456"],
    ["089-123456", "landline", "089-***456"],
    ["+886-2-2345-6789", "landline", "+886-*-****-*789"],
    ["02-2345-6789#123", "landline", "02-2***-*789#123"],
    ["02-2345-6789 分機 123", "landline", "02-2***-*789 分機 123"],
    ["(07)799-5678轉12", "landline", "(07)7**-*678轉12"],
    ["電話：2345-6789", "landline", "234*-*789"],
    ["TEL 7995678", "landline", "799*678"],
  ])("%s is a %s number, shown as %s", (text, kind, masked) => {
    expect(findPhoneNumbers(text)).toEqual([{ kind, masked }]);
  });

  it.each([
    ["113-12-31"],
    ["2024-12-31"],
    ["2024/12/31"],
    ["113.12.31"],
    ["113年12月31日"],
    ["民國113年"],
    ["106-115 年"],
    ["1,234,567"],
    ["1,234,567元"],
    ["12,000人次"],
    ["1-2-3"],
    ["1-1-1、2-3-1"],
    ["6-4-12"],
    ["09:00-17:00"],
    ["0900-1700"],
    ["每季1次"],
    ["1999市民當家熱線"],
    ["0800-123-456"],
    ["0800123456"],
    ["府授研字第0930012345號"],
    ["第 0912345678 號"],
    ["電話禮貌測試"],
    ["電話 2 次"],
    ["A071234567"],
    ["12345678901"],
    ["04595252"],
  ])("%s is not a phone number", (text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
    expect(findPersonalData(text)).toEqual([]);
  });

  it("several in a sentence, in text order, with the e-mail address after them", () => {
    expect(findPersonalData("請洽承辦人，電話(07)799-5678分機123，手機0912-345-678，信箱wang.xm@kcg.gov.tw。")).toEqual([
      { kind: "landline", masked: "(07)7**-*678分機123" },
      { kind: "mobile", masked: "091*-***-678" },
      { kind: "email", masked: "w******@kcg.gov.tw" },
    ]);
  });
});

describe("e-mail addresses", () => {
  it.each([
    ["wang.xm@kcg.gov.tw", "w******@kcg.gov.tw"],
    ["請寄至 service@mail.kcg.gov.tw。", "s******@mail.kcg.gov.tw"],
    ["ａｂｃ＠ｍａｉｌ．ｇｏｖ．ｔｗ", "a**@mail.gov.tw"],
    ["x@example.com", "*@example.com"],
    ["0912345678@gmail.com", "0*********@gmail.com"],
  ])("%s is shown as %s", (text, masked) => {
    expect(findEmails(text)).toEqual([{ kind: "email", masked }]);
    expect(findPersonalData(text)).toEqual([{ kind: "email", masked }]);
  });

  it.each([["@家"], ["首長信箱"], ["a@b"], ["user@localhost"], ["F&Q"]])("%s is not one", (text) => {
    expect(findEmails(text)).toEqual([]);
  });

  it("maskEmail keeps the domain", () => {
    expect(maskEmail("chen@gov.tw")).toBe("c***@gov.tw");
  });
});

describe("the five seeds", () => {
  it.each(SEEDS)("%s: no cell of any sheet holds an ID number, a phone number or an e-mail address", (name) => {
    const seed = readSeed(name);
    const found = seed.sheets.flatMap((sheet) =>
      sheet.rows.flatMap((row, r) => row.flatMap((v, c) => findPersonalData(v).map((f) => ({ sheet: sheet.name, r, c, ...f })))),
    );
    // Each plan speaks of 電話禮貌測試, 聯絡電話 and 首長信箱, and of dates, years and counts, but gives no number or address.
    expect(found).toEqual([]);
  });
});
