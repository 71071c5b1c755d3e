/**
 * The annexes as HTML pages (issue 14), parsed by jsdom (the HTML standard's parser, not ours): the page's
 * language, charset, title and heading; one table with a caption, column headers with scope and id, a
 * tbody per pillar led by a rowgroup header spanning it; the table read back through its rowspans gives
 * every measure's row whole, in order; every data cell names, in `headers`, its column's header, its
 * pillar's and (plan table) its focus point's, and every name is a header cell's id; no script, no
 * external resource; a cell's text, markup in it too, comes back as text. Axe in Chromium:
 * test/e2e/htmlExport.e2e.test.ts.
 */
import * as fs from "fs";
import { JSDOM, VirtualConsole } from "jsdom";
import * as path from "path";
import { annexRuns, annexTable, type AnnexKind } from "../../src/core/annex/annexes";
import { annexHtml, escapeHtml } from "../../src/files/htmlWrite";
import { annexFixture, withMeasures } from "./annexExportFixture";

/**
 * jsdom's CSS parser does not know @page's margin boxes (`@bottom-center`, CSS Paged Media 3), which
 * Chromium prints (htmlExport.e2e.test.ts reads the page numbers from its PDF); that one complaint is
 * dropped, anything else jsdom says is thrown.
 */
function parse(html: string): Document {
  const virtualConsole = new VirtualConsole();
  const errors: string[] = [];
  virtualConsole.on("jsdomError", (e) => {
    if (!/Could not parse CSS stylesheet/.test(e.message)) errors.push(e.message);
  });
  const doc = new JSDOM(html, { virtualConsole }).window.document;
  if (errors.length) throw new Error(errors.join("\n"));
  return doc;
}

/** The body of a table as a grid of cell elements, each spanned cell standing in every row it spans. */
function bodyGrid(table: HTMLTableElement): Element[][] {
  const grid: Element[][] = [];
  [...table.tBodies].forEach((tbody) => {
    const first = grid.length;
    [...tbody.rows].forEach((tr, r) => {
      const row = (grid[first + r] ??= []);
      let c = 0;
      for (const cell of [...tr.cells]) {
        while (row[c]) c++;
        for (let k = 0; k < cell.rowSpan; k++) (grid[first + r + k] ??= [])[c] = cell;
        c++;
      }
    });
  });
  return grid;
}

/** A cell's text, each <br> a line break. */
const cellText = (cell: Element) => [...cell.childNodes].map((n) => (n.nodeName === "BR" ? "\n" : (n.textContent ?? ""))).join("");

const CASES: [string, AnnexKind][] = [
  ["seed004", "results"],
  ["seed004", "measures"],
  ["seed000", "plan"],
];

