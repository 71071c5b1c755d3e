/** Rectangles of cells, 0-based and inclusive, and the set operations the model needs. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rowCount(a: Area): number {
  return a.bottom - a.top + 1;
}

export function columnCount(a: Area): number {
  return a.right - a.left + 1;
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The cells `a` and `b` share, or null. */
export function intersection(a: Area, b: Area): Area | null {
  if (!intersects(a, b)) return null;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

export function contains(outer: Area, inner: Area): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

export function containsCell(a: Area, row: number, col: number): boolean {
  return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
}

export function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** The parts of `a` outside `cut` (at most four rectangles). */
export function subtract(a: Area, cut: Area): Area[] {
  if (!intersects(a, cut)) return [a];
  const out: Area[] = [];
  if (a.top < cut.top) out.push({ top: a.top, left: a.left, bottom: cut.top - 1, right: a.right });
  if (a.bottom > cut.bottom) out.push({ top: cut.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  const top = Math.max(a.top, cut.top),
    bottom = Math.min(a.bottom, cut.bottom);
  if (a.left < cut.left) out.push({ top, left: a.left, bottom, right: cut.left - 1 });
  if (a.right > cut.right) out.push({ top, left: cut.right + 1, bottom, right: a.right });
  return out;
}
