/** Colors as Office.js takes them ("#RRGGBB", "RRGGBB", "#RGB" or an HTML name) and reports them ("#RRGGBB"). */
import { fail } from "../errors";

const NAMES: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  purple: "#800080",
  pink: "#FFC0CB",
  lightyellow: "#FFFFE0",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
};

export function normalizeColor(color: unknown): string {
  if (typeof color !== "string") return fail("InvalidArgument", `Not a color: ${String(color)}.`);
  const named = NAMES[color.toLowerCase()];
  if (named) return named;
  const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(color);
  if (!hex) return fail("InvalidArgument", `Not a color: "${color}".`);
  const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join("") : hex[1];
  return `#${digits.toUpperCase()}`;
}
