/** Excel's rules for sheet names, shared by both writers. */

/** At most 31 characters, none of \ / ? * [ ] :. */
export function safeSheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, "_").slice(0, 31);
}

/** `base`, or "base (2)", "base (3)"… when a sheet already has the name (Excel compares names case-insensitively). */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const names = new Set([...taken].map((n) => n.toLowerCase()));
  const safe = safeSheetName(base);
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? "" : ` (${i})`;
    const name = safe.slice(0, 31 - suffix.length) + suffix;
    if (!names.has(name.toLowerCase())) return name;
  }
}
