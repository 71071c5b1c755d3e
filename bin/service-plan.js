#!/usr/bin/env node
// Runs the CLI from its TypeScript source (ts-node, type checks off: `npm test` runs tsc).
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
require("../src/cli/main.ts")
  .run(process.argv.slice(2), { out: (s) => process.stdout.write(s + "\n"), err: (s) => process.stderr.write(s + "\n") })
  .then((code) => (process.exitCode = code));
