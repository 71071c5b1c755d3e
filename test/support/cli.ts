/** The CLI run in-process as a test drives it: its stdout and stderr captured; and a file's SHA-256, to show an input unchanged. */
import * as crypto from "crypto";
import * as fs from "fs";
import { run, type Io } from "../../src/cli/main";

export async function runCli(argv: string[], io: Partial<Io> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s), ...io });
  return { code, out: out.join("\n"), err: err.join("\n"), errLines: err };
}

/** The command's exit code, stdout and stderr (the shape the CLI tests compare whole). */
export async function cli(...argv: string[]) {
  const { code, out, err } = await runCli(argv);
  return { code, out, err };
}

export const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
