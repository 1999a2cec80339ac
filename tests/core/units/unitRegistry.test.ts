import { BUILTIN_UNIT_RECORDS, createUnitRegistry, DEPARTMENT_WORDS, mergeRegistryRecords, portableSpellings, type UnitRecord } from '../../../src/core/units/unitRegistry';

const registry = createUnitRegistry(BUILTIN_UNIT_RECORDS);

function record(name: string, category: string, aliases: string[] = [], extra: Partial<UnitRecord> = {}): UnitRecord {
  return { name, category, aliases, nonstandard: [], note: '', ...extra };
}

describe('the built-in registry', () => {
  it('keeps the order of shared/data/fuzhou-units.tsv', () => {
    const names = BUILTIN_UNIT_RECORDS.map((r) => r.name);
    expect(names.slice(0, 3)).toEqual(['鼓楼区', '台江区', '仓山区']);
    expect(names.slice(12, 14)).toEqual(['市委办公厅', '市政府办公厅']);
    expect(names.slice(-4)).toEqual(['各预算主管部门', '各签约单位', '各县（市）区', '市直各有关单位']);
    expect(names).toHaveLength(43);
  });

  it('lists the districts, counties and county-level cities in registry order', () => {
    expect(registry.districts()).toEqual(['鼓楼区', '台江区', '仓山区', '晋安区', '马尾区', '长乐区', '福清市', '闽侯县', '连江县', '罗源县', '闽清县', '永泰县']);
  });

  it('states what the TSV says in prose: nonstandard spellings and the party organs of districts', () => {
    const byName = new Map(BUILTIN_UNIT_RECORDS.map((r) => [r.name, r]));
    expect(byName.get('市商务局')?.nonstandard).toContain('市商务委');
    expect(byName.get('市工信局')?.nonstandard).toContain('市经信委');
    expect(byName.get('团市委')?.nonstandard).toContain('团委');
    expect(byName.get('闽侯县')?.nonstandard).toContain('闽侯区');
    expect(byName.get('马尾区')?.organs?.party).toEqual(['党工委']);
    expect(byName.get('鼓楼区')?.organs?.party).toEqual(['区委']);
    expect(byName.get('连江县')?.organs?.party).toEqual(['县委']);
    expect(byName.get('福清市')?.organs?.party).toEqual(['市委']);
  });

  it('gives the category of a unit by any of its spellings', () => {
    expect(registry.categoryOf('福州市商务局')).toBe('市直部门');
    expect(registry.categoryOf('马尾区')).toBe('区县');
    expect(registry.categoryOf('团委')).toBe('群团');
    expect(registry.categoryOf('各县(市)区')).toBe('统称');
    expect(registry.categoryOf('相关各单位')).toBe('统称');
    expect(registry.categoryOf('西吉县')).toBeNull();
  });

  it('tells collective terms from units', () => {
    for (const text of ['各预算主管部门', '各签约单位', '各有关单位', '市直各有关单位', '各县（市）区', '各乡镇（街道）', '相关各单位', '相关县（市）区党委']) {
      expect([text, registry.isCollective(text)]).toEqual([text, true]);
    }
    for (const text of ['市财政局', '马尾区', '前方工作组', '各']) expect([text, registry.isCollective(text)]).toEqual([text, false]);
  });
});

