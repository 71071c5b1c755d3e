/**
 * The layers of DESIGN.md §4: src/core stays pure (no Office.js, DOM or Node), only src/excel
 * touches Office.js, and task pane components never call it.
 */
import * as fs from "fs";
import * as path from "path";
import { builtinModules } from "module";

const SRC = path.join(__dirname, "..", "src");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from\s+|require\(|import\()\s*["']([^"']+)["']/g)].map((m) => m[1]);
}

const NODE_BUILTINS = new Set(builtinModules);
const rel = (f: string) => path.relative(SRC, f);

describe("layers", () => {
  it("src/core imports only src/core, with no Node built-ins or packages", () => {
    const bad = files(path.join(SRC, "core")).flatMap((f) =>
      imports(f)
        .filter(
          (i) =>
            !i.startsWith(".") ||
            !path.resolve(path.dirname(f), i).startsWith(path.join(SRC, "core")) ||
            NODE_BUILTINS.has(i.replace(/^node:/, "")),
        )
        .map((i) => `${rel(f)} → ${i}`),
    );
    expect(bad).toEqual([]);
  });

  it("src/core uses no Office.js, DOM or Node globals", () => {
    const globals = /\b(Office|Excel|OfficeExtension|window|document|navigator|localStorage|process|Buffer|__dirname|require)\s*[.(]/;
    const bad = files(path.join(SRC, "core")).filter((f) =>
      globals.test(fs.readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")),
    );
    expect(bad.map(rel)).toEqual([]);
  });

  it("only src/excel (and the pane's start-up, the ribbon and the contract page) touch Office.js", () => {
    const allowed = [/^excel\//, /^taskpane\/(officeHost|index)\.tsx?$/, /^commands\//, /^contract\//];
    const bad = files(SRC)
      .filter((f) => !allowed.some((a) => a.test(rel(f).split(path.sep).join("/"))))
      .filter((f) => /\b(Excel\.run|Office\.(context|onReady)|context\.sync)\b/.test(fs.readFileSync(f, "utf8")));
    expect(bad.map(rel)).toEqual([]);
  });
});

describe("the in-memory Excel", () => {
  it("imports nothing from the add-in: it is the test double and the playground's engine, not a part of either", () => {
    const root = path.join(SRC, "memoryExcel");
    const bad = files(root).flatMap((f) =>
      imports(f)
        .filter((i) => i.startsWith(".") && !path.resolve(path.dirname(f), i).startsWith(root))
        .map((i) => `${rel(f)} → ${i}`),
    );
    expect(bad).toEqual([]);
  });
});
