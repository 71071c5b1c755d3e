/**
 * Suites that need a Debian package (openpyxl, LibreOffice, Chromium) skip outside CI with a loud
 * line naming the package, and fail under CI=true, where .ci/run must have installed it.
 */
import { spawnSync } from "child_process";
import { existsSync, writeFileSync } from "fs";

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

export const SOFFICE = "/usr/bin/soffice";

export function hasLibreOffice(): boolean {
  return spawnSync(SOFFICE, ["--version"], { encoding: "utf8" }).status === 0;
}

/**
 * Converts a file with LibreOffice headless (its own profile, so runs in parallel don't collide);
 * returns the output file's path. `format`: e.g. "pdf", or "csv:Text - txt - csv (StarCalc):44,34,76" (UTF-8).
 */
export function libreOfficeConvert(input: string, format: string, outDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const profile = `file://${outDir}/lo-profile`;
  const r = spawnSync(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, input], {
    encoding: "utf8",
    timeout: 120_000,
    env,
  });
  const name = input.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
  const ext = format.split(":")[0];
  const out = `${outDir}/${name}.${ext}`;
  if (r.status !== 0 || !existsSync(out)) throw new Error(`LibreOffice could not convert ${input}: ${r.stderr || r.stdout}`);
  return out;
}

export function hasPoppler(): boolean {
  return spawnSync("pdftotext", ["-v"], { encoding: "utf8" }).status === 0;
}

/** Whether fontconfig knows a font family (fc-list, from fontconfig). */
export function hasFontFamily(family: string): boolean {
  return (spawnSync("fc-list", [":", "family"], { encoding: "utf8" }).stdout ?? "").includes(family);
}

/**
 * A fontconfig file that renders 標楷體 (and DFKai-SB, its Windows name) with AR PL UKai TW
 * (Debian's fonts-arphic-ukai): LibreOffice on Linux has no 標楷體 and would otherwise fall back to
 * whatever it finds. Pass it as FONTCONFIG_FILE.
 */
export function kaiFontconfig(dir: string): string {
  const file = `${dir}/fonts.conf`;
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>` +
      ["標楷體", "DFKai-SB"]
        .map((f) => `<alias binding="same"><family>${f}</family><prefer><family>AR PL UKai TW</family></prefer></alias>`)
        .join("") +
      `</fontconfig>`,
  );
  return file;
}
