import { parseUnitCell, unitCellReader, type UnitMention } from '../../../src/core/units/parseUnitCell';
import { BUILTIN_UNIT_RECORDS, createUnitRegistry, mergeRegistryRecords } from '../../../src/core/units/unitRegistry';
import { seedUnitCells } from '../../fixtures/seedGrid';

/** The seed's unit cells, read from the seed table itself. */
const FUZHOU_SEED_UNIT_CELLS = seedUnitCells();

const registry = createUnitRegistry(BUILTIN_UNIT_RECORDS);

/** The units a cell counts for, each once, in the order written. */
function unitsOf(cell: string): string[] {
  return [...new Set(parseUnitCell(cell, registry).map((m) => m.unit))];
}

/** The fields a finding is built from, to compare mentions without repeating the nulls. */
function brief(m: UnitMention): Partial<UnitMention> {
  const out: Partial<Record<keyof UnitMention, unknown>> = { written: m.written, unit: m.unit, status: m.status };
  for (const key of ['organ', 'standardForm', 'suggestion', 'note'] as const) if (m[key] !== null) out[key] = m[key];
  return out as Partial<UnitMention>;
}

const LEADING = ['马尾区', '闽侯县', '福清市'];
const SUPPORTING = ['鼓楼区', '晋安区', '仓山区', '台江区', '长乐区', '连江县'];
const SUPPORTING_NO_TAIJIANG = SUPPORTING.filter((d) => d !== '台江区');

// The standard units of every lead and supporting cell of the seed table, by task number.
const EXPECTED: Record<number, readonly [readonly string[], readonly string[]]> = {
  1: [['市委办公厅', '市政府办公厅'], ['市乡村振兴局']],
  2: [LEADING, SUPPORTING],
  3: [LEADING, SUPPORTING],
  4: [['前方工作组', ...LEADING], SUPPORTING],
  5: [['前方工作组', '市乡村振兴局', ...LEADING], SUPPORTING],
  6: [['市人社局', ...LEADING], SUPPORTING],
  7: [['市人社局', '市财政局', ...LEADING], SUPPORTING_NO_TAIJIANG],
  8: [LEADING, SUPPORTING_NO_TAIJIANG],
  9: [['市财政局', '市供销合作社'], ['各预算主管部门']],
  10: [['市商务局', '市农业农村局', '市粮食储备局', ...LEADING], ['前方工作组', ...SUPPORTING_NO_TAIJIANG]],
  11: [LEADING, SUPPORTING_NO_TAIJIANG],
  12: [['市工商联', '前方工作组'], []],
  13: [['市工信局', '市商务局', '市国资委', '市工商联', '市工党工委', '市工政府', ...LEADING], ['前方工作组', ...SUPPORTING_NO_TAIJIANG]],
  14: [['市商务局', '福清市'], ['前方工作组']],
  15: [[...LEADING, '前方工作组'], ['市农业农村局', '市工信局', '市商务局', '市工商联']],
  16: [['市文旅局'], []],
  17: [['市委组织部'], []],
  18: [['前方工作组', ...LEADING], SUPPORTING_NO_TAIJIANG],
  19: [['市教育局'], []],
  20: [['市卫健委'], []],
  21: [['市科技局'], []],
  22: [[...LEADING, '前方工作组'], SUPPORTING_NO_TAIJIANG],
  23: [LEADING, [...SUPPORTING_NO_TAIJIANG, '前方工作组']],
  24: [['市民政局', '市总工会', '团市委', '市妇联', '市侨联', '市工商联', ...LEADING], ['前方工作组']],
  25: [['市工商联'], ['前方工作组']],
  26: [['前方工作组', ...LEADING], SUPPORTING_NO_TAIJIANG],
  27: [['前方工作组'], ['市商务局']],
  28: [['各签约单位'], []],
  29: [['市委宣传部', '市农业农村局'], ['福州广播电视台', '福州日报社']],
};

