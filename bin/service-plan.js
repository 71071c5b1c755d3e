#!/usr/bin/env node
// Runs the CLI compiled to one JavaScript file (npm run build:cli; `npm ci` and `npm install` run it),
// so no TypeScript is compiled when a user runs it. From the sources instead: npm run cli -- <args>.
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
