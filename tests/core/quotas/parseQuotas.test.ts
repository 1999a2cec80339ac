import type { UnitLexicon } from '../../../src/core/model';
import { parseQuotas } from '../../../src/core/quotas/parseQuotas';
import { fuzhouDistricts, lexiconOf } from './fuzhouDistrictLexicon';

const quotas = (text: string, lexicon: UnitLexicon = fuzhouDistricts) => parseQuotas(text, lexicon);
const sum = (amounts: readonly { amount: number }[]) => amounts.reduce((s, q) => s + q.amount, 0);

// The task texts of the seed table (2023 Fuzhou plan), by row number.
const SEED = {
  6: '2023年帮助宁夏3000名以上农村劳动力就业，帮助1000名以上脱贫人口在宁夏、到我市或其他地区就业。 推广福建飞毛腿技师学院原州区分校教学点“1+1+1”模式，支持双方用工企业和职业院校合作办校、定向培训、精准就业。鼓励各结对县（区）开展多种形式劳务协作推介会和招聘会，畅通劳动力资源供需信息渠道。开展创业致富带头人培训，提高培训质量和创业项目成功率。',
  8: '推动消费帮扶，拓宽销售渠道，建立健全消费帮扶工作进展情况定期调度通报制度。2023年帮助宁夏销售农副产品7.5亿元以上，具体任务是：马尾区、闽侯县、福清市各9000万元，鼓楼区、长乐区、仓山区、晋安区、台江区、连江县各8000万元。',
  11: '按照优势互补、互惠互利原则，引导和支持更多企业赴宁夏投资兴业。2023年要牵头引进一批福建和其他省份的企业落地宁夏，并吸纳宁夏脱贫人口就业。招商引资实际到资额完成10亿元以上，具体任务是：马尾区1.33亿元、闽侯县1.33亿元、福清市1.34亿元，鼓楼区、长乐区、仓山区、晋安区、台江区、连江县各1亿元。',
  18: '承担对口帮扶任务的县（市、区）选派教师、医生、农业、科技、商务、文旅、管理等各类专业技术人员赴固原结对帮扶工作，并加强对专技人员的关心和关爱。具体任务是：马尾区12名，鼓楼区11名，长乐区11名，福清市17名，台江区7名，闽侯县9名，连江县15名，仓山区9名，晋安区9名，帮扶时限6个月以上。',
  23: '落实社会帮扶资金2700万元。马尾区、闽侯县、福清市、鼓楼区、长乐区、仓山区、晋安区、台江区、连江县各300万。加强社会帮扶资金管理，提高帮扶实效。',
  25: '对口协作县（市、区）积极动员当地民营企业与固原2个国家级乡村振兴重点帮扶县（西吉县、原州区）开展对接，确保每个重点帮扶县至少有5家以上福州民营企业参与“万企兴万村”行动，落实“企共建”任务。',
  29: '加大闽宁协作的宣传力度，根据市委乡村振兴办提供的新闻素材，总结宣传闽宁协作27年来的经验做法。总结闽宁乡村振兴示范村、闽宁产业园、生态工程等工作经验，为全国、全省提供可复制、可推广的经验做法。',
} as const;

describe('parseQuotas: the seed table', () => {
  it('row 8: two shared amounts over lists, adding up to the stated 7.5亿元', () => {
    const { quotas: parts, total } = quotas(SEED[8]);
    expect(parts).toEqual([
      ...['马尾区', '闽侯县', '福清市'].map((unit) => ({ unit, amount: 90000000, measure: '元' })),
      ...['鼓楼区', '长乐区', '仓山区', '晋安区', '台江区', '连江县'].map((unit) => ({ unit, amount: 80000000, measure: '元' })),
    ]);
    expect(total).toEqual({ amount: 750000000, measure: '元' });
    expect(sum(parts)).toBe(total?.amount);
  });

  it('row 11: decimal amounts each, summing exactly to the stated 10亿元', () => {
    const { quotas: parts, total } = quotas(SEED[11]);
    expect(parts.slice(0, 3)).toEqual([
      { unit: '马尾区', amount: 133000000, measure: '元' },
      { unit: '闽侯县', amount: 133000000, measure: '元' },
      { unit: '福清市', amount: 134000000, measure: '元' },
    ]);
    expect(parts).toHaveLength(9);
    expect(parts.slice(3).every((q) => q.amount === 100000000)).toBe(true);
    expect(total).toEqual({ amount: 1000000000, measure: '元' });
    expect(sum(parts)).toBe(total?.amount);
  });

  it('row 18: people per district, with no total and no quota from the 6-month term', () => {
    const { quotas: parts, total } = quotas(SEED[18]);
    expect(parts.map((q) => [q.unit, q.amount])).toEqual([
      ['马尾区', 12], ['鼓楼区', 11], ['长乐区', 11], ['福清市', 17], ['台江区', 7],
      ['闽侯县', 9], ['连江县', 15], ['仓山区', 9], ['晋安区', 9],
    ]);
    expect(parts.every((q) => q.measure === '名')).toBe(true);
    expect(total).toBeNull();
  });

  it('row 23: a bare 万 is money; nine shares of 300万 against the 2700万元 total', () => {
    const { quotas: parts, total } = quotas(SEED[23]);
    expect(parts).toHaveLength(9);
    expect(parts.every((q) => q.amount === 3000000 && q.measure === '元')).toBe(true);
    expect(total).toEqual({ amount: 27000000, measure: '元' });
    expect(sum(parts)).toBe(total?.amount);
  });

  it('row 6: two separate targets without parts are no total of each other, nor the task\'s', () => {
    expect(quotas(SEED[6])).toEqual({ quotas: [], total: null });
    expect(quotas('2023年帮助宁夏3000名以上农村劳动力就业。')).toEqual({ quotas: [], total: { amount: 3000, measure: '名' } });
  });

  it('row 25: neither a count of places nor a per-item minimum is a quota', () => {
    expect(quotas(SEED[25])).toEqual({ quotas: [], total: null });
  });

  it('row 29: "27年来" is no quota', () => {
    expect(quotas(SEED[29])).toEqual({ quotas: [], total: null });
  });

  it('row 1: an ordinal is no quota', () => {
    expect(quotas('参加闽宁协作第27次联席会议，市委市政府领导赴宁夏调研对接')).toEqual({ quotas: [], total: null });
  });
});

