/**
 * Coverage as small tables read at a glance: pillar × focus point and unit × pillar. Red means a
 * finding (a focus point or pillar with no measure, a listed unit with none), never a zero that is
 * fine (a unit that works under three pillars of six). One table component serves both; it scrolls
 * in its own keyboard-reachable region when the pane is narrower than it (320 px, 200 % zoom).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CoverageMatrix, UnitPillarMatrix } from "../../core/checks/coverage";
import type { CheckStrings } from "./checkStrings";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    textAlign: "center",
    minWidth: "24px",
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
  /** The row as a whole is a finding (a pillar with no measure, a listed unit with none). */
  missing: boolean;
  cells: HeatCell[];
}

function HeatTable({
  caption,
  corner,
  columns,
  rows,
  empty,
  zeroIsFinding,
}: {
  caption: string;
  corner: string;
  columns: string[];
  rows: HeatRow[];
  empty: string;
  /** A zero cell is a finding (a mandated focus point with no measure); else it is only a zero. */
  zeroIsFinding: boolean;
}) {
  const styles = useStyles();
  const tone = (n: number) => (n === 0 ? (zeroIsFinding ? styles.missing : "") : n === 1 ? styles.one : styles.many);
  return (
    // Scrolls by itself when wider than the pane; focusable so a keyboard can scroll it.
    <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
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
              <th
                scope="row"
                className={`${styles.cell} ${row.missing ? styles.missing : ""}`}
                title={row.title}
                data-finding={row.missing || undefined}
              >
                {row.header}
              </th>
              {row.cells.map((c, i) => (
                <td
                  key={i}
                  className={c.count === null ? styles.cell : `${styles.cell} ${tone(c.count)}`}
                  title={c.title}
                  data-finding={(c.count === 0 && zeroIsFinding) || undefined}
                >
                  {c.count === null ? empty : c.count}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CoverageHeatMap({ matrix, s }: { matrix: CoverageMatrix; s: CheckStrings }) {
  const width = Math.max(0, ...matrix.pillars.map((p) => p.focusPoints.length));
  if (width === 0) {
    // A framework that mandates no focus points (the VAC's): measures per pillar is the picture.
    const rows = matrix.pillars.map((p) => ({
      header: s.pillarGroup(p.pillar),
      title: p.title,
      missing: p.measures === 0,
      cells: [{ count: p.measures }],
    }));
    return (
      <HeatTable
        caption={s.pillarMapCaption}
        corner={s.pillarHeader}
        columns={[s.measuresHeader]}
        rows={rows}
        empty={s.noFocus}
        zeroIsFinding
      />
    );
  }
  const rows = matrix.pillars.map((p) => ({
    header: s.pillarGroup(p.pillar),
    title: p.title,
    missing: p.measures === 0,
    cells: Array.from({ length: width }, (_, i): HeatCell => {
      const f = p.focusPoints[i];
      return f ? { count: f.measures, title: `${f.label}${f.text}` } : { count: null };
    }),
  }));
  const columns = Array.from({ length: width }, (_, i) => s.focusHeader(i + 1));
  return <HeatTable caption={s.heatMapCaption} corner={s.pillarHeader} columns={columns} rows={rows} empty={s.noFocus} zeroIsFinding />;
}

export function UnitHeatMap({ matrix, s }: { matrix: UnitPillarMatrix; s: CheckStrings }) {
  // A unit with no measure is a finding only against the agency's list (unit/unassigned).
  const rows = matrix.units.map((u) => ({
    header: u.unit,
    missing: u.listed && u.total === 0 && matrix.source === "list",
    cells: u.counts.map((count) => ({ count })),
  }));
  return (
    <HeatTable
      caption={s.unitMapCaption}
      corner={s.unitHeader}
      columns={matrix.pillars.map((p) => s.pillarShort(p))}
      rows={rows}
      empty={s.noFocus}
      zeroIsFinding={false}
    />
  );
}
