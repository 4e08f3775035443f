// Text measures for the printed page (display width, wrapped header lines, a total's shown width) and the settings line's parts.
import { cell } from './a1';
import type { RangeRef } from './types';

/** Width in Excel's character units: CJK and full-width characters take two, others one. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

const isWide = (cp: number) => (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x20000;

/** Lines a header takes in a wrapped cell `width` characters wide (CJK breaks anywhere, Latin at spaces). */
export function headerLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  const tokens = text.match(/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s*|\s+/g) ?? [];
  let lines = 1;
  let used = 0;
  for (const t of tokens) {
    const w = displayWidth(t.trimEnd());
    if (used > 0 && used + w > room) {
      lines++;
      used = 0;
    }
    used += displayWidth(t);
    // a word wider than the cell breaks where it must
    while (used > room + 1) {
      lines++;
      used -= room;
    }
  }
  return lines;
}

/** Decimal places a format code shows at most ("0.0#" → 2, "0%" → 0). */
function decimals(code: string): number {
  const m = /\.([0#]+)/.exec(code.split(';')[0]);
  return m ? m[1].length : 0;
}

/** Round half away from zero, as ROUND does in every spreadsheet. */
function round(x: number, d: number): number {
  const f = 10 ** d;
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f || 0;
}

/** How a number reads in a format code, closely enough to size a column (grouping, decimals, %). */
export function formatNumber(v: number, code: string | undefined): string {
  if (!code || code === '@' || code === 'General') return String(round(v, 9));
  const pct = code.includes('%');
  const x = pct ? v * 100 : v;
  const d = decimals(code);
  const fixed = Math.abs(x).toFixed(d);
  const [int, frac] = fixed.split('.');
  const grouped = code.includes(',') ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${x < 0 ? '-' : ''}${grouped}${frac !== undefined ? '.' + frac : ''}${pct ? '%' : ''}`;
}

/**
 * One parameter as it reads in the settings line ("安全库存倍数 1.5", "每月频次 A 4/2/2 · B 2/2/1") and the
 * formula that says the same from the block's cells, so the line follows edits. Numbers go through ROUND
 * (and ×100 with "%"), never TEXT: TEXT's format codes depend on the program's language.
 */
export function settingsPart(label: string, values: (number | string)[][], ref: RangeRef, rowLabels: string[] | undefined, numberFormat: string | undefined): { text: string; f: string } {
  const one = (v: number | string, r: number, c: number) => {
    const a = cell(ref.row + r, ref.col + c, true);
    if (typeof v !== 'number' || !numberFormat || numberFormat === '@') return { text: String(v), f: a };
    const d = decimals(numberFormat);
    if (numberFormat.includes('%')) return { text: `${round(v * 100, d)}%`, f: `ROUND(${a}*100,${d})&"%"` };
    return { text: String(round(v, d)), f: `ROUND(${a},${d})` };
  };
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const text: string[] = [];
  const f: string[] = [];
  values.forEach((row, r) => {
    const lead = rowLabels?.[r] ? `${rowLabels[r]} ` : '';
    const parts = row.map((v, c) => one(v, r, c));
    text.push(lead + parts.map((p) => p.text).join('/'));
    f.push([lead ? q(lead) : '', parts.map((p) => p.f).join('&"/"&')].filter(Boolean).join('&'));
  });
  return { text: `${label} ${text.join(', ')}`, f: `${q(`${label} `)}&${f.join('&", "&')}` };
}

/**
 * A format's optional decimals ("#,##0.##") fixed to what the column's numbers need: Excel shows "258." for
 * 258 in "#,##0.##" (LibreOffice hides the point), so whole numbers get "#,##0" and a column with one or two
 * decimals gets "#,##0.0" or "#,##0.00". A column with no numbers (a blank form) keeps the format as declared.
 */
export function shownFormat(code: string | undefined, values: readonly unknown[]): string | undefined {
  if (!code || !/\.#+/.test(code)) return code;
  const nums = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (!nums.length) return code;
  const most = Math.max(...(code.match(/\.#+/g) ?? []).map((m) => m.length - 1));
  let d = 0;
  while (d < most && nums.some((v) => Math.abs(round(v, d) - v) > 1e-9 * Math.max(1, Math.abs(v)))) d++;
  return code.replace(/\.#+/g, d ? '.' + '0'.repeat(d) : '');
}