describe('parseQuotas: other ways of writing', () => {
  it('reads full-width digits, full-width punctuation and spaces', () => {
    const { quotas: parts, total } = quotas('销售农副产品１．８亿元以上，具体任务是：马尾区 １ 亿元，闽侯县０．８亿元。');
    expect(parts).toEqual([
      { unit: '马尾区', amount: 100000000, measure: '元' },
      { unit: '闽侯县', amount: 80000000, measure: '元' },
    ]);
    expect(total).toEqual({ amount: 180000000, measure: '元' });
  });

  it('states no total where the text gives the rest a share too: the parts named are not all of it', () => {
    expect(quotas('新增就业2万人，马尾区、闽侯县各5000人，其余各区县各2500人')).toEqual({
      quotas: [
        { unit: '马尾区', amount: 5000, measure: '人' },
        { unit: '闽侯县', amount: 5000, measure: '人' },
      ],
      total: null,
    });
    expect(quotas('新增就业2万人，马尾区、闽侯县各5000人，其他区县共1万人').total).toBeNull();
    // A heading before the amounts is no share of the rest.
    expect(quotas('其他工作：新增就业2万人，马尾区、闽侯县各5000人').total).toEqual({ amount: 20000, measure: '人' });
  });

  it('reads short place names and standardizes them', () => {
    expect(quotas('马尾、闽侯各5家').quotas).toEqual([
      { unit: '马尾区', amount: 5, measure: '家' },
      { unit: '闽侯县', amount: 5, measure: '家' },
    ]);
  });

  it('pairs 分别 lists in order, and only when the counts agree', () => {
    expect(quotas('马尾区、福清市分别为12名、17名').quotas).toEqual([
      { unit: '马尾区', amount: 12, measure: '名' },
      { unit: '福清市', amount: 17, measure: '名' },
    ]);
    expect(quotas('马尾区、福清市、闽侯县分别为12名、17名').quotas).toEqual([]);
  });

  it('passes over organs and bracketed notes after a place name', () => {
    expect(quotas('马尾区党工委、政府完成9000万元').quotas).toEqual([{ unit: '马尾区', amount: 90000000, measure: '元' }]);
    expect(quotas('马尾区（含经开区）1亿元，福清市区委、政府、闽侯县委各2亿元').quotas).toEqual([
      { unit: '马尾区', amount: 100000000, measure: '元' },
      { unit: '福清市', amount: 200000000, measure: '元' },
      { unit: '闽侯县', amount: 200000000, measure: '元' },
    ]);
  });

  it('does not take an amount for each of something unnamed as a total', () => {
    expect(quotas('各县区各300万')).toEqual({ quotas: [], total: null });
  });

  it('gives no quota to a list of units before one amount without 各', () => {
    expect(quotas('马尾区、闽侯县完成9000万元').quotas).toEqual([]);
  });

  it('takes a total written after the parts only with a total word', () => {
    expect(quotas('马尾区12名，福清市17名，合计29名').total).toEqual({ amount: 29, measure: '名' });
    expect(quotas('马尾区12名，福清市17名，另需培训50名').total).toBeNull();
  });

  it('takes the total in the measure of the parts', () => {
    expect(quotas('投入资金500万元，选派干部30名，具体任务是：马尾区20名，福清市10名').total).toEqual({ amount: 30, measure: '名' });
  });

  it('takes a yearly target for a target, unlike a per-item minimum', () => {
    expect(quotas('每年帮助1000名以上脱贫人口就业').total).toEqual({ amount: 1000, measure: '名' });
    expect(quotas('每家企业至少吸纳10名以上脱贫人口').total).toBeNull();
  });

  it('does not treat a growth rate as a total', () => {
    expect(quotas('消费帮扶金额增长10%以上').total).toBeNull();
  });

  it('finds nothing in text without digits or with an empty lexicon', () => {
    expect(quotas('做大做强闽宁产业园。')).toEqual({ quotas: [], total: null });
    expect(quotas('马尾区12名', lexiconOf(new Map()))).toEqual({ quotas: [], total: null });
  });
});