describe('lexicon', () => {
  const lexicon = registry.lexicon();

  it('lists every spelling longest first', () => {
    const lengths = lexicon.names.map((n) => n.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    for (const name of ['马尾区', '马尾', '闽侯', '闽侯区', '福州经开区', '福州经济技术开发区', '市商务委', '福州市商务局', '团委']) {
      expect(lexicon.names).toContain(name);
    }
    expect(lexicon.names.indexOf('马尾区')).toBeLessThan(lexicon.names.indexOf('马尾'));
  });

  it('maps each spelling to its standard name', () => {
    expect(lexicon.standardOf('闽侯区')).toBe('闽侯县');
    expect(lexicon.standardOf('马尾')).toBe('马尾区');
    expect(lexicon.standardOf('福州经开区')).toBe('马尾区');
    expect(lexicon.standardOf('市经信委')).toBe('市工信局');
    expect(lexicon.standardOf('西吉县')).toBeNull();
  });

  it('leaves collective terms out: they are no unit a quota can belong to', () => {
    expect(lexicon.names).not.toContain('各县（市）区');
    expect(lexicon.standardOf('各签约单位')).toBeNull();
  });

  it('leaves a short place name out where another unit spells it inside its own name', () => {
    const withShipyard = createUnitRegistry(mergeRegistryRecords(BUILTIN_UNIT_RECORDS, [record('马尾船政文化管委会', '市直部门', ['马尾船政'])]));
    const names = withShipyard.lexicon().names;
    expect(names).not.toContain('马尾');
    expect(names).toContain('马尾区');
    expect(names).toContain('马尾船政');
    expect(names).toContain('闽侯');
  });
});

describe('find and placeAt', () => {
  it('finds a city unit behind the city name even where the alias list lacks that spelling', () => {
    expect(registry.find('福州市工信局')?.record.name).toBe('市工信局');
    expect(registry.find('福州市经信委')).toMatchObject({ record: { name: '市工信局' }, nonstandard: true });
    expect(registry.find('福州市马尾区')).toBeNull();
  });

  it('finds the longest place name at the start of a text', () => {
    expect(registry.placeAt('闽侯区委')).toMatchObject({ place: '闽侯区', nonstandard: true, short: false, record: { name: '闽侯县' } });
    expect(registry.placeAt('马尾党工委')).toMatchObject({ place: '马尾', short: true, record: { name: '马尾区' } });
    expect(registry.placeAt('市财政局')).toBeNull();
  });
});

describe('mergeRegistryRecords', () => {
  it('replaces a unit in place and appends new ones', () => {
    const merged = mergeRegistryRecords(BUILTIN_UNIT_RECORDS, [
      record('市商务局', '市直部门', ['福州市商务局', '市商务委', '商务局']),
      record('市统计局', '市直部门', ['福州市统计局']),
    ]);
    expect(merged).toHaveLength(BUILTIN_UNIT_RECORDS.length + 1);
    const at = BUILTIN_UNIT_RECORDS.findIndex((r) => r.name === '市商务局');
    expect(merged[at]?.aliases).toEqual(['福州市商务局', '市商务委', '商务局']);
    expect(merged.at(-1)?.name).toBe('市统计局');
  });

  it('keeps what the replaced unit knew and the row does not say: nonstandard spellings still listed, district organs', () => {
    const merged = mergeRegistryRecords(BUILTIN_UNIT_RECORDS, [
      record('市商务局', '市直部门', ['福州市商务局', '市商务委']),
      record('马尾区', '区县', ['马尾', '福州经开区']),
      record('闽侯县', '区县', ['闽侯', '闽侯区'], { nonstandard: ['闽侯'] }),
    ]);
    const byName = new Map(merged.map((r) => [r.name, r]));
    expect(byName.get('市商务局')?.nonstandard).toEqual(['市商务委']);
    expect(byName.get('马尾区')?.organs?.party).toEqual(['党工委']);
    expect(byName.get('闽侯县')?.nonstandard).toEqual(['闽侯']);
  });

  it('lets a sheet row take over an alias that a built-in unit had', () => {
    const merged = createUnitRegistry(mergeRegistryRecords(BUILTIN_UNIT_RECORDS, [record('市直机关工委', '市直部门', ['团委'])]));
    expect(merged.find('团委')?.record.name).toBe('市直机关工委');
    expect(merged.find('团市委')?.record.name).toBe('团市委');
  });
});

describe('a reference of spellings from another place', () => {
  const spellings = portableSpellings(BUILTIN_UNIT_RECORDS);
  const elsewhere = createUnitRegistry([], { spellings, departmentWords: DEPARTMENT_WORDS });

  it('holds the seed city’s departments written with a level, not its districts, collective terms, city names or wrong spellings', () => {
    expect(spellings).toEqual(expect.arrayContaining(['市人力资源和社会保障局', '市民政局', '市政府办公厅', '团市委', '市卫生健康委员会']));
    for (const local of ['鼓楼区', '马尾', '福州市商务局', '福州广播电视台', '前方工作组', '各县（市）区', '市商务委', '市卫健局']) expect(spellings).not.toContain(local);
  });

  it('resolves nothing, and suggests the spelling itself, one character off only where the word is none of China’s', () => {
    expect(elsewhere.find('市卫生健康委员会')).toBeNull();
    expect(elsewhere.nearMiss('市人力资源和社会保证局', 1)).toBe('市人力资源和社会保障局');
    expect(elsewhere.nearMiss('市体育局', 1)).toBeNull();
    expect(elsewhere.nearMiss('市统汁局', 1)).toBe('市统计局');
    expect(elsewhere.closestUnit('市工党工委')).toBe('市工商联');
  });
});
