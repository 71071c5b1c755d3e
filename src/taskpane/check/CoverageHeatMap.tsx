/**
 * Coverage as small tables read at a glance (a count per cell, a zero in red): pillar × focus point
 * and unit × pillar. One table component serves both.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CoverageMatrix, UnitPillarMatrix } from "../../core/checks/coverage";
import type { CheckStrings } from "./checkStrings";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    textAlign: "center",
    minWidth: "28px",
  },
  missing: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  one: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  many: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  caption: { textAlign: "start", paddingBottom: tokens.spacingVerticalXS },
});

interface HeatCell {
  /** null: no such cell (a pillar with fewer focus points). */
  count: number | null;
  title?: string;
}

interface HeatRow {
  header: string;
  title?: string;
  cells: HeatCell[];
}

function HeatTable({
  caption,
  corner,
  columns,
  rows,
  empty,
}: {
  caption: string;
  corner: string;
  columns: string[];
  rows: HeatRow[];
  empty: string;
}) {
  const styles = useStyles();
  const tone = (n: number) => (n === 0 ? styles.missing : n === 1 ? styles.one : styles.many);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            {corner}
          </th>
          {columns.map((c) => (
            <th key={c} scope="col" className={styles.cell}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.header}>
            <th scope="row" className={`${styles.cell} ${row.cells.every((c) => !c.count) ? styles.missing : ""}`} title={row.title}>
              {row.header}
            </th>
            {row.cells.map((c, i) => (
              <td key={i} className={c.count === null ? styles.cell : `${styles.cell} ${tone(c.count)}`} title={c.title}>
                {c.count === null ? empty : c.count}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CoverageHeatMap({ matrix, s }: { matrix: CoverageMatrix; s: CheckStrings }) {
  const width = Math.max(1, ...matrix.pillars.map((p) => p.focusPoints.length));
  const rows = matrix.pillars.map((p) => ({
    header: s.pillarGroup(p.pillar),
    title: p.title,
    cells: Array.from({ length: width }, (_, i): HeatCell => {
      const f = p.focusPoints[i];
      return f ? { count: f.measures, title: `${f.label}${f.text}` } : { count: null };
    }),
  }));
  const columns = Array.from({ length: width }, (_, i) => s.focusHeader(i + 1));
  return <HeatTable caption={s.heatMapCaption} corner={s.pillarHeader} columns={columns} rows={rows} empty={s.noFocus} />;
}

export function UnitHeatMap({ matrix, s }: { matrix: UnitPillarMatrix; s: CheckStrings }) {
  const rows = matrix.units.map((u) => ({ header: u.unit, cells: u.counts.map((count) => ({ count })) }));
  return (
    <HeatTable
      caption={s.unitMapCaption}
      corner={s.unitHeader}
      columns={matrix.pillars.map((p) => s.pillarShort(p))}
      rows={rows}
      empty={s.noFocus}
    />
  );
}
