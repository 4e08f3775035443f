// The error a host or an applier throws when it already knows, in both languages, what the user should be told.
import type { Bilingual } from '../i18n/lang';

export class FillError extends Error {
  constructor(
    readonly messages: Bilingual,
    readonly original?: unknown,
  ) {
    super(messages['en-US']);
  }
}
