#!/usr/bin/env -S node --max-semi-space-size=2
// Runs the CLI compiled to one JavaScript file (npm run build:cli; `npm ci` and `npm install` run it),
// so no TypeScript is compiled when a user runs it. From the sources instead: npm run cli -- <args>.
//
// The young generation is held to 2 MB semi-spaces (V8 grows it to 16 MB): memory touched for the
// first time is costly (4 ms a megabyte on the machines we measured, `npm run bench`), and a run is
// too short to repay a large young generation. impose --out of 5,000 measures: peak memory 84 → 71
// MB, an eighth less time; 40,000 measures and compare are faster too. The flag takes effect only
// here: V8 sizes its heap at start. `env -S` is in GNU coreutils, macOS and npm's Windows shims;
// where env lacks it (BusyBox), run `node bin/service-plan.js`, which works the same without it.
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
