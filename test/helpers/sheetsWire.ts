// google.script.run as the sidebar meets it, for Node tests: each call's arguments and result cross as JSON, and a Date (refused by the real bridge) fails.
import type { ServerCall } from '../../appsscript/sidebar/sheetsHost';

/** Throws at the first value google.script.run would refuse or mangle (Dates, functions, typed arrays, NaN). */
export function assertWireSafe(v: unknown, where: string, seen = new Set<unknown>()): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`${where}: ${v} does not survive JSON`);
    return;
  }
  if (typeof v !== 'object') throw new Error(`${where}: a ${typeof v} cannot cross google.script.run`);
  if (Object.prototype.toString.call(v) !== '[object Object]' && !Array.isArray(v)) throw new Error(`${where}: a ${Object.prototype.toString.call(v)} cannot cross google.script.run`);
  if (seen.has(v)) throw new Error(`${where}: a circular value`);
  seen.add(v);
  for (const [k, x] of Object.entries(v as object)) if (x !== undefined) assertWireSafe(x, `${where}.${k}`, seen);
  seen.delete(v);
}

export interface WireStats {
  /** server calls by name */
  calls: Record<string, number>;
  /** JSON characters of all arguments and of all results; the longest single argument (a string's own length) */
  chars: { sent: number; received: number; largestArg: number };
  /** the most host calls one server call made (hostCalls() counted before and after each) */
  hostCallsPerCall: number;
}

/** A ServerCall over the server functions of a vm-loaded Apps Script file; `hostCalls` reads the fake's call count. */
export function wireTo(server: Record<string, unknown>, hostCalls: () => number = () => 0): { call: ServerCall } & WireStats {
  const stats: WireStats = { calls: {}, chars: { sent: 0, received: 0, largestArg: 0 }, hostCallsPerCall: 0 };
  const call = (async (name: string, ...args: unknown[]) => {
    stats.calls[name] = (stats.calls[name] ?? 0) + 1;
    assertWireSafe(args, `${name}(arguments)`);
    const sent = JSON.stringify(args);
    stats.chars.sent += sent.length;
    for (const a of args) stats.chars.largestArg = Math.max(stats.chars.largestArg, typeof a === 'string' ? a.length : JSON.stringify(a ?? null).length);
    const before = hostCalls();
    const fn = server[name];
    if (typeof fn !== 'function') throw new Error(`no server function ${name}`);
    let result: unknown;
    try {
      result = (fn as (...a: unknown[]) => unknown)(...JSON.parse(sent));
    } catch (e) {
      // the failure handler gets an Error with the server's message
      throw new Error((e as Error).message);
    } finally {
      stats.hostCallsPerCall = Math.max(stats.hostCallsPerCall, hostCalls() - before);
    }
    if (result === undefined) return null;
    assertWireSafe(result, `${name}(result)`);
    const back = JSON.stringify(result);
    stats.chars.received += back.length;
    return JSON.parse(back);
  }) as ServerCall;
  return Object.assign(stats, { call });
}
