// The runner's scratch typed arrays: taken for one call, handed back when it ends, reused by the next call.

/**
 * Why a module-level pool (the one buffer store that outlives a call): a call over a million rows needs tens of
 * MB of typed arrays (read numbers, statuses, element states). Allocated fresh on every call, that much external
 * memory makes V8 start a full mark-compact of the whole heap — the host's million-row input arrays included —
 * on nearly every call: measured, about 0.9 s of a 3 s DEALERSCORE call over 1,000,000 rows (issue 11.5).
 * Reused, the arrays cost a memset. Nothing in the pool is visible outside a call (every array is zeroed when
 * taken), and the pool keeps at most POOL_BYTES between calls, so a host keeps no more than that after the
 * largest call.
 */
const POOL_BYTES = 160 * 2 ** 20;
/** Below this, an array is allocated on the JavaScript heap and is not worth pooling. */
const SMALL_BYTES = 64 * 1024;

// module state: the pool of buffers between calls (why: see POOL_BYTES above); zeroed when taken, capped in size
const free: ArrayBuffer[] = [];
// module state: the bytes the pool holds, kept with it
let freeBytes = 0;

/** The buffer of at least `bytes` bytes that wastes least, taken out of the pool, or a new one. */
function take(bytes: number): ArrayBuffer {
  let best = -1;
  for (let i = 0; i < free.length; i++) {
    const b = free[i].byteLength;
    if (b >= bytes && (best < 0 || b < free[best].byteLength)) best = i;
  }
  if (best < 0) return new ArrayBuffer(bytes);
  const buf = free[best];
  free[best] = free[free.length - 1];
  free.pop();
  freeBytes -= buf.byteLength;
  return buf;
}

/** The typed arrays of one call. `release()` hands them back: none of them may be used after it. */
export class Scratch {
  private taken: ArrayBuffer[] = [];

  /** n zeros as 64-bit floats */
  f64(n: number): Float64Array {
    if (n * 8 < SMALL_BYTES) return new Float64Array(n);
    const a = new Float64Array(this.hold(n * 8), 0, n);
    a.fill(0);
    return a;
  }

  /** n zero bytes */
  u8(n: number): Uint8Array {
    if (n < SMALL_BYTES) return new Uint8Array(n);
    const a = new Uint8Array(this.hold(n), 0, n);
    a.fill(0);
    return a;
  }

  private hold(bytes: number): ArrayBuffer {
    const buf = take(bytes);
    this.taken.push(buf);
    return buf;
  }

  /** Hand every array back; the largest are let go while the pool would hold more than POOL_BYTES. */
  release(): void {
    for (const buf of this.taken) {
      free.push(buf);
      freeBytes += buf.byteLength;
    }
    this.taken = [];
    while (freeBytes > POOL_BYTES) {
      let big = 0;
      for (let i = 1; i < free.length; i++) if (free[i].byteLength > free[big].byteLength) big = i;
      freeBytes -= free[big].byteLength;
      free[big] = free[free.length - 1];
      free.pop();
    }
  }
}
