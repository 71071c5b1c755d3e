/**
 * Comparing two years (issue 15): matching 5,000 measures with 5,000 others none of which is the same,
 * all sharing their opening words (辦理服務…), the worst case of the matcher's fourth pass (every pair
 * shares a bigram). Target: under 2 s.
 */
import type { Measure } from "../src/core/plan";
import { matchMeasures } from "../src/core/yearOver/measureMatch";

const CHARS =
  "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題";

/** A made-up measure's wording: the same opening, then `n` characters drawn from `seed`. */
function wording(seed: number, n: number): string {
  let s = "辦理服務";
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += CHARS[x % CHARS.length];
  }
  return s;
}

const measure = (id: string, text: string) => ({ id, title: "", text, titled: false }) as unknown as Measure;

/** Milliseconds to match `n` measures with `n` others; false when over the target. */
export function benchCompare(n = 5000): boolean {
  const before = Array.from({ length: n }, (_, i) => measure(`1-1-${i}`, wording(i, 40)));
  const after = Array.from({ length: n }, (_, i) => measure(`2-1-${i}`, wording(i + 7 * n, 40)));
  const t0 = process.hrtime.bigint();
  matchMeasures(before, after);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(
    `compare (core only): ${n.toLocaleString("en")} measures matched with ${n.toLocaleString("en")} in ${ms.toFixed(0)} ms (target < 2000)`,
  );
  return ms < 2000;
}
