import { normalizeHeader, roleOfHeader } from '../../../src/core/table/headerNames';

describe('header names', () => {
  it('reads the roles of the seed header', () => {
    expect(['序号', '工作任务', '牵头单位', '配合单位', '完成时限'].map(roleOfHeader)).toEqual(['no', 'task', 'lead', 'support', 'deadline']);
  });

  it('ignores spaces, line breaks and bracketed notes inside headers', () => {
    expect(normalizeHeader('序 号')).toBe('序号');
    expect(roleOfHeader('序　号')).toBe('no');
    expect(roleOfHeader('完成\n时限')).toBe('deadline');
    expect(roleOfHeader('牵头单位（部门）')).toBe('lead');
    expect(roleOfHeader('配合单位(协办)')).toBe('support');
  });

  it('knows single unit columns, second text columns and progress columns by period', () => {
    expect(roleOfHeader('责任单位')).toBe('units');
    expect(roleOfHeader('具体要求')).toBe('taskDetail');
    expect(roleOfHeader('1-10月推进情况')).toBe('status');
    expect(roleOfHeader('落实情况')).toBe('status');
  });

  it('tells ignored columns from unknown ones', () => {
    expect(roleOfHeader('责任领导')).toBe('ignore');
    expect(roleOfHeader('备注')).toBe('ignore');
    expect(roleOfHeader('资金来源')).toBeNull();
    expect(roleOfHeader('序号'.repeat(30))).toBeNull();
  });
});
