// Legal, unique sheet names: ≤ 31 characters, none of / \ ? * [ ] :, never a leading/trailing apostrophe.
export const MAX_SHEET_NAME = 31;

export function sanitizeSheetName(title: string): string {
  let s = title.replace(/[\/\\?*\[\]:]/g, ' ').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^'+|'+$/g, '').trim();
  return s || 'DealerKit';
}

/** Shorten by code points so a surrogate pair is never cut. */
function clip(s: string, max: number): string {
  const cps = Array.from(s);
  return cps.length <= max ? s : cps.slice(0, max).join('').trimEnd();
}

/**
 * The title made legal and unique against `existing` (case-insensitive, as both hosts compare), with
 * `keep` (the date) after it: " (2)", " (3)"… are added and only the title is shortened to fit.
 */
export function uniqueSheetName(title: string, existing: readonly string[], keep = ''): string {
  const base = sanitizeSheetName(title);
  const tail = keep ? ' ' + sanitizeSheetName(keep) : '';
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let k = 1; ; k++) {
    // the title gives way; the kept part (the date) and the suffix never do
    const suffix = tail + (k === 1 ? '' : ` (${k})`);
    const name = clip(base, Math.max(1, MAX_SHEET_NAME - Array.from(suffix).length)) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
