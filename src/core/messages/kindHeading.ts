// The heading of a kind of finding, said the same in the pane, the CLI report and the findings sheet.
import type { FindingKind } from '../plan/groupRepeatedFindings';
import type { Lang } from '../model';
import { messagesFor } from './messagesFor';

/**
 * "单位写法不规范 · 27 种写法 · 127 处". The distinct count is said only where it tells something: for kinds that have
 * a way to count it, and when findings repeat (27 spellings in 127 cells, not 28 deadlines in 28 cells).
 */
export function kindHeading(kind: Pick<FindingKind, 'code' | 'distinct'> & { readonly count: number }, lang: Lang): string {
  const messages = messagesFor(lang);
  const text = messages.findingKinds[kind.code];
  const parts = [text.name];
  if (text.distinct && kind.distinct > 1 && kind.distinct < kind.count) parts.push(text.distinct(kind.distinct));
  parts.push(messages.places(kind.count));
  return parts.join(messages.headingSeparator);
}
