import { parseDeadline } from '../../../src/core/deadlines/parseDeadline';
import { taskState } from '../../../src/core/deadlines/taskState';

const seed = (written: string) => parseDeadline(written, 2023);

describe('taskState', () => {
  it('calls a seed task past its 7月底前 deadline overdue', () => {
    expect(taskState(seed('7月底前'), '', '2023-08-01', 15)).toBe('overdue');
    expect(taskState(seed('7月底前'), '正在推进', '2023-11-16', 15)).toBe('overdue');
  });

  it('calls a task due within dueSoonDays days, both ends included, due soon', () => {
    expect(taskState(seed('11月底前'), '', '2023-11-30', 15)).toBe('dueSoon');
    expect(taskState(seed('11月底前'), '', '2023-11-15', 15)).toBe('dueSoon');
    expect(taskState(seed('11月底前'), '', '2023-11-14', 15)).toBe('onTrack');
    expect(taskState(seed('11月底前'), '', '2023-11-27', 3)).toBe('dueSoon');
    expect(taskState(seed('11月底前'), '', '2023-11-26', 3)).toBe('onTrack');
    expect(taskState(seed('11月底前'), '', '2023-12-01', 3)).toBe('overdue');
  });

  it('with dueSoonDays 0 warns on the due day only', () => {
    expect(taskState(seed('11月25日前'), '', '2023-11-25', 0)).toBe('dueSoon');
    expect(taskState(seed('11月25日前'), '', '2023-11-24', 0)).toBe('onTrack');
  });

  it('lets a done status close any task, overdue or not', () => {
    expect(taskState(seed('7月底前'), '已完成', '2023-11-16', 15)).toBe('done');
    expect(taskState(seed('持续推进'), '已办结', '2023-11-16', 15)).toBe('done');
    expect(taskState(seed(''), '已销号', '2023-11-16', 15)).toBe('done');
  });

  it('does not take a negated or partial status for done', () => {
    expect(taskState(seed('7月底前'), '未完成', '2023-11-16', 15)).toBe('overdue');
    expect(taskState(seed('7月底前'), '完成率50%', '2023-11-16', 15)).toBe('overdue');
    expect(taskState(seed('7月底前'), '正在完成', '2023-11-16', 15)).toBe('overdue');
  });

  it('never makes open-ended or recurring tasks late', () => {
    expect(taskState(seed('持续推进'), '', '2099-12-31', 15)).toBe('ongoing');
    expect(taskState(seed('每月25日前'), '', '2099-12-31', 15)).toBe('ongoing');
  });

  it('calls missing and unreadable deadlines unknown', () => {
    expect(taskState(seed(''), '', '2023-11-16', 15)).toBe('unknown');
    expect(taskState(seed('尽快'), '', '2023-11-16', 15)).toBe('unknown');
  });

  it('refuses a malformed as-of day', () => {
    expect(() => taskState(seed('全年'), '', '2023/11/16', 15)).toThrow(RangeError);
  });
});