describe('the seed table', () => {
  it.each(FUZHOU_SEED_UNIT_CELLS.map((row) => [row.no, row] as const))('task %i resolves to its standard units', (no, row) => {
    const expected = EXPECTED[no];
    expect(expected).toBeDefined();
    expect(unitsOf(row.lead)).toEqual(expected?.[0]);
    expect(unitsOf(row.support)).toEqual(expected?.[1]);
  });

  it('has no unknown unit but the 市工党工委 of task 13 and the 政府 after it', () => {
    const unknown = FUZHOU_SEED_UNIT_CELLS.flatMap((row) =>
      [row.lead, row.support].flatMap((cell) => parseUnitCell(cell, registry).filter((m) => m.status === 'unknown').map((m) => `${row.no}:${m.written}`)),
    );
    expect(unknown).toEqual(['13:市工党工委', '13:市工政府']);
  });

  it('task 2: 区委 of a 县 or a 县级市 and the 区区委 of a district are nonstandard; the bare 政府 takes the place before it', () => {
    const row = FUZHOU_SEED_UNIT_CELLS.find((r) => r.no === 2);
    expect(parseUnitCell(row?.lead ?? '', registry).map(brief)).toEqual([
      { written: '马尾区区委', unit: '马尾区', status: 'known', organ: '区委', standardForm: '马尾区党工委' },
      { written: '马尾区政府', unit: '马尾区', status: 'known', organ: '政府' },
      { written: '闽侯区委', unit: '闽侯县', status: 'known', organ: '区委', standardForm: '闽侯县委' },
      { written: '闽侯区政府', unit: '闽侯县', status: 'known', organ: '政府', standardForm: '闽侯县政府' },
      { written: '福清市区委', unit: '福清市', status: 'known', organ: '区委', standardForm: '福清市委' },
      { written: '福清市政府', unit: '福清市', status: 'known', organ: '政府' },
    ]);
    const support = parseUnitCell(row?.support ?? '', registry);
    expect(support.filter((m) => m.organ === '区委').map((m) => [m.written, m.standardForm])).toEqual([
      ['鼓楼区区委', '鼓楼区委'],
      ['晋安区区委', '晋安区委'],
      ['仓山区区委', '仓山区委'],
      ['台江区区委', '台江区委'],
      ['长乐区区委', '长乐区委'],
      ['连江县区委', '连江县委'],
    ]);
  });

  it('task 7: only 马尾区 has a 党工委', () => {
    const row = FUZHOU_SEED_UNIT_CELLS.find((r) => r.no === 7);
    const lead = parseUnitCell(row?.lead ?? '', registry);
    expect(lead.filter((m) => m.organ !== null && m.organ.includes('党工委')).map((m) => [m.written, m.standardForm])).toEqual([
      ['马尾区党工委', null],
      ['闽侯县党工委', '闽侯县委'],
      ['福清市党工委', '福清市委'],
    ]);
    const support = parseUnitCell(row?.support ?? '', registry);
    expect(support.filter((m) => m.organ !== null && m.organ.includes('党工委')).map((m) => [m.written, m.standardForm])).toEqual([
      ['鼓楼区党工委', '鼓楼区委'],
      ['晋安区区党工委', '晋安区委'],
      ['仓山区党工委', '仓山区委'],
      ['长乐区党工委', '长乐区委'],
      ['连江县党工委', '连江县委'],
    ]);
    expect(support.every((m) => m.status === 'known')).toBe(true);
  });

  it('task 13: the dated 市商务委 and the unknown 市工党工委 with the 政府 that follows it', () => {
    const row = FUZHOU_SEED_UNIT_CELLS.find((r) => r.no === 13);
    expect(parseUnitCell(row?.lead ?? '', registry).slice(0, 6).map(brief)).toEqual([
      { written: '市工信局', unit: '市工信局', status: 'known' },
      { written: '市商务委', unit: '市商务局', status: 'known', standardForm: '市商务局' },
      { written: '市国资委', unit: '市国资委', status: 'known' },
      { written: '市工商联', unit: '市工商联', status: 'known' },
      { written: '市工党工委', unit: '市工党工委', status: 'unknown', suggestion: '市工商联' },
      { written: '市工政府', unit: '市工政府', status: 'unknown', suggestion: '市工商联' },
    ]);
  });

  it('task 14: 福州市商务局 is an official full name, 福清市商务局 an organ of 福清市', () => {
    const row = FUZHOU_SEED_UNIT_CELLS.find((r) => r.no === 14);
    expect(parseUnitCell(row?.lead ?? '', registry).map(brief)).toEqual([
      { written: '福州市商务局', unit: '市商务局', status: 'known' },
      { written: '福清市商务局', unit: '福清市', status: 'known', organ: '商务局' },
    ]);
  });

  it('task 22: 党委 is fine for every district, 闽侯县委 and 晋安区委 are proper', () => {
    const row = FUZHOU_SEED_UNIT_CELLS.find((r) => r.no === 22);
    const mentions = [row?.lead ?? '', row?.support ?? ''].flatMap((cell) => parseUnitCell(cell, registry));
    expect(mentions.filter((m) => m.standardForm !== null)).toEqual([]);
    expect(mentions.filter((m) => m.organ === '党委').map((m) => m.written)).toEqual(['马尾区党委', '福清市党委', '鼓楼区党委', '连江县党委']);
    expect(mentions.filter((m) => m.organ === '县委' || m.organ === '区委').map((m) => m.written)).toEqual(['闽侯县委', '晋安区委', '仓山区委', '长乐区委']);
  });

  it('task 24: 团委 after city departments is 团市委, and 福清市党委、政府、政府、政府 gives three 福清市政府', () => {
    const row = FUZHOU_SEED_UNIT_CELLS.find((r) => r.no === 24);
    expect(parseUnitCell(row?.lead ?? '', registry).map(brief)).toEqual([
      { written: '市民政局', unit: '市民政局', status: 'known' },
      { written: '市总工会', unit: '市总工会', status: 'known' },
      { written: '团委', unit: '团市委', status: 'known', standardForm: '团市委' },
      { written: '市妇联', unit: '市妇联', status: 'known' },
      { written: '市侨联', unit: '市侨联', status: 'known' },
      { written: '市工商联', unit: '市工商联', status: 'known' },
      { written: '马尾区党委', unit: '马尾区', status: 'known', organ: '党委' },
      { written: '马尾区妇联', unit: '马尾区', status: 'known', organ: '妇联' },
      { written: '闽侯县委', unit: '闽侯县', status: 'known', organ: '县委' },
      { written: '福清市党委', unit: '福清市', status: 'known', organ: '党委' },
      { written: '福清市政府', unit: '福清市', status: 'known', organ: '政府' },
      { written: '福清市政府', unit: '福清市', status: 'known', organ: '政府' },
      { written: '福清市政府', unit: '福清市', status: 'known', organ: '政府' },
    ]);
  });

  it('task 29: media and city departments, with their categories', () => {
    const row = FUZHOU_SEED_UNIT_CELLS.find((r) => r.no === 29);
    expect(parseUnitCell(row?.support ?? '', registry).map((m) => [m.unit, m.category])).toEqual([
      ['福州广播电视台', '媒体'],
      ['福州日报社', '媒体'],
    ]);
    expect(parseUnitCell(row?.lead ?? '', registry).map((m) => [m.unit, m.category])).toEqual([
      ['市委宣传部', '市直部门'],
      ['市农业农村局', '市直部门'],
    ]);
  });
});

