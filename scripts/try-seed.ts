import { impose } from "../src/core/impose/impose";
import { KAOHSIUNG } from "../src/core/framework/kaohsiung";
import { VAC } from "../src/core/framework/vac";
import { seedGrid, readExpected, readSeed } from "../test/support/sheetSpec";
import { matchKey } from "../src/core/text/normalize";
const name = process.argv[2];
const fw = readSeed(name).framework === "vac" ? VAC : KAOHSIUNG;
const plan = impose(seedGrid(name), { framework: fw });
const exp = readExpected(name);
console.log("found", plan.measures.length, "expected", exp.measureCount, plan.header.columns);
const n = Math.max(plan.measures.length, exp.measures.length);
for (let i = 0; i < n; i++) {
  const m = plan.measures[i]; const e = exp.measures[i];
  const got = m ? `${m.id} p${m.pillar} f${m.focus} ${m.focusGroup?.join("/")??""} ${m.label} [${m.units}] ${matchKey(m.titled?m.title+m.text:m.text).slice(0,12)}` : "-";
  const want = e ? `p${e.pillar} f${e.focus} ${e.focusGroup?.join("/")??""} ${e.label} [${e.units}] ${e.startsWith}` : "-";
  const ok = m && e && m.pillar===e.pillar && m.focus===e.focus && JSON.stringify(m.units)===JSON.stringify(e.units) && matchKey(m.titled?m.title+"\n"+m.text:m.text).startsWith(matchKey(e.startsWith).replace(/^\d+/, "")) && m.label===e.label;
  console.log(ok ? "  " : "XX", got, " | ", want);
}
if (process.argv[3]) console.log(plan.changes.map(c=>`${c.kind} ${c.cell} ${c.detail}`).join("\n"));
