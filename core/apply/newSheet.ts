// The applier skeleton every host shares: check the name, add the sheet, write it, and on failure remove that sheet (and only it).
import { fillText, reason } from '../i18n/fill-messages';
import { FillError } from '../fill/errors';
import { andThen, attempt, type Maybe } from '../fill/maybe';

/** A fill that could not be written, with what to tell the user in both languages. */
export class ApplyError extends FillError {}

/**
 * What one host does to make a new sheet. `S` is the host's own object for the sheet it added: rollback removes that
 * object, never a sheet looked up by name, so a sheet a co-author adds under the same name meanwhile is never touched.
 */
export interface NewSheetHost<S> {
  /** a sheet of this name is there already (by the host's own comparison of names) */
  hasSheet(name: string): Maybe<boolean>;
  /** adds an empty sheet of this name and returns it (it may only be queued, as in Office.js) */
  addSheet(name: string): Maybe<S>;
  /** everything the plan puts on the sheet */
  write(sheet: S): Maybe<void>;
  removeSheet(sheet: S): Maybe<void>;
  /** the host's error says the name was taken after the check: then nothing of ours exists and nothing is removed */
  nameTaken?(e: unknown): boolean;
}

/** Adds and writes the sheet `name`; throws ApplyError with bilingual messages. Synchronous while the host is. */
export function applyNewSheet<S>(name: string, host: NewSheetHost<S>): Maybe<void> {
  const taken = (e?: unknown) => new ApplyError(fillText('nameTaken', { name }), e);
  return andThen(host.hasSheet(name), (exists) => {
    if (exists) throw taken();
    const added = attempt(
      () => host.addSheet(name),
      (e) => {
        throw host.nameTaken?.(e) ? taken(e) : new ApplyError(fillText('addFailed', { why: reason(e) }), e);
      },
    );
    return andThen(added, (sheet) =>
      attempt(
        () => host.write(sheet),
        (e) => {
          if (host.nameTaken?.(e)) throw taken(e);
          // the sheet may never have come to be, or may refuse to go: the error below still says what happened
          const removed = attempt(
            () => host.removeSheet(sheet),
            () => undefined,
          );
          return andThen(removed, () => {
            throw new ApplyError(fillText('writeFailed', { why: reason(e) }), e);
          });
        },
      ),
    );
  });
}
