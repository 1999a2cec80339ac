// Generators of strings as task tables write them: the domain's words, separators and numbers mixed with arbitrary
// text, full-width and half-width alike. Shared by the property tests of the parsers.
import fc from 'fast-check';

/** Fixed seed and modest runs: the suite stays fast and a failure replays the same way. */
export const PROPERTY_RUNS = { seed: 20230724, numRuns: 300 } as const;

const PLACES = ['马尾区', '闽侯县', '福清市', '鼓楼区', '晋安区', '仓山区', '台江区', '长乐区', '连江县', '马尾', '闽侯区', '福清市区', '原州区', '西吉县'];
const ORGANS = ['区委', '县委', '市委', '党委', '党工委', '政府', '人民政府', '妇联', '商务局', '团委', '市商务局', '市人社局', '前方工作组'];
const SEPARATORS = ['、', '，', ',', '；', ';', ' ', '\u3000', '\n', '（', '）', '(', ')', '：', ':', '等', '各', '分别', '和'];
const NUMBER_WORDS = ['万', '亿', '元', '万元', '亿元', '名', '人', '人次', '家', '个', '所', '户', '%', '以上', '不少于', '合计', '第', '年来', '每个'];
const DEADLINE_WORDS = ['月底前', '月底', '月', '日前', '日', '底', '末', '上旬', '中旬', '下旬', '前', '全年', '年底前', '年内', '上半年', '下半年', '第三季度', '三季度末', '季度', '持续推进', '长期', '每月', '每季度', '次年', '年'];
const DIGITS = ['0', '1', '2', '3', '7', '9', '12', '25', '31', '1.33', '0.5', '９', '１２', '一', '三', '十二', '.'];

export const domainToken = fc.constantFrom(...PLACES, ...ORGANS, ...SEPARATORS, ...NUMBER_WORDS, ...DEADLINE_WORDS, ...DIGITS);

/** Any text: arbitrary code points (lone surrogates included), graphemes, or the domain's words, mixed. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.oneof(domainToken, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 20 }).map((parts) => parts.join('')),
  fc.array(domainToken, { maxLength: 25 }).map((parts) => parts.join('')),
);
