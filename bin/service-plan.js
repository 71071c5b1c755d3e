#!/usr/bin/env -S node --max-semi-space-size=1
// Runs the CLI compiled to one JavaScript file (npm run build:cli; `npm ci` and `npm install` run it),
// so no TypeScript is compiled when a user runs it. From the sources instead: npm run cli -- <args>.
//
// V8 is tuned for a run of a second, not a server (figures: `npm run bench`, 5,000 measures):
// - Functions are optimised (TurboFan) only when very hot: a run is over before most optimised
//   code repays its compiling, which took a second core and more memory. impose --out 424 → 350 ms,
//   compare 619 → 485 ms, 40,000 measures 1.54 → 1.25 s. Set here, before any of our code runs;
//   on the V8 it was measured on (Node 20's), as a flag another V8 lacks is reported on stderr.
// - The young generation is held to 1 MB semi-spaces (V8 grows it to 16 MB): memory touched for the
//   first time costs (about 4 ms a megabyte on the machines we measured), and a short run does not
//   repay a large young generation (impose --out: peak memory 84 → 71 MB, 5 % less time). V8 sizes
//   its heap at start, so this flag is on the shebang line; `env -S` is in GNU coreutils, macOS and
//   npm's Windows shims. Where env lacks it (BusyBox), `node bin/service-plan.js` works the same.
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