describe('separators, punctuation and notes', () => {
  it('splits on line breaks, full-width spaces and half-width commas and semicolons', () => {
    expect(unitsOf('市财政局\n市商务局\r\n前方工作组')).toEqual(['市财政局', '市商务局', '前方工作组']);
    expect(unitsOf('市财政局\u3000市商务局,市工商联;市侨联；市科协，市总工会')).toEqual(['市财政局', '市商务局', '市工商联', '市侨联', '市科协', '市总工会']);
  });

  it('takes a bracketed note off the unit, half-width brackets included; a bracketed role word is the unit’s role', () => {
    const mentions = parseUnitCell('马尾区政府（数据统计评估牵头单位）、市财政局(配合)', registry);
    expect(mentions.map(brief)).toEqual([
      { written: '马尾区政府', unit: '马尾区', status: 'known', organ: '政府', note: '数据统计评估牵头单位' },
      { written: '市财政局', unit: '市财政局', status: 'known' },
    ]);
    expect(mentions.map((m) => m.statedRole)).toEqual([null, 'support']);
  });

  it('keeps separators inside a note with the note', () => {
    expect(parseUnitCell('市统计局（牵头，负责数据汇总、评估）、市财政局', registry).map((m) => [m.written, m.note])).toEqual([
      ['市统计局', '牵头，负责数据汇总、评估'],
      ['市财政局', null],
    ]);
  });

  it('strips 等, 等单位, 等部门 and 按职责分工负责, also as a piece of their own', () => {
    expect(unitsOf('市财政局、市商务局等单位')).toEqual(['市财政局', '市商务局']);
    expect(unitsOf('市农业农村局等部门按职责分工负责')).toEqual(['市农业农村局']);
    expect(unitsOf('市教育局、市卫健委等')).toEqual(['市教育局', '市卫健委']);
    expect(unitsOf('市文旅局，按职责分工负责')).toEqual(['市文旅局']);
  });

  it('reads an empty or blank cell as no unit', () => {
    expect(parseUnitCell('', registry)).toEqual([]);
    expect(parseUnitCell(' \n\u3000', registry)).toEqual([]);
  });
});

