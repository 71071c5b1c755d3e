/** Pillar × focus point as a small table read at a glance: a missing focus point stands out in red. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CoverageMatrix } from "../../core/checks/coverage";
import type { CheckStrings } from "./checkStrings";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "center", minWidth: "28px" },
  missing: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2, fontWeight: tokens.fontWeightSemibold },
  one: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  many: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  caption: { textAlign: "start", paddingBottom: tokens.spacingVerticalXS },
});

export function CoverageHeatMap({ matrix, s }: { matrix: CoverageMatrix; s: CheckStrings }) {
  const styles = useStyles();
  const width = Math.max(1, ...matrix.pillars.map((p) => p.focusPoints.length));
  const tone = (n: number) => (n === 0 ? styles.missing : n === 1 ? styles.one : styles.many);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{s.heatMapCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            {s.pillarHeader}
          </th>
          {Array.from({ length: width }, (_, i) => (
            <th key={i} scope="col" className={styles.cell}>
              {s.focusHeader(i + 1)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.pillars.map((p) => (
          <tr key={p.pillar}>
            <th scope="row" className={`${styles.cell} ${p.measures === 0 ? styles.missing : ""}`} title={p.title}>
              {s.pillarGroup(p.pillar)}
            </th>
            {Array.from({ length: width }, (_, i) => {
              const f = p.focusPoints[i];
              return (
                <td key={i} className={f ? `${styles.cell} ${tone(f.measures)}` : styles.cell} title={f ? `${f.label}${f.text}` : undefined}>
                  {f ? f.measures : s.noFocus}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
