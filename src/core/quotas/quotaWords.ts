// The words around amounts in task prose, as data. parseQuotas and findAmounts build their patterns from these.

/** Powers of ten of the multipliers: 1.33亿元 = 133000000 元. */
export const MULTIPLIER_POWERS: Readonly<Record<string, number>> = { 亿: 8, 万: 4, 千: 3 };

/**
 * The measures a quota is counted in, kept as written (人次 before 人 so that the longer one wins): an amount takes the
 * measure written after it, so 3万户 is 30000 户 and 0.07万亩 700 亩, never money.
 */
export const BASE_MEASURES: readonly string[] = [
  '元', '人次', '名', '人', '家', '个', '所', '户', '亩', '吨', '公斤', '斤', '只', '头', '平方米', '公里', '套', '台', '辆', '件', '项',
  '条', '座', '处', '张', '间', '栋', '株', '棵', '床',
];
export const PERCENT = '%';
/** The measure of a bare 万 or 亿 ("各300万"): in these tables that is money. */
export const BARE_MULTIPLIER_MEASURE = '元';

/** After a bare 万/亿 these measures mean the amount is not ours (1万亩, 3千米): it is skipped. */
export const OTHER_MEASURES: readonly string[] = [
  '平方公里', '平米', '立方米', '千米', '米', '份', '册', '本', '羽', '箱', '千克', '千瓦', '瓦', '度', '批', '场', '期', '次', '天',
  '年', '月', '倍', '字', '余',
];

/** After 个 these make a duration or a rate, not a count (6个月以上, 3个百分点). */
export const NOT_A_COUNT_AFTER_GE: readonly string[] = ['月', '小时', '工作日', '百分点', '季度', '星期', '周', '年'];

/** Words after an amount that only bound it (7.5亿元以上); the amount is the same. */
export const THRESHOLDS: readonly string[] = ['及以上', '以上', '以内', '以下', '左右'];

/** Before an amount: an ordinal (第27次), never a quota. */
export const ORDINAL_MARKERS: readonly string[] = ['第'];
/**
 * Earlier in the same clause: a per-item minimum (每个重点帮扶县至少有5家), never a quota. Periods (每年帮助1000名)
 * are not items: a yearly target in a yearly plan is the plan's target.
 */
export const PER_ITEM_MARKERS: readonly string[] = [
  '每个', '每一个', '每家', '每所', '每户', '每人', '每名', '每位', '每县', '每区', '每乡', '每镇', '每村', '每项', '每批',
];
/** Ends a clause for the per-item rule. */
export const CLAUSE_BREAKS = '。，,；;：:！!？?\n';

/** Between the units of one list: 马尾区、闽侯县、福清市 (spaces were removed, so nothing at all also joins). */
export const LIST_SEPARATORS: readonly string[] = ['、', ',', '和', '及', '与', '以及', '/'];
/**
 * Organs written after a place name (马尾区党工委、政府9000万元): every organ of a district counts for it, so they are
 * passed over like a bracketed note (马尾区（含经开区）1亿元).
 */
export const ORGAN_WORDS: readonly string[] = [
  '党工委', '区委', '县委', '市委', '党委', '人民政府', '政府', '管委会',
  // 闽侯县委, 福清市委: the organ shares its first character with the end of the place name.
  '委',
];
/** Between a unit (or a list) and its amount: 马尾区完成1.33亿元, 福清市：17名. */
export const UNIT_AMOUNT_CONNECTORS: readonly string[] = [
  ':', '为', '是', '完成', '落实', '实现', '达到', '达', '不少于', '不低于', '至少', '任务', '目标', '选派',
];
/** A list followed by 各 shares one amount each: 马尾区、闽侯县、福清市各9000万元. */
export const SHARED_MARKERS: readonly string[] = ['各'];
/** A list followed by 分别 takes a list of amounts in order: 马尾区、闽侯县分别为12名、11名. */
export const RESPECTIVE_MARKERS: readonly string[] = ['分别'];

/** A clause that gives the rest a share (其余各县各2500人): the parts the text names are not all the parts. */
export const REMAINDER_WORDS: readonly string[] = ['其余', '其他', '其它', '剩余', '余下'];

/** Right before an amount, these make it a stated total even outside money or a threshold (合计2700万元). */
export const TOTAL_CUES: readonly string[] = ['合计', '共计', '总计', '累计', '共', '总', '不少于', '不低于', '至少', '超过', '达到'];
/** After the per-unit parts, a total must be cued by one of these (……，合计2700万元). */
export const TOTAL_AFTER_PARTS_CUES: readonly string[] = ['合计', '共计', '总计', '累计', '共', '总'];
