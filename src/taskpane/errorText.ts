// One sentence for whatever went wrong, saying what to do next, worded by core/messages like the CLI's errors.
import { HostError, type HostErrorCode } from '../core/host';
import { hostErrorMessage } from '../core/messages/messagesFor';
import type { Lang } from '../core/model';

export interface ErrorText {
  readonly code: HostErrorCode;
  readonly text: string;
}

export function describeError(error: unknown, lang: Lang): ErrorText {
  // Anything that is not a HostError is a bug or a browser failure; its raw message would mean nothing to the user.
  const known = error instanceof HostError ? error : new HostError('UNEXPECTED');
  return { code: known.code, text: hostErrorMessage(known, lang) };
}
