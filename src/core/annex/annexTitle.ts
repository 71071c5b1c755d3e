/**
 * The agency and the ROC year an annex's title names, suggested from the plan's own title: the first
 * text above the header ("高雄市兵役處114年提升服務工作計畫", "花蓮縣榮民服務處提升政府服務效能具體作法"),
 * else the sheet name. The user can always say otherwise (the pane's fields, the CLI's --agency/--year).
 */
import type { Grid } from "../grid";
import type { Plan } from "../plan";
import { yearsIn } from "../text/years";

export interface AnnexTitle {
  agency: string;
  year: number | null;
}

/** An agency's name: Chinese characters only, ending as agencies' names end (處, 局, 公所, 中心…). */
const AGENCY = /^[\u4e00-\u9fff]{1,30}(?:處|局|所|署|會|府|院|室|中心|館|隊|站|廳|部|科|課|校|團)$/;

/** Where the agency's name ends (after the year, yearsIn's): the words that start the plan's name. */
const AGENCY_END = /提升|執行計畫|附件/;

/** A year that opens the title ("中華民國114年高雄市兵役處…"): the agency's name follows it. */
const LEADING_YEAR_WORDS = /^(?:中華)?(?:民國)?[\s\u3000]*$/;

/** The agency's name a title starts with (after a leading year), up to its year or the plan's name. */
function agencyIn(text: string): string {
  const years = yearsIn(text);
  let start = 0;
  const first = years[0];
  if (first && LEADING_YEAR_WORDS.test(text.slice(0, first.index))) {
    start = first.index + first.length;
    const after = /^[\s\u3000]*年度?/.exec(text.slice(start));
    if (after) start += after[0].length;
  }
  const rest = text.slice(start);
  const year = yearsIn(rest)[0];
  const end = AGENCY_END.exec(rest);
  const at = Math.min(year ? year.index : Infinity, end ? end.index : Infinity);
  return (at === Infinity ? "" : rest.slice(0, at)).replace(/\s+/g, "");
}

export function suggestAnnexTitle(grid: Grid, plan: Plan): AnnexTitle {
  return titleAbove(grid, plan.header.row);
}

/**
 * The first suggestion the workbook's sheets give, the plan's own first (rows above its header), then
 * the others' first rows: a workbook set up by `impose --out` keeps the title on its copy of the original.
 */
export function suggestAnnexTitleIn(sheets: readonly Grid[], grid: Grid, plan: Plan): AnnexTitle {
  return titleSourceIn(sheets, grid, plan).title;
}

/** Where the suggestion comes from: the sheet and how many of its first rows were read (a roll-over moves their year). */
export interface TitleSource {
  grid: Grid;
  rows: number;
  title: AnnexTitle;
}

/** The title suggestAnnexTitleIn gives, with the sheet and rows it was read from. */
export function titleSourceIn(sheets: readonly Grid[], grid: Grid, plan: Plan): TitleSource {
  const own: TitleSource = { grid, rows: plan.header.row, title: suggestAnnexTitle(grid, plan) };
  if (own.title.agency) return own;
  for (const other of sheets) {
    if (other === grid) continue;
    const found = titleAbove(other, 3);
    if (found.agency) return { grid: other, rows: 3, title: found };
  }
  return own;
}

/** The agency and year in the first `rows` rows' text, else in the sheet's name. */
function titleAbove(grid: Grid, rows: number): AnnexTitle {
  const above: string[] = [];
  for (let r = 0; r < rows && r < grid.values.length; r++)
    for (const v of grid.values[r]) if (typeof v === "string" && v.trim() !== "") above.push(v.trim());
  const candidates = [...above.filter((t) => !/^附件/.test(t)), grid.sheet];
  // The year: the agency's row's own, else the first any title row names ("（114年度）" on a row of its own).
  const anyYear = candidates.map((t) => yearsIn(t)[0]?.roc ?? null).find((y) => y !== null) ?? null;
  for (const text of candidates) {
    const agency = agencyIn(text);
    if (AGENCY.test(agency)) return { agency, year: yearsIn(text)[0]?.roc ?? anyYear };
  }
  return { agency: "", year: anyYear };
}
