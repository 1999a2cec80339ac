import { normalizeHeader, numericRoleOfHeader, roleOfHeader } from '../../../src/core/table/headerRoles';

describe('header roles', () => {
  it('reads the roles of the seed header', () => {
    expect(['序号', '工作任务', '牵头单位', '配合单位', '完成时限'].map(roleOfHeader)).toEqual(['no', 'task', 'lead', 'support', 'deadline']);
  });

  it('ignores spaces, line breaks and bracketed notes inside headers', () => {
    expect(normalizeHeader('序 号')).toBe('序号');
    expect(roleOfHeader('序　号')).toBe('no');
    expect(roleOfHeader('完成\n时限')).toBe('deadline');
    expect(roleOfHeader('牵头单位（部门）')).toBe('lead');
    expect(roleOfHeader('配合单位(协办)')).toBe('support');
    expect(roleOfHeader('具 体 内 容')).toBe('task');
  });

  it('knows single unit columns, second text columns and progress columns by period', () => {
    expect(roleOfHeader('责任单位')).toBe('units');
    expect(roleOfHeader('具体要求')).toBe('taskDetail');
    expect(roleOfHeader('1-10月推进情况')).toBe('status');
    expect(roleOfHeader('落实情况')).toBe('status');
  });

  it('reads the headers of the real tables, by name or by pattern', () => {
    // Jindong, Chongchuan, Jingzhou, Shengsi, Xuhui, Zhonglou (tests/fixtures/tables).
    expect(['事项分类', '事项名称', '项目内容', '协同单位'].map(roleOfHeader)).toEqual(['category', 'task', 'taskDetail', 'support']);
    expect(['全年目标任务', '分管 领导', '责任主体与协同单位', '1-11月推进情况', '是否达序', '说明'].map(roleOfHeader)).toEqual([
      'taskDetail', 'leader', 'support', 'status', 'onSchedule', 'note',
    ]);
    expect(['点位', '存在问题', '问题整改责任单位', '整改时限'].map(roleOfHeader)).toEqual([null, 'task', 'units', 'deadline']);
    expect(['考核项目', '考核指标', '考核内容', '单位', '年度目标', '责任部门', '评分部门'].map(roleOfHeader)).toEqual([
      'category', 'task', 'task', 'measure', 'taskDetail', 'units', 'assessor',
    ]);
    expect(['项目\n类别', '牵头\n部门', '相关责任部门', '完成\n时间', '区政府分管领导'].map(roleOfHeader)).toEqual(['category', 'lead', 'support', 'deadline', 'leader']);
  });

  it('reads headers no table here used by their patterns', () => {
    expect(roleOfHeader('责任单位（部门）')).toBe('units');
    expect(roleOfHeader('主体责任单位')).toBe('lead');
    expect(roleOfHeader('考核责任单位')).toBe('units');
    expect(roleOfHeader('计划完成时间')).toBe('deadline');
    expect(roleOfHeader('X月份进展')).toBe('status');
    expect(roleOfHeader('上半年完成情况')).toBe('status');
    expect(roleOfHeader('完成进度')).toBe('status');
    expect(roleOfHeader('整改措施')).toBe('taskDetail');
    expect(roleOfHeader('资金来源')).toBeNull();
    expect(roleOfHeader('序号'.repeat(30))).toBeNull();
  });

  it('gives figure headers their meaning when the cells under them are figures', () => {
    expect(numericRoleOfHeader('目标\n任务')).toBe('target');
    expect(numericRoleOfHeader('进度')).toBe('actual');
    expect(numericRoleOfHeader('完成比例(%)')).toBe('rate');
    expect(numericRoleOfHeader('工作任务')).toBeNull();
  });
});
