// The percentage a progress text states as the task's progress: 完成60%, 进度 65%（滞后）, 完成全年任务的75%,
// 完成全年任务的七成. Only a percentage right after a progress word counts (progress-words.json): 增长5% and
// 覆盖率达到95% are no progress of the task.
import { smallChineseNumber } from '../deadlines/chineseNumerals';
import { toHalfWidth } from '../deadlines/toHalfWidth';
import { wordAlternation } from '../deadlines/wordAlternation';
import { PERCENT_FILLERS, PERCENT_LEADS, TENTHS_WORD } from './progressWords';

const PERCENT = new RegExp(
  `(?:${wordAlternation(PERCENT_LEADS)})(?:${wordAlternation(PERCENT_FILLERS)})*(?:(\\d+(?:\\.\\d+)?)%|(\\d+|[一二三四五六七八九十])${wordAlternation([TENTHS_WORD])})`,
  'g',
);

/** The last progress percentage of the text (a later period is written after an earlier one), or null. */
export function readPercent(text: string): number | null {
  if (text === '') return null;
  const plain = toHalfWidth(text).replace(/\s+/g, '');
  let found: number | null = null;
  PERCENT.lastIndex = 0;
  for (let match = PERCENT.exec(plain); match !== null; match = PERCENT.exec(plain)) {
    if (match[1] !== undefined) found = Number(match[1]);
    else if (match[2] !== undefined) {
      const tenths = /^\d+$/.test(match[2]) ? Number(match[2]) : smallChineseNumber(match[2]);
      if (tenths !== null && tenths <= 10) found = tenths * 10;
    }
  }
  return found;
}
