/**
 * A finding in words, zh-TW or English, built from its params only (so the CLI, the pane and a
 * sheet of findings all say the same thing). Each code's sentences are in its registry entry;
 * Chinese wording from the plan is quoted as written.
 */
import type { Locale } from "../locale";
import type { Finding } from "./finding";
import { codeEntry } from "./registry";

export { shortText } from "./phrases";

/** The language a message is rendered in (one Locale type for core, CLI and pane). */
export type Language = Locale;

export function findingMessage(f: Pick<Finding, "code" | "params">, language: Language = "zh-TW"): string {
  // Code and params come as a pair (Finding); TypeScript cannot follow the pair through the lookup.
  const entry = codeEntry(f.code) as { zh: (p: Finding["params"]) => string; en: (p: Finding["params"]) => string };
  return language === "en" ? entry.en(f.params) : entry.zh(f.params);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** How many of a thing, for summaries: "2 errors" / "錯誤 2". */
export const SEVERITY_NAMES: Record<Language, Record<Finding["severity"], string>> = {
  "zh-TW": { error: "錯誤", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

export function countText(language: Language, severity: Finding["severity"], n: number): string {
  if (language === "zh-TW") return `${SEVERITY_NAMES["zh-TW"][severity]} ${n}`;
  return severity === "info" ? `${n} info` : plural(n, SEVERITY_NAMES.en[severity]);
}
