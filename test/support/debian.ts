/**
 * Suites that need a Debian package (openpyxl, LibreOffice, Chromium) skip outside CI with a loud
 * line naming the package, and fail under CI=true, where .ci/run must have installed it.
 */
import { spawnSync } from "child_process";

/** Debian's python3 (openpyxl from python3-openpyxl is not seen by the pyenv python3 first on PATH). */
export const DEBIAN_PYTHON = "/usr/bin/python3";

export function hasOpenpyxl(): boolean {
  return spawnSync(DEBIAN_PYTHON, ["-c", "import openpyxl"]).status === 0;
}

/** `describe` when the package is there; otherwise skip loudly, or throw under CI. */
export function describeWithPackage(pkg: string, available: boolean): jest.Describe {
  if (available) return describe;
  if (process.env.CI === "true") throw new Error(`CI: Debian package ${pkg} is required (.ci/run installs it) but is missing.`);
  console.warn(`\n*** SKIPPED: install the Debian package ${pkg} (apt-get install ${pkg}) to run this suite. ***\n`);
  return describe.skip;
}

/** Runs a Python snippet with Debian's python3; returns stdout parsed as JSON. */
export function python(code: string, ...args: string[]): unknown {
  const r = spawnSync(DEBIAN_PYTHON, ["-c", code, ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`python failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
