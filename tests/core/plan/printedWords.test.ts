// What the printed sheets say where an audit of their pages found them silent or wrong: a summary without places says
// why it is empty, a check without findings says so, a table without deadlines gets no deadline columns, a year that
// is only the as-of date's is not printed as the plan's, and a place left out is named at the table's level.
import { checkTaskTable } from '../../../src/core/checkTaskTable';
import type { CheckResult, Lang, SheetPlan } from '../../../src/core/model';
import { planWorkbookOutput } from '../../../src/core/plan/planWorkbookOutput';
import { tableGrid } from '../../fixtures/tables/tableGrid';

const sheetsOf = (result: CheckResult, lang: Lang = 'zh-CN'): readonly SheetPlan[] =>
  planWorkbookOutput(result, { parts: ['findings', 'summaries'], lang, existingSheets: [result.sheet], ownedSheets: {} }).sheets;
const sheetOf = (result: CheckResult, key: SheetPlan['key'], lang: Lang = 'zh-CN'): SheetPlan => sheetsOf(result, lang).find((s) => s.key === key)!;

describe('a summary without places', () => {
  // Hangzhou's units are the city's bureaus: none is a district or county.
  const hangzhou = checkTaskTable(tableGrid('hangzhou-2021-zhongdian-fenjie'), { asOf: '2021-06-30' });

  it('says under its header why it is empty, at the table’s level, in the user’s language', () => {
    expect(hangzhou.districts).toEqual([]);
    const districts = sheetOf(hangzhou, 'districts');
    expect(districts.rows).toEqual([]);
    expect(districts.layout?.note).toBe('说明：牵头单位和配合单位中没有区县，无可汇总的内容。');
    expect(districts.layout?.totalsRow).toBeUndefined();
    expect(sheetOf(hangzhou, 'districts', 'en-US').layout?.note).toBe('Note: no district or county is among the lead and supporting units, so there is nothing to summarise.');
  });

  it('says towns where the table’s summary lists towns', () => {
    const grid = [['金东区2024年重点工作任务分工方案'], ['序号', '工作任务', '牵头单位', '完成时限'], [1, '开展人居环境整治', '区农业农村局', '12月底前']];
    const town = checkTaskTable({ name: 'Sheet1', grid }, { asOf: '2024-03-01' });
    expect(town.level?.summaryLevel).toBe('town');
    expect(sheetOf(town, 'districts').layout?.note).toBe('说明：牵头单位和配合单位中没有乡镇（街道），无可汇总的内容。');
  });
});

describe('a check without findings', () => {
  const grid = [['序号', '工作任务', '牵头单位', '完成时限'], [1, '召开推进会', '福州市委办公厅', '2023年12月31日']];
  const clean = checkTaskTable({ name: '分工方案', grid }, { asOf: '2023-06-01', planYear: 2023 });

  it('writes 未发现问题。 under the findings sheet’s header, not a bare header', () => {
    expect(clean.findings).toEqual([]);
    const findings = sheetOf(clean, 'findings');
    expect(findings.rows).toEqual([]);
    expect(findings.layout?.note).toBe('未发现问题。');
    expect(sheetOf(clean, 'findings', 'en-US').layout?.note).toBe('No findings.');
  });
});

describe('a table without a deadline column', () => {
  // Jindong's 2024 plan has no deadline and no progress column.
  const jindong = checkTaskTable(tableGrid('jindong-2024-minsheng-fenjie'), { asOf: '2024-06-30' });

  it('gets no overdue and due-soon columns in its summary, and no empty deadline or unknown state in its unit list', () => {
    expect(jindong.columns.deadline).toBeNull();
    const districts = sheetOf(jindong, 'districts');
    expect(districts.columns.map((c) => c.header).filter((h) => /时限|逾期/.test(h))).toEqual([]);
    expect(districts.rows.every((r) => r.length === districts.columns.length)).toBe(true);
    const units = sheetOf(jindong, 'unitTasks');
    expect(units.columns.map((c) => c.header)).toEqual(['单位', '类别', '序号', '工作任务', '角色']);
    expect(units.rows.every((r) => r.length === 5)).toBe(true);
  });

  it('keeps them where the table has one', () => {
    const grid = [['序号', '工作任务', '牵头单位', '配合单位', '完成时限'], [1, '改造老旧小区', '鼓楼区', '台江区', '2023年12月31日']];
    const dated = checkTaskTable({ name: '分工方案', grid }, { asOf: '2023-06-01', planYear: 2023 });
    expect(sheetOf(dated, 'districts').columns.map((c) => c.header).slice(-2)).toEqual(['逾期任务\n（项）', '临近时限任务\n（项）']);
    expect(sheetOf(dated, 'unitTasks').columns.map((c) => c.header).slice(-3)).toEqual(['完成时限', '到期日', '任务状态']);
  });
});

describe('the plan year in the subtitle', () => {
  it('is left out where the table names no year and none was set: Xuhui’s 十一五 plan is no plan of the as-of year', () => {
    const xuhui = checkTaskTable(tableGrid('xuhui-2006-shiyiwu-fenjie'), { asOf: '2026-06-01' });
    expect(xuhui.planYearFrom).toBe('asOf');
    for (const sheet of sheetsOf(xuhui)) expect({ sheet: sheet.key, subtitle: sheet.layout?.subtitle }).toEqual({ sheet: sheet.key, subtitle: '校验工作表“社会事业发展” · 截至 2026-06-01' });
    expect(sheetOf(xuhui, 'findings', 'en-US').layout?.subtitle).toBe('sheet checked: 社会事业发展 · as of 2026-06-01');
  });

  it('is stated where the table or the setting gives it', () => {
    const grid = [['序号', '工作任务', '牵头单位', '完成时限'], [1, '召开推进会', '福州市委办公厅', '12月底前']];
    const set = checkTaskTable({ name: '分工方案', grid }, { asOf: '2026-06-01', planYear: 2025 });
    expect(sheetOf(set, 'findings').layout?.subtitle).toBe('校验工作表“分工方案” · 2025 年度 · 截至 2026-06-01');
    const named = checkTaskTable({ name: '2024年台账', grid }, { asOf: '2026-06-01' });
    expect(sheetOf(named, 'findings').layout?.subtitle).toBe('校验工作表“2024年台账” · 2024 年度 · 截至 2026-06-01');
  });
});

describe('a place left out of a task', () => {
  const towns = ['多湖街道', '东孝街道', '孝顺镇', '傅村镇', '曹宅镇', '澧浦镇', '岭下镇', '江东镇', '塘雅镇', '赤松镇', '源东乡'];
  const grid = [
    ['金东区2024年重点工作任务分工方案'],
    ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
    [1, '开展人居环境整治', '区农业农村局', towns.join('、'), '12月底前'],
    [2, '推进垃圾分类', '区综合执法局', towns.slice(0, 10).join('、'), '12月底前'],
  ];
  const omitted = (lang: Lang) => checkTaskTable({ name: 'Sheet1', grid }, { asOf: '2024-03-01', lang }).findings.filter((f) => f.code === 'DISTRICT_OMITTED');

  it('is named a town on a district’s table, in either language', () => {
    expect(omitted('zh-CN').map((f) => f.message)).toEqual(['本任务列出了表中11个乡镇（街道）中的10个，未列“源东乡”。']);
    expect(omitted('en-US').map((f) => f.message)).toEqual([`The task names 10 of the table's 11 towns and streets but not "源东乡".`]);
  });
});
