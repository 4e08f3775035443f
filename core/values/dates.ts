// Dates and times as spreadsheet serial numbers, read in a named time zone and never in the machine's own.
const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Calendar fields of a wall-clock date and time. */
export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The serial of a wall-clock date and time, or null when the date does not exist (2026-02-30, month 13). */
export function serialOf(w: WallClock): number | null {
  const { year, month, day, hour, minute, second } = w;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60)) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  // Date.UTC rolls 30 February over into March: a date that does not come back unchanged does not exist
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return (ms - EXCEL_EPOCH) / DAY_MS;
}

/** The wall clock of a serial (whole seconds), as a spreadsheet shows it. */
export function wallClockOfSerial(serial: number): WallClock {
  const d = new Date(EXCEL_EPOCH + Math.round(serial * 86_400) * 1000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

/**
 * Reads `Date` objects as wall clocks in one time zone. ExcelJS gives a cell's date and time as a UTC
 * `Date` (zone "UTC"); Google Sheets gives real instants, shown in the spreadsheet's zone. One reader is
 * made per call (an Intl formatter per zone), so nothing outlives the call.
 */
export function dateReader(timeZone = 'UTC'): (d: Date) => WallClock | null {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'GMT') {
    return (d) => (isNaN(d.getTime()) ? null : wallClockOfSerial((d.getTime() - EXCEL_EPOCH) / DAY_MS));
  }
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  } catch {
    // an unknown zone name: UTC rather than the machine's zone
    return dateReader('UTC');
  }
  return (d) => {
    if (isNaN(d.getTime())) return null;
    // whole seconds first, so 14:29:59.9995 (a serial's rounding) is 14:30:00
    const rounded = new Date(Math.round(d.getTime() / 1000) * 1000);
    const parts: Record<string, number> = {};
    for (const p of fmt.formatToParts(rounded)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second };
  };
}

/** A serial as YYYY-MM-DD; numbers outside the spreadsheet date range (1900–9999) stay numbers as text. */
export function serialToISODate(serial: number): string {
  if (!(serial >= 1 && serial <= 2958465)) return String(serial);
  const w = wallClockOfSerial(serial);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** HH:MM of a wall clock. */
export function hhmm(w: WallClock): string {
  return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}
