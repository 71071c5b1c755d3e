/** A small argument parser: `command <positional> [--flag VALUE] [--switch]`. */
import type { Locale } from "../core/locale";
export class UsageError extends Error {
  override name = "UsageError";
}

/** `--lang zh-TW|en` (default zh-TW); a clear error for anything else. */
export function languageOption(options: Record<string, string | true>): Locale {
  const lang = typeof options.lang === "string" ? options.lang : "zh-TW";
  if (lang !== "zh-TW" && lang !== "en") throw new UsageError(`--lang 只能是 zh-TW 或 en，不是「${lang}」。`);
  return lang;
}

/** The options given a value (`--out X`): `str("out")` is X; undefined when absent or given as a bare switch. */
export function stringValues(options: Record<string, string | true>): (name: string) => string | undefined {
  return (name) => (typeof options[name] === "string" ? (options[name] as string) : undefined);
}

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  options: Record<string, string | true>;
  /** Every value each option was given, in order (`--summary a.xlsx --summary a.csv`); `options` keeps the last. */
  repeated: Record<string, string[]>;
}

export function parseArgs(argv: string[], switches: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  const repeated: Record<string, string[]> = {};
  const give = (key: string, value: string) => {
    options[key] = value;
    (repeated[key] ??= []).push(value);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const [key, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (switches.includes(key)) options[key] = true;
    else if (inline !== undefined) give(key, inline);
    else if (i + 1 < argv.length) give(key, argv[++i]);
    else throw new UsageError(`選項 --${key} 後面需要一個值。`);
  }
  return { command: positional.shift(), positional, options, repeated };
}
