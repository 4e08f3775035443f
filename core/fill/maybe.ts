// Steps that are synchronous on one host and asynchronous on another: Apps Script and WPS call their hosts synchronously
// (a server function must return its value, not a Promise), Office.js and the CLI's files return Promises.
// (not named `then`: a module exporting `then` is itself a thenable, and import() would call it)
export type Maybe<T> = T | Promise<T>;

const isThenable = (v: unknown): v is PromiseLike<unknown> => typeof (v as { then?: unknown } | null)?.then === 'function';

/** f over v, now when v is a value, later when it is a Promise. */
export function andThen<T, U>(v: Maybe<T>, f: (t: T) => Maybe<U>): Maybe<U> {
  return isThenable(v) ? (v as Promise<T>).then(f) : f(v as T);
}

/** f(), or onError's answer when f throws or its Promise rejects (synchronous while f is). */
export function attempt<T>(f: () => Maybe<T>, onError: (e: unknown) => Maybe<T>): Maybe<T> {
  let v: Maybe<T>;
  try {
    v = f();
  } catch (e) {
    return onError(e);
  }
  return isThenable(v) ? (v as Promise<T>).then(undefined, onError) : v;
}

/** f(), then `last` whether f succeeded or failed (a `finally` that stays synchronous while f is). */
export function always<T>(f: () => Maybe<T>, last: () => void): Maybe<T> {
  let v: Maybe<T>;
  try {
    v = f();
  } catch (e) {
    last();
    throw e;
  }
  if (!isThenable(v)) {
    last();
    return v;
  }
  return (v as Promise<T>).finally(last);
}

/** The value of a step that must have been synchronous (an Apps Script server call cannot return a Promise). */
export function now<T>(v: Maybe<T>): T {
  if (isThenable(v)) throw new Error('a synchronous host returned a Promise');
  return v as T;
}