describe("annexes as HTML pages, parsed by jsdom", () => {
  it.each(CASES)(
    "%s %s: a standalone zh-Hant-TW page with one captioned table; read back through its spans it is the annex",
    async (seed, kind) => {
      const { plan, framework, title } = await annexFixture(seed, kind);
      const table = annexTable(kind, plan, framework, title);
      const html = annexHtml(kind, plan, framework, title);
      expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
      const doc = parse(html);
      expect(doc.doctype?.name).toBe("html");
      expect(doc.documentElement.getAttribute("lang")).toBe("zh-Hant-TW");
      expect(doc.querySelector("meta[charset]")?.getAttribute("charset")).toBe("utf-8");
      expect(doc.title).toBe(table.caption ? `${table.caption} ${table.title}` : table.title);
      expect([...doc.querySelectorAll("h1")].map((e) => e.textContent)).toEqual([table.title]);

      const tables = doc.querySelectorAll("table");
      expect(tables).toHaveLength(1);
      const t = tables[0];
      expect(t.caption?.querySelector("h1")?.textContent).toBe(table.title);
      if (table.caption) expect(t.caption?.textContent).toContain(table.caption);
      expect(t.closest("main")).not.toBeNull();

      // The header: one row of th scope=col, each with an id.
      const head = [...t.tHead!.rows];
      expect(head).toHaveLength(1);
      expect([...head[0].cells].map((c) => [c.tagName, c.getAttribute("scope"), c.textContent])).toEqual(
        table.columns.map((c) => ["TH", "col", c.header]),
      );

      // A tbody per pillar, led by its pillar as th scope=rowgroup spanning the pillar's rows.
      const heading = table.columns.map((c) => c.merge).lastIndexOf("pillar");
      const groups = annexRuns(table, heading);
      expect(t.tBodies).toHaveLength(groups.length);
      groups.forEach(([from, to], g) => {
        const tbody = t.tBodies[g];
        expect(tbody.rows).toHaveLength(to - from + 1);
        const th = tbody.rows[0].querySelector("th[scope=rowgroup]")!;
        expect(th.textContent).toBe(table.rows[from][heading]);
        expect((th as HTMLTableCellElement).rowSpan).toBe(to - from + 1);
        expect(tbody.querySelectorAll("th[scope=rowgroup]")).toHaveLength(1);
      });

      // Read back through the spans: every measure's row whole, in plan order.
      const grid = bodyGrid(t);
      expect(grid.map((row) => row.map(cellText))).toEqual(table.rows);
      // The plan table's focus points are row headers spanning their measures.
      if (kind === "plan") {
        const focus = table.columns.findIndex((c) => c.merge === "focus");
        expect(grid.every((row) => row[focus].tagName === "TH" && row[focus].getAttribute("scope") === "row")).toBe(true);
        expect(t.querySelectorAll("th[scope=row]").length).toBe(annexRuns(table, focus).length);
      }
    },
  );

  it.each(CASES)(
    "%s %s: headers and ids: every data cell names its column, its pillar and focus point; ids unique, each a header cell",
    async (seed, kind) => {
      const { plan, framework, title } = await annexFixture(seed, kind);
      const doc = parse(annexHtml(kind, plan, framework, title));
      const t = doc.querySelector("table")!;
      const ids = [...doc.querySelectorAll("[id]")].map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      const colHeads = [...t.tHead!.rows[0].cells];
      const grid = bodyGrid(t);
      grid.forEach((row) =>
        row.forEach((cell, c) => {
          const names = (cell.getAttribute("headers") ?? "").split(" ").filter(Boolean);
          for (const n of names) expect(t.querySelector(`th#${n}`)).not.toBeNull();
          expect(names).toContain(colHeads[c].id);
          // The pillar's header and every row header left of the cell in its row.
          for (const left of row.slice(0, c)) if (left.tagName === "TH" && left !== cell) expect(names).toContain(left.id);
          const pillarTh = t.tBodies[[...t.tBodies].findIndex((b) => b.contains(row[0]))].querySelector("th[scope=rowgroup]")!;
          if (cell !== pillarTh) expect(names).toContain(pillarTh.id);
        }),
      );
    },
  );

  it("has no script, no event handler, no external resource: nothing to fetch", async () => {
    for (const [seed, kind] of CASES) {
      const { plan, framework, title } = await annexFixture(seed, kind);
      const html = annexHtml(kind, plan, framework, title);
      const doc = parse(html);
      expect(doc.querySelectorAll("script, link, img, iframe, object, embed, base, form")).toHaveLength(0);
      const attrs = [...doc.querySelectorAll("*")].flatMap((e) => [...e.attributes].map((a) => a.name));
      expect(attrs.filter((a) => /^on|^(src|href|srcset|action)$/.test(a))).toEqual([]);
      expect(html).not.toMatch(/url\(|@import|https?:/i);
    }
  });

  it("writes a cell's text as text: markup, entities and quotes in a cell come back as typed; line breaks as <br>", async () => {
    const { plan: seedPlan, framework, title } = await annexFixture("seed004", "results");
    const nasty = [
      "<script>alert(1)</script>",
      `"><img src=x onerror=alert(1)>`,
      "&amp; &lt;b&gt; 'q'",
      "</td></tr></tbody></table><h1>x</h1>",
    ];
    const plan = withMeasures(seedPlan, {
      0: { results: nasty[0] },
      1: { results: `${nasty[1]}\n${nasty[2]}` },
      2: { units: [nasty[3], "第二個單位"] },
      3: { results: "控制字元\u0001在此\r\n下一行\r再下一行" },
    });
    const table = annexTable("measures", plan, framework, title);
    for (const kind of ["results", "measures"] as const) {
      const html = annexHtml(kind, plan, framework, title);
      expect(html).not.toContain("<script");
      expect(html).not.toContain("<img");
      const doc = parse(html);
      expect(doc.querySelectorAll("script, img")).toHaveLength(0);
      expect(doc.querySelectorAll("h1")).toHaveLength(1);
      expect(doc.querySelectorAll("table")).toHaveLength(1);
      const grid = bodyGrid(doc.querySelector("table")!);
      if (kind === "results") {
        expect(cellText(grid[0][3])).toBe(nasty[0]);
        expect(cellText(grid[1][3])).toBe(`${nasty[1]}\n${nasty[2]}`);
        expect(grid[1][3].querySelectorAll("br")).toHaveLength(1);
        expect(cellText(grid[3][3])).toBe("控制字元\uFFFD在此\n下一行\n再下一行");
      } else {
        expect(cellText(grid[2][3])).toBe(`${nasty[3]}\n第二個單位`);
        expect(grid.map((row) => row.map(cellText))).toEqual(table.rows);
      }
    }
  });

  it("escapes & < > \" ' and keeps everything else", () => {
    expect(escapeHtml(`<a href="x">'&'</a> 中文`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; 中文");
  });

  it("a font name cannot end the style sheet: the font given comes first in the stack, escaped", async () => {
    const { plan, framework, title } = await annexFixture("seed004", "measures");
    const html = annexHtml("measures", plan, framework, { ...title, font: `x"; } </style><script>alert(1)</script>` });
    const doc = parse(html);
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    expect(doc.querySelectorAll("style")).toHaveLength(1);
    expect(doc.querySelector("style")!.textContent).toContain(
      String.raw`html { font-family: "x\22 \3b  \7d  \3c \2f style\3e \3c script\3e alert\28 1\29 \3c \2f script\3e ", "標楷體",`,
    );
    const standard = parse(annexHtml("measures", plan, framework, title)).querySelector("style")!.textContent!;
    expect(standard).toContain(
      `font-family: "標楷體", "DFKai-SB", "BiauKai", "TW-Kai", "全字庫正楷體", "AR PL UKai TW", "Noto Serif CJK TC", serif;`,
    );
  });
});

it("the .csv and .html writers are pure (the pane runs them in the browser): they import src/core only, no Node, no DOM", () => {
  for (const file of ["csvWrite.ts", "htmlWrite.ts"]) {
    const text = fs.readFileSync(path.join(__dirname, "..", "..", "src", "files", file), "utf8");
    const imports = [...text.matchAll(/(?:from\s+|require\(|import\()\s*["']([^"']+)["']/g)].map((m) => m[1]);
    expect(imports.filter((i) => !i.startsWith("../core/"))).toEqual([]);
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(code).not.toMatch(/\b(window|document|Buffer|process|require|innerHTML|DOMParser)\b/);
  }
});