describe('collective terms', () => {
  it('are collective, never unknown, whether the registry lists them or they only look like one', () => {
    const mentions = parseUnitCell('各预算主管部门、各签约单位、各县(市)区、相关各单位、各乡镇（街道）', registry);
    expect(mentions.map((m) => [m.written, m.unit, m.status, m.category])).toEqual([
      ['各预算主管部门', '各预算主管部门', 'collective', '统称'],
      ['各签约单位', '各签约单位', 'collective', '统称'],
      ['各县（市）区', '各县（市）区', 'collective', '统称'],
      ['相关各单位', '相关各单位', 'collective', '统称'],
      ['各乡镇（街道）', '各乡镇（街道）', 'collective', '统称'],
    ]);
  });

  it('keep their organs, as the letter of the seed plan addresses 相关县（市）区党委、政府', () => {
    expect(parseUnitCell('相关县（市）区党委、政府，市直各有关单位', registry).map((m) => [m.written, m.unit, m.status])).toEqual([
      ['相关县（市）区党委', '各县（市）区', 'collective'],
      ['相关县（市）区政府', '各县（市）区', 'collective'],
      ['市直各有关单位', '市直各有关单位', 'collective'],
    ]);
  });
});

describe('districts and their organs', () => {
  it('reads the place names and their nonstandard spellings', () => {
    expect(parseUnitCell('闽侯区、马尾、福州经开区党工委、连江县人民政府', registry).map(brief)).toEqual([
      { written: '闽侯区', unit: '闽侯县', status: 'known', standardForm: '闽侯县' },
      { written: '马尾', unit: '马尾区', status: 'known' },
      { written: '福州经开区党工委', unit: '马尾区', status: 'known', organ: '党工委' },
      { written: '连江县人民政府', unit: '连江县', status: 'known', organ: '人民政府' },
    ]);
  });

  it('takes a redundant level off an organ: 马尾区区政府 is 马尾区政府', () => {
    expect(parseUnitCell('马尾区委、区政府', registry).map(brief)).toEqual([
      { written: '马尾区委', unit: '马尾区', status: 'known', organ: '区委', standardForm: '马尾区党工委' },
      { written: '马尾区区政府', unit: '马尾区', status: 'known', organ: '区政府', standardForm: '马尾区政府' },
    ]);
  });

  it('accepts only organ words after a short place name', () => {
    expect(parseUnitCell('马尾政府', registry).map(brief)).toEqual([{ written: '马尾政府', unit: '马尾区', status: 'known', organ: '政府' }]);
    expect(parseUnitCell('福清融侨经开区', registry).map((m) => [m.unit, m.basis])).toEqual([['福清融侨经开区', 'form']]);
  });

  it('reads a bare organ with nothing before it on its own', () => {
    expect(parseUnitCell('政府、市财政局', registry).map((m) => [m.written, m.status])).toEqual([
      ['政府', 'unknown'],
      ['市财政局', 'known'],
    ]);
    expect(parseUnitCell('市财政局、政府', registry).map((m) => [m.written, m.status])).toEqual([
      ['市财政局', 'known'],
      ['政府', 'unknown'],
    ]);
  });

  it('lets the registry win over a bare organ: 团委 after a district is still 团市委', () => {
    expect(parseUnitCell('马尾区党委、团委', registry).map((m) => [m.written, m.unit])).toEqual([
      ['马尾区党委', '马尾区'],
      ['团委', '团市委'],
    ]);
  });
});

