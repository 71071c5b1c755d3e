// Preloaded into each CLI run by the CLI bench (NODE_OPTIONS=--require): its peak RSS on stderr at exit.
process.on("exit", () => process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\n`));
