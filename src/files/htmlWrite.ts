/**
 * An annex as a standalone, accessible HTML page (issue 14): what an agency puts on its website, where
 * pages must be accessible (身心障礙者權益保障法 §52-2; the 網站無障礙規範 follows WCAG 2.1/2.2, and its
 * Freego checker tests `th` scope, headers/id and `lang`).
 *
 * - `<html lang="zh-Hant-TW">`, `<meta charset="utf-8">`, a `<title>`, the annex's title as the `<h1>`
 *   inside the table's `<caption>` (the table's name and the page's heading are one, said once);
 * - one `<table>`: `<thead>` with `<th scope="col" id>`, each pillar a `<tbody>` whose first row has the
 *   pillar as `<th scope="rowgroup" rowspan>`; in the plan table each focus point a `<th scope="row" rowspan>`;
 *   every data cell names its headers (`headers="…"`: its column, its pillar, its focus point), so no
 *   reader has to work the table out;
 * - each cell whole and escaped; line breaks as `<br>`; nothing of the plan is ever markup;
 * - no script, no external resource: a little inline CSS (borders, a Kai font stack, A4 print with the
 *   header row repeated on every page and 「第 n 頁，共 N 頁」 at the foot).
 *
 * Built from `annexTable` (the annex's columns and rows, shared with the printed sheet), not from the
 * printed SheetSpec: a sheet repeats a pillar's text where a page breaks, a page of HTML needs no pages.
 * Pure: no Node, no DOM (the pane runs it in the browser); the page is built as text through `h`, which
 * escapes every string it is given.
 */
import { annexRuns, annexTable, DEFAULT_ANNEX_FONT, type AnnexKind, type AnnexOptions, type AnnexTable } from "../core/annex/annexes";
import type { Framework } from "../core/framework/types";
import type { Plan } from "../core/plan";

/** Markup we made; anything else given to `h` is text and is escaped. */
interface Markup {
  readonly markup: string;
}
type Child = Markup | string;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text as HTML text or attribute value: `& < > " '` as references; C0 controls other than tab and line
 * feed (which HTML does not allow, and no reader shows) as U+FFFD, so the page says a character was there.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]).replace(/[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/g, "\uFFFD");
}

/** A cell's text: escaped, each line break (CRLF, CR or LF) a `<br>`. */
function lines(text: string): Markup {
  return {
    markup: text
      .split(/\r\n|\r|\n/)
      .map(escapeHtml)
      .join("<br>"),
  };
}

/** An element; attributes with null or undefined are left out; string children are escaped. */
function h(tag: string, attrs: Record<string, string | number | null | undefined>, ...children: Child[]): Markup {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join("");
  return { markup: `<${tag}${a}>${children.map((c) => (typeof c === "string" ? escapeHtml(c) : c.markup)).join("")}</${tag}>` };
}

const raw = (markup: string): Markup => ({ markup });

/** A font name as a CSS string: anything but letters, digits, CJK and spaces as a CSS escape, so no name can end the string or the `<style>`. */
function cssString(name: string): string {
  return `"${[...name].map((ch) => (/^[\p{L}\p{N} _-]$/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join("")}"`;
}

/**
 * Kai first, as the government prints (標楷體 on Windows is DFKai-SB; macOS has 標楷體-繁, family BiauKai),
 * then TW-Kai (全字庫正楷體, open), AR PL UKai TW (Debian), then Noto Serif CJK TC and any serif.
 */
const FONT_STACK = ["標楷體", "DFKai-SB", "BiauKai", "TW-Kai", "全字庫正楷體", "AR PL UKai TW", "Noto Serif CJK TC"];

function style(font: string): string {
  const fonts = [font, ...FONT_STACK.filter((f) => f !== font)].map(cssString).join(", ");
  return [
    `html { font-family: ${fonts}, serif; font-size: 12pt; line-height: 1.5; color: #000; background: #fff; }`,
    `body { margin: 1.5rem; }`,
    `table { border-collapse: collapse; width: 100%; }`,
    `caption { text-align: center; margin-bottom: 0.5rem; }`,
    `caption p { text-align: left; margin: 0; }`,
    `h1 { font-size: 1.5em; font-weight: bold; margin: 0.25rem 0; }`,
    `th, td { border: 1px solid #000; padding: 0.25em 0.4em; vertical-align: top; text-align: left; overflow-wrap: anywhere; }`,
    `thead th { background: #e8e8e8; text-align: center; vertical-align: middle; white-space: nowrap; }`,
    `tbody th { font-weight: normal; }`,
    `.centred { text-align: center; }`,
    `@page { size: A4 portrait; margin: 15mm 12mm; @bottom-center { content: "第 " counter(page) " 頁，共 " counter(pages) " 頁"; font-size: 10pt; } }`,
    `@media print { body { margin: 0; } thead { display: table-header-group; } }`,
  ].join("\n");
}