describe('city units', () => {
  it('reads the city name before a city unit as its full official name, and dated names as nonstandard', () => {
    expect(parseUnitCell('福州市工信局 福州市经信委 市经信委 市卫健局', registry).map(brief)).toEqual([
      { written: '福州市工信局', unit: '市工信局', status: 'known' },
      { written: '福州市经信委', unit: '市工信局', status: 'known', standardForm: '市工信局' },
      { written: '市经信委', unit: '市工信局', status: 'known', standardForm: '市工信局' },
      { written: '市卫健局', unit: '市卫健委', status: 'known', standardForm: '市卫健委' },
    ]);
  });
});

describe('unknown units', () => {
  it('are what fits no form, and near-misses of a registry unit, with the unit as the suggestion', () => {
    expect(parseUnitCell('市商务厅、市人社厅、福州市财正局、市人设局、马尾去党工委', registry).map(brief)).toEqual([
      { written: '市商务厅', unit: '市商务厅', status: 'unknown', suggestion: '市商务局' },
      { written: '市人社厅', unit: '市人社厅', status: 'unknown', suggestion: '市人社局' },
      { written: '福州市财正局', unit: '福州市财正局', status: 'unknown', suggestion: '市财政局' },
      { written: '市人设局', unit: '市人设局', status: 'unknown', suggestion: '市人社局' },
      { written: '马尾去党工委', unit: '马尾去党工委', status: 'unknown', suggestion: '马尾区党工委' },
    ]);
  });

  it('are not places of China nor departments known by their form, and never take a unit of another level', () => {
    expect(parseUnitCell('西吉县、区统计局（数据统计评估牵头单位）、区卫健局、市发改委', registry).map(brief)).toEqual([
      { written: '西吉县', unit: '西吉县', status: 'known' },
      { written: '区统计局', unit: '区统计局', status: 'known', note: '数据统计评估牵头单位' },
      { written: '区卫健局', unit: '区卫健局', status: 'known' },
      { written: '市发改委', unit: '市发改委', status: 'known' },
    ]);
  });

  it('become known once the workbook registers them', () => {
    const withSheet = createUnitRegistry(
      mergeRegistryRecords(BUILTIN_UNIT_RECORDS, [{ name: '区统计局', category: '市直部门', aliases: [], nonstandard: [], note: '' }]),
    );
    expect(parseUnitCell('区统计局（数据统计评估牵头单位）', withSheet).map(brief)).toEqual([
      { written: '区统计局', unit: '区统计局', status: 'known', note: '数据统计评估牵头单位' },
    ]);
  });
});

