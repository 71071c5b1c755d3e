/**
 * Builds the playground (webpack.playground.config.js, production) once for every e2e suite: the
 * build goes to node_modules/.cache/service-plan-playground/<hash of its inputs>, so suites, jest
 * workers and later runs with the same sources reuse it. One worker builds while the others wait
 * (a lock directory beside it); a build is written to a temporary directory and renamed into place,
 * so a half-written build is never used.
 */
import { execFile } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..", "..");
const CACHE = path.join(ROOT, "node_modules", ".cache", "service-plan-playground");
/** Older builds kept besides the current one. */
const KEEP = 2;

/** Everything the build reads from the repository (node_modules stands for package-lock.json). */
const INPUTS = [
  "src",
  "samples/sample-plan.xlsx",
  "webpack.config.js",
  "webpack.playground.config.js",
  "tsconfig.json",
  "package-lock.json",
];

function filesUnder(p: string): string[] {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return [p];
  return fs
    .readdirSync(p)
    .sort()
    .flatMap((name) => filesUnder(path.join(p, name)));
}

/** A hash of the build's inputs (test files left out: they are not bundled). */
export function inputsHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of filesUnder(path.join(ROOT, input))) {
      if (/\.test\.tsx?$/.test(file)) continue;
      hash.update(path.relative(ROOT, file)).update("\0").update(fs.readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex").slice(0, 16);
}

function webpack(outputPath: string): Promise<void> {
  const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const args = [cli, "--config", "webpack.playground.config.js", "--mode", "production", "--env", `outputPath=${outputPath}`];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`webpack (playground) failed:\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
}

function pruneOldBuilds(current: string): void {
  const builds = fs
    .readdirSync(CACHE)
    .map((name) => path.join(CACHE, name))
    .filter((p) => p !== current && !p.includes(".tmp-") && !p.endsWith(".lock"))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  for (const old of builds.slice(KEEP)) fs.rmSync(old, { recursive: true, force: true });
}

/** A build older than this holding the lock is taken to have died with its worker. */
const STALE_LOCK_MS = 5 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the build lock (a directory: mkdir is atomic); false while another worker holds it. */
function tryLock(lock: string): boolean {
  try {
    fs.mkdirSync(lock);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    try {
      if (Date.now() - fs.statSync(lock).mtimeMs > STALE_LOCK_MS) fs.rmSync(lock, { recursive: true, force: true });
    } catch {
      // released meanwhile
    }
    return false;
  }
}

/**
 * The directory holding index.html, playground.js and sample-plan.xlsx; builds it when needed. Suites
 * in other workers asking for the same build at the same time wait for the one that builds it.
 */
export async function buildPlayground(): Promise<string> {
  const dir = path.join(CACHE, inputsHash());
  const built = () => fs.existsSync(path.join(dir, "index.html"));
  if (built()) return dir;
  fs.mkdirSync(CACHE, { recursive: true });
  const lock = `${dir}.lock`;
  while (!tryLock(lock)) {
    await sleep(500);
    if (built()) return dir;
  }
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  try {
    if (built()) return dir;
    await webpack(tmp);
    fs.renameSync(tmp, dir);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(lock, { recursive: true, force: true });
  }
  pruneOldBuilds(dir);
  return dir;
}