export interface HtmlOptions {
  /** The body font, first in the stack; the annex's font (標楷體) by default. */
  font?: string;
}

/** An annex's table as a standalone HTML page. */
export function annexTableHtml(table: AnnexTable, options: HtmlOptions = {}): string {
  const { columns, rows } = table;
  const colId = (c: number) => `c${c + 1}`;
  // The pillar's heading is the last column merged over the pillar (執行要項; 實施要領, after 項次).
  const pillarCols = columns.flatMap((col, c) => (col.merge === "pillar" ? [c] : []));
  const headingCol = pillarCols.length ? pillarCols[pillarCols.length - 1] : -1;
  const groups = headingCol >= 0 ? annexRuns(table, headingCol, "pillar") : [[0, rows.length - 1] as [number, number]];
  const focusCols = columns.flatMap((col, c) => (col.merge === "focus" ? [c] : []));
  const focusRuns = new Map(focusCols.map((c) => [c, new Map(annexRuns(table, c, "focus").map(([a, b]) => [a, b]))]));
  const total = columns.reduce((w, c) => w + c.width, 0);

  const tbodies = groups
    .filter(([from, to]) => to >= from)
    .map(([from, to], g) => {
      const groupId = `g${g + 1}`;
      // Row headers are th only when they have text (an empty th is no header); data cells name those that do.
      const groupHeaded = headingCol >= 0 && rows[from][headingCol].trim() !== "";
      const focusIds = new Map<number, string | null>(); // column → id of the focus th covering the current row
      const trs: Markup[] = [];
      for (let r = from; r <= to; r++) {
        const cells: Markup[] = [];
        columns.forEach((col, c) => {
          const text = rows[r][c];
          const cls = col.centred ? "centred" : null;
          if (col.merge === "pillar") {
            if (r !== from) return;
            const rowspan = to > from ? to - from + 1 : null;
            if (c === headingCol && groupHeaded)
              cells.push(h("th", { scope: "rowgroup", rowspan, id: groupId, headers: colId(c), class: cls }, lines(text)));
            else
              cells.push(h("td", { rowspan, headers: [colId(c), ...(groupHeaded ? [groupId] : [])].join(" "), class: cls }, lines(text)));
            return;
          }
          const headers = [colId(c), ...(groupHeaded ? [groupId] : [])];
          if (col.merge === "focus") {
            const end = focusRuns.get(c)?.get(r);
            if (end === undefined) return; // inside a focus point's run: its th is above
            const id = `${groupId}f${r - from + 1}`;
            const rowspan = end > r ? end - r + 1 : null;
            const headed = text.trim() !== "";
            focusIds.set(c, headed ? id : null);
            cells.push(
              headed
                ? h("th", { scope: "row", rowspan, id, headers: headers.join(" "), class: cls }, lines(text))
                : h("td", { rowspan, headers: headers.join(" "), class: cls }, lines(text)),
            );
            return;
          }
          // Every other column has its own cell in each row, an equal deadline too: it is each measure's.
          const focus = [...focusIds.values()].filter((id): id is string => id !== null);
          cells.push(h("td", { headers: [...headers, ...focus].join(" "), class: cls }, lines(text)));
        });
        trs.push(h("tr", {}, ...cells));
      }
      return h("tbody", {}, ...trs);
    });

  const caption = h("caption", {}, ...(table.caption ? [h("p", {}, table.caption)] : []), h("h1", {}, table.title));
  const colgroup = h("colgroup", {}, ...columns.map((col) => raw(`<col style="width: ${((100 * col.width) / total).toFixed(1)}%">`)));
  const thead = h("thead", {}, h("tr", {}, ...columns.map((col, c) => h("th", { scope: "col", id: colId(c) }, col.header))));
  const tableEl = h("table", {}, caption, colgroup, thead, ...tbodies);
  const pageTitle = table.caption ? `${table.caption} ${table.title}` : table.title;

  return [
    "<!DOCTYPE html>",
    `<html lang="zh-Hant-TW">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    h("title", {}, pageTitle).markup,
    h("style", {}, raw(style(options.font ?? DEFAULT_ANNEX_FONT))).markup,
    "</head>",
    "<body>",
    h("main", {}, tableEl).markup,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** An annex (the plan table, 附件一, 附件二) as a standalone HTML page; `title` as for `buildAnnex`. */
export function annexHtml(kind: AnnexKind, plan: Plan, framework: Framework, title: AnnexOptions): string {
  return annexTableHtml(annexTable(kind, plan, framework, title), { font: title.font });
}
