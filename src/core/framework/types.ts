/** A framework is data: its pillars, each pillar's mandated focus points, and their wording. */

export interface FocusPoint {
  /** "P-F": pillar P's focus point F, e.g. "2-3". */
  id: string;
  pillar: number;
  index: number;
  /** As the framework labels it: "(三)". */
  label: string;
  text: string;
  /** Other wordings that count as this focus point. */
  variants?: string[];
}

export interface Pillar {
  /** 1–6. */
  number: number;
  title: string;
  variants?: string[];
  focusPoints: FocusPoint[];
}

export interface Framework {
  id: string;
  name: string;
  /** The preamble row (訂定「提升服務執行計畫」): pillar 0, no focus point. */
  preamble?: { title: string; variants: string[] };
  pillars: Pillar[];
}

/** Raised when a framework definition cannot be used; the message names the sheet and cell. */
export class FrameworkError extends Error {
  override name = "FrameworkError";
}
