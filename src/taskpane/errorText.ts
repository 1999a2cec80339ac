// One sentence for whatever went wrong, saying what to do next, worded by core/messages like the CLI's errors.
import { HostError } from '../core/host';
import { hostErrorText } from '../core/messages/shortTexts';
import type { Lang } from '../core/model';

export function errorText(error: unknown, lang: Lang): string {
  // Anything that is not a HostError is a bug or a browser failure; its raw message would mean nothing to the user.
  return hostErrorText(error instanceof HostError ? error : new HostError('UNEXPECTED'), lang);
}