describe('repeated cells', () => {
  it('give the same mentions each time, and a caller changing its array changes nothing for the next', () => {
    const cell = FUZHOU_SEED_UNIT_CELLS.find((r) => r.no === 24)?.lead ?? '';
    const first = parseUnitCell(cell, registry);
    first.splice(0, first.length);
    expect(parseUnitCell(cell, registry)).toHaveLength(13);
  });

  it('give a check the very same frozen mentions from the registry’s reader, and parseUnitCell a copy of them', () => {
    const cell = FUZHOU_SEED_UNIT_CELLS.find((r) => r.no === 2)?.lead ?? '';
    const read = unitCellReader(registry);
    const first = read(cell);
    expect(read(cell)).toBe(first);
    expect(unitCellReader(registry)(cell)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.map((m) => m.written)).toEqual(['马尾区区委', '马尾区政府', '闽侯区委', '闽侯区政府', '福清市区委', '福清市政府']);
    const copy = parseUnitCell(cell, registry);
    expect(copy).not.toBe(first);
    expect(copy).toHaveLength(first.length);
    expect(copy.every((m, i) => m === first[i])).toBe(true);
  });

  it('are resolved per registry: a registry that knows more parses the same text differently', () => {
    const cell = '市工党工委、政府';
    expect(parseUnitCell(cell, registry).map((m) => m.status)).toEqual(['unknown', 'unknown']);
    const extended = createUnitRegistry(
      mergeRegistryRecords(BUILTIN_UNIT_RECORDS, [{ name: '市工党工委', category: '市直部门', aliases: [], nonstandard: [], note: '' }]),
    );
    expect(parseUnitCell(cell, extended).map((m) => [m.written, m.status])).toEqual([
      ['市工党工委', 'known'],
      ['政府', 'unknown'],
    ]);
  });
});

