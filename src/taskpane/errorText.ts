// One sentence for whatever went wrong, saying what to do next, worded by core/messages like the CLI's errors.
import { HostError } from '../core/host';
import { hostErrorMessage } from '../core/messages/messagesFor';
import type { Lang } from '../core/model';

export function errorText(error: unknown, lang: Lang): string {
  // Anything that is not a HostError is a bug or a browser failure; its raw message would mean nothing to the user.
  return hostErrorMessage(error instanceof HostError ? error : new HostError('UNEXPECTED'), lang);
}
