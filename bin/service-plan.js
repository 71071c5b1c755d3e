#!/usr/bin/env -S node --max-semi-space-size=1
// Runs the CLI compiled to one JavaScript file (npm run build:cli; `npm ci` and `npm install` run it),
// so no TypeScript is compiled when a user runs it. From the sources instead: npm run cli -- <args>.
//
// V8 is tuned for a run of a second, not a server. Memory touched for the first time is dear (about
// 3–4 ms a megabyte on the machines we measured; `npm run bench` prints it), and so is compiling:
// - The young generation is held to 1 MB semi-spaces (V8 grows it to 16 MB), which a short run never
//   repays. V8 sizes its heap at start, so this flag is on the shebang line: `env -S` is in GNU
//   coreutils, macOS and npm's Windows shims; where env lacks it (BusyBox), `node bin/service-plan.js`
//   works the same, only slower.
// - Functions are optimised (TurboFan) only when very hot: most optimised code did not repay its
//   compiling, done on the second core, before the run was over. Set here, before any of our code
//   runs; only on the V8 it was measured on (Node 20's), as another V8 may lack the flag.
// impose --out of 5,000 measures, median of 11: 370 ms with V8's defaults, 340 with the first, 333
// with the second, 285 with both (page faults 12,597 → 7,265); compare of two such plans 580 → 397 ms.
if (process.versions.v8.startsWith("11.")) require("v8").setFlagsFromString("--interrupt-budget=1000000");
const path = require("path");
let cli;
try {
  cli = require(path.join(__dirname, "..", "build", "service-plan.js"));
} catch (e) {
  if (e.code !== "MODULE_NOT_FOUND") throw e;
  process.stderr.write(
    "service-plan 尚未建置：請先執行 npm run build:cli（npm ci 會自動執行）。\nservice-plan is not built yet: run npm run build:cli (npm ci does it).\n",
  );
  process.exit(2);
}
// processIo: stdout and stderr, and stderr as a terminal when it is one (a batch's progress line is redrawn in place).
cli.run(process.argv.slice(2), cli.processIo()).then((code) => (process.exitCode = code));