describe('unit cells as offices write them (cells of tests/fixtures/tables, and shapes they lack)', () => {
  const empty = createUnitRegistry([]);
  const units = (cell: string) => parseUnitCell(cell, empty).map((m) => m.unit);

  it('carry a level written once over the list', () => {
    expect(units('县财政局、审计局、统计局')).toEqual(['县财政局', '县审计局', '县统计局']);
    expect(units('市住建局、城管局')).toEqual(['市住建局', '市城管局']);
    expect(units('区发改局\n金义新区发展集团')).toEqual(['区发改局', '金义新区发展集团']);
  });

  it('keep collective terms with a separator inside whole', () => {
    expect(units('市发改委、市经信局、市商务局、市投资促进局,各区、县(市)政府(管委会)').slice(-1)).toEqual(['各区、县（市）政府（管委会）']);
    expect(units('各镇、街道')).toEqual(['各镇、街道']);
    expect(units('各县（市、区）、市财政局')).toEqual(['各县（市、区）', '市财政局']);
    expect(units('人口计生委等相关部门,13个街道、镇')).toEqual(['人口计生委', '13个街道、镇']);
    expect(parseUnitCell('各乡镇(街道)', empty).map((m) => m.status)).toEqual(['collective']);
  });

  it('drop trailing phrases and placeholders', () => {
    expect(units('市发改委、市人力社保局、市科技局、团市委配合落实')).toEqual(['市发改委', '市人力社保局', '市科技局', '团市委']);
    expect(units('民政局、残联等相关部门')).toEqual(['民政局', '残联']);
    expect(units('市财政局及有关部门')).toEqual(['市财政局']);
    expect(units('/')).toEqual([]);
    expect(units('—')).toEqual([]);
  });

  it('join a name broken by a line break or space, but a line break next to a bracket still separates', () => {
    expect(units('市住房和\n城乡建设局')).toEqual(['市住房和城乡建设局']);
    expect(units('市住房和 城乡建设局、市财政局')).toEqual(['市住房和城乡建设局', '市财政局']);
    expect(units('高新园(邹区镇)\n各街道')).toEqual(['高新园（邹区镇）', '各街道']);
    expect(units('各乡镇(街道)\n区总工会')).toEqual(['各乡镇（街道）', '区总工会']);
  });

  it('take a role word after a unit, or a label before it, as its role and no part of its name', () => {
    const roles = (cell: string) => parseUnitCell(cell, empty).map((m) => [m.unit, m.status, m.statedRole]);
    expect(roles('市发改委牵头，市财政局、市商务局配合')).toEqual([
      ['市发改委', 'known', 'lead'],
      ['市财政局', 'known', 'support'],
      ['市商务局', 'known', 'support'],
    ]);
    expect(roles('牵头单位：市工信局')).toEqual([['市工信局', 'known', 'lead']]);
    expect(roles('牵头单位：市工信局；配合单位：市财政局，市商务局')).toEqual([
      ['市工信局', 'known', 'lead'],
      ['市财政局', 'known', 'support'],
      ['市商务局', 'known', 'support'],
    ]);
    expect(roles('责任单位：市财政局（牵头）、市商务局')).toEqual([
      ['市财政局', 'known', 'lead'],
      ['市商务局', 'known', 'support'],
    ]);
    expect(roles('市发改委负责，各街道参与')).toEqual([
      ['市发改委', 'known', null],
      ['各街道', 'collective', 'support'],
    ]);
  });

  it('let a role word reach back to the last unit whose role was said, or to the start of its clause', () => {
    const roles = (cell: string) => parseUnitCell(cell, empty).map((m) => m.statedRole);
    expect(roles('市发改委、市财政局牵头，市商务局配合')).toEqual(['lead', 'lead', 'support']);
    expect(roles('市发改委牵头，市财政局，市商务局配合')).toEqual(['lead', 'support', 'support']);
    expect(roles('市发改委、市财政局，市商务局配合')).toEqual([null, null, 'support']);
    expect(roles('市发改委、市财政局\n配合')).toEqual(['support', 'support']);
    expect(roles('市发改委牵头，市财政局')).toEqual(['lead', 'support']);
    // 配合落实 is a note of Hangzhou's, not a role: the first-listed rule decides there (decision 195).
    expect(roles('市发改委、市人力社保局、市科技局、团市委配合落实')).toEqual([null, null, null, null]);
  });

  it('read a bracketed unit after a unit, also on a line of its own, as its other name: one unit, no unknown', () => {
    const read = (cell: string) => parseUnitCell(cell, empty).map((m) => [m.unit, m.status, m.note]);
    expect(read('市发改委\n（市粮食局）')).toEqual([['市发改委', 'known', '市粮食局']]);
    expect(read('市发改委（市粮食局）、市财政局')).toEqual([
      ['市发改委', 'known', '市粮食局'],
      ['市财政局', 'known', null],
    ]);
    expect(read('各乡镇\n（街道）')).toEqual([['各乡镇（街道）', 'collective', null]]);
  });

  it('keep a zone with a town in brackets whole, as that town’s unit', () => {
    const read = (cell: string) => parseUnitCell(cell, empty).map((m) => [m.unit, m.status, m.placeKind, m.category]);
    expect(read('经开区\n高新园(邹区镇)')).toEqual([
      ['经开区', 'known', null, '部门'],
      ['高新园（邹区镇）', 'known', 'town', '乡镇（街道）'],
    ]);
    // A department's bracket, or a zone's that holds no town, stays a note.
    expect(read('区统计局（数据统计评估牵头单位）、高新区（新北区）').map((m) => m[0])).toEqual(['区统计局', '高新区']);
  });

  it('know districts, counties and towns of all China by their place, and their organs', () => {
    expect(parseUnitCell('东坡区人社局、孝顺镇党委、东孝街道', empty).map((m) => [m.unit, m.placeKind, m.organ])).toEqual([
      ['东坡区', 'county', '人社局'],
      ['孝顺镇', 'town', '党委'],
      ['东孝街道', 'town', null],
    ]);
    expect(parseUnitCell('嵊泗县区委', empty).map((m) => m.standardForm)).toEqual(['嵊泗县委']);
  });
});
