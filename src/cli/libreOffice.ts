/**
 * LibreOffice headless, for the CLI's PDF: the printed .xlsx we write is converted with `soffice
 * --convert-to pdf`, which keeps the page setup (A4, one page wide, the header row on every page,
 * the footer, our page breaks). A fresh user profile in a temporary folder each time, so a
 * LibreOffice the user has open (or another conversion) does not lock it.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** Where soffice usually is: on PATH, Debian's and macOS's and Windows' install folders. */
const CANDIDATES = [
  "soffice",
  "/usr/bin/soffice",
  "/usr/lib/libreoffice/program/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
];

/** The soffice that runs here, or null. */
export function findSoffice(): string | null {
  for (const candidate of CANDIDATES) {
    const r = spawnSync(candidate, ["--version"], { encoding: "utf8", timeout: 30_000 });
    if (r.status === 0) return candidate;
  }
  return null;
}

/** `bytes` (a file of type `ext`) converted by LibreOffice to `format` ("pdf"); throws with LibreOffice's words when it cannot. */
export function libreOfficeConvert(soffice: string, bytes: Uint8Array, ext: string, format: string): Uint8Array {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "service-plan-lo-"));
  try {
    const input = path.join(dir, `sheet.${ext}`);
    fs.writeFileSync(input, bytes);
    const profile = `file://${dir.split(path.sep).join("/")}/profile`;
    const r = spawnSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", format, "--outdir", dir, input], {
      encoding: "utf8",
      timeout: 180_000,
    });
    const out = path.join(dir, `sheet.${format.split(":")[0]}`);
    if (r.status !== 0 || !fs.existsSync(out)) throw new Error((r.stderr || r.stdout || `exit ${r.status}`).trim());
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
