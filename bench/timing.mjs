// Timing helpers: medians of alternating runs, and peak heap while a run's result is alive.
export function time(fn) {
  const t0 = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

export function gc() {
  if (globalThis.gc) globalThis.gc();
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Run a and b alternately `runs` times; medians and the ratio a/b, and a's heap growth (MB) with its result alive. */
export function compare(a, b, runs = 5) {
  const ta = [];
  const tb = [];
  let heapMB = 0;
  for (let i = 0; i < runs; i++) {
    gc();
    const h0 = process.memoryUsage().heapUsed;
    const ra = time(a);
    heapMB = Math.max(heapMB, (process.memoryUsage().heapUsed - h0) / 2 ** 20);
    ta.push(ra.ms);
    ra.result = null;
    gc();
    tb.push(time(b).ms);
  }
  const ma = median(ta);
  const mb = median(tb);
  return { a: ma, b: mb, ratio: ma / mb, heapMB };
}
