import { checkTaskTable } from '../../../src/core/checkTaskTable';
import type { CellValue, CheckResult } from '../../../src/core/model';
import { createUnitRegistry, DEPARTMENT_WORDS } from '../../../src/core/units/unitRegistry';

// China's department words (src/core/data/department-names.json) as the reference of any table's departments: a word
// one character off exactly one of them is a typo of it, a word listed is never one.
const national = createUnitRegistry([], { spellings: [], departmentWords: DEPARTMENT_WORDS });

describe('the department words', () => {
  it('hold each name once, the full and short forms of the reforms’ departments and the people’s organisations', () => {
    expect(new Set(DEPARTMENT_WORDS).size).toBe(DEPARTMENT_WORDS.length);
    for (const word of ['发展和改革委员会', '发改委', '人力资源和社会保障局', '人社局', '资规局', '文广旅局', '卫健委', '市场监管局', '残联', '妇联', '团区委', '机管局', '供电公司']) {
      expect(DEPARTMENT_WORDS).toContain(word);
    }
  });
});

describe('a department one character off a department word', () => {
  it('is a typo of it after a level word or a place, with the level or place kept', () => {
    expect(national.nearMiss('区统汁局', 1)).toBe('区统计局');
    expect(national.nearMiss('县住建句', 1)).toBeNull();
    expect(national.nearMiss('常州市发该局', 1)).toBe('常州市发改局');
    expect(national.nearMiss('区发该局', 1)).toBe('区发改局');
  });

  it('is none where the word is listed, however close another is', () => {
    for (const name of ['区体育局', '区人防局', '区教育局', '市残联', '市妇联', '区教体局', '区文广局', '区市场局', '县卫计局']) {
      expect(national.nearMiss(name, 1)).toBeNull();
    }
  });

  it('is none where it differs in its first character or its ending, or is as close to two words', () => {
    expect(national.nearMiss('区德育局', 1)).toBeNull();
    expect(national.nearMiss('区人社委', 1)).toBeNull();
    // 文X局 is one off 文旅局, 文广局 and 文体局 alike; 人设局 one off 人社局 and 人防局.
    expect(national.nearMiss('区文某局', 1)).toBeNull();
    expect(national.nearMiss('区人设局', 1)).toBeNull();
  });

  it('needs a level or place before the word', () => {
    expect(national.nearMiss('发该局', 1)).toBeNull();
  });
});

describe('checking another place’s table', () => {
  /** A table of `title`, one task per lead cell. */
  const tableOf =
    (title: string) =>
    (leads: string[]): CheckResult => {
      const grid: CellValue[][] = [[title], ['序号', '工作任务', '牵头单位', '完成时限']];
      leads.forEach((lead, i) => grid.push([i + 1, '推进重点工作', lead, '12月底前']));
      return checkTaskTable({ name: '任务表', grid }, { asOf: '2021-06-30' });
    };
  const zhonglou = tableOf('钟楼区2021年民生实事项目任务分解表');
  const county = tableOf('嵊泗县2021年重点工作任务分工方案');

  it('flags a misspelt short department name with the name it is one off', () => {
    const unknown = zhonglou(['区发该局']).findings.filter((f) => f.code === 'UNIT_UNKNOWN');
    expect(unknown.map((f) => [`${f.column}${f.row}`, f.suggestion])).toEqual([['C3', '区发改局']]);
  });

  it('flags a misspelt department written after the district’s own name, which is then no mention of the district', () => {
    const result = zhonglou(['钟楼区发该局', '钟楼区统汁局、区财政局']);
    const unknown = result.findings.filter((f) => f.code === 'UNIT_UNKNOWN');
    expect(unknown.map((f) => [`${f.column}${f.row}`, f.suggestion])).toEqual([
      ['C3', '钟楼区发改局'],
      ['C4', '钟楼区统计局'],
    ]);
    expect(result.tasks.map((t) => t.lead)).toEqual([['钟楼区发该局'], ['钟楼区统汁局', '区财政局']]);
  });

  it('keeps the district’s real departments, one character off another or not, as the district', () => {
    const result = zhonglou(['钟楼区发改局', '钟楼区体育局', '钟楼区教育局', '钟楼区人设局']);
    expect(result.findings.filter((f) => f.code === 'UNIT_UNKNOWN')).toEqual([]);
    expect(result.tasks.map((t) => t.lead)).toEqual([['钟楼区'], ['钟楼区'], ['钟楼区'], ['钟楼区']]);
  });

  it('reads a body of the party committee after its 委 (县委编办 is 编办, no slip for 县委农办), and still flags a slip', () => {
    const unknown = county(['县委编办', '县委外办', '县委台办', '县委农办', '嵊泗县委编办', '县发该局']).findings.filter((f) => f.code === 'UNIT_UNKNOWN');
    expect(unknown.map((f) => [`${f.column}${f.row}`, f.suggestion])).toEqual([['C8', '县发改局']]);
  });

  it('takes the departments of any level, and the villages, as a group (县直相关部门, 县级有关部门, 各村、社区), never as an unknown unit', () => {
    const result = county(['县直相关部门', '各乡镇（街道）、县直相关部门', '区直有关单位', '县级有关部门', '市级相关部门', '各村、社区']);
    expect(result.findings.filter((f) => f.code === 'UNIT_UNKNOWN')).toEqual([]);
    expect(result.tasks.map((t) => t.collective)).toEqual([['县直相关部门'], ['各乡镇（街道）', '县直相关部门'], ['区直有关单位'], ['县级有关部门'], ['市级相关部门'], ['各村、社区']]);
  });

  it('reads 县政协办 as the office of the CPPCC, not as 县政 stating that it assists (协办)', () => {
    const result = county(['县政协办', '县人大、县政协', '县财政局牵头，县人社局协办']);
    expect(result.findings.filter((f) => f.code === 'UNIT_UNKNOWN' || f.code === 'LEAD_MISSING')).toEqual([]);
    expect(result.tasks.map((t) => [t.lead, t.support])).toEqual([
      [['县政协办'], []],
      [['县人大', '县政协'], []],
      [['县财政局'], ['县人社局']],
    ]);
  });

  it('asks no level of a department named after its place’s short name, where the table writes its level elsewhere', () => {
    const result = zhonglou(['区发改局', '区财政局', '区教育局', '区民政局', '区住建局', '区商务局', '区统计局', '钟楼公安分局', '公安分局', '税务局']);
    const nonstandard = result.findings.filter((f) => f.code === 'UNIT_NONSTANDARD');
    expect(nonstandard.map((f) => [`${f.column}${f.row}`, f.suggestion])).toEqual([
      ['C11', '区公安分局'],
      ['C12', '区税务局'],
    ]);
  });

  it('flags none of the departments that differ from another by one character', () => {
    const result = zhonglou(['区体育局', '区教育局', '市残联', '市妇联', '团区委']);
    expect(result.findings.filter((f) => f.code === 'UNIT_UNKNOWN')).toEqual([]);
    expect(result.tasks.map((t) => t.lead)).toEqual([['区体育局'], ['区教育局'], ['市残联'], ['市妇联'], ['团区委']]);
  });
});
