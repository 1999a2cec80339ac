// The lights of the supervision offices, from a task's deadline, its state and what its progress says.
import type { Deadline, TaskProgress, TaskState } from '../../../src/core/model';
import { taskJudge, type LightSettings } from '../../../src/core/progress/progressLight';

const SETTINGS: LightSettings = { asOf: '2023-11-30', planYear: 2023, dueSoonDays: 15, tolerance: 0 };
const YEAR: Deadline = { text: '全年', due: '2023-12-31', kind: 'date' };
const record = (over: Partial<TaskProgress> = {}): TaskProgress => ({
  text: '',
  periods: [],
  done: false,
  percent: null,
  lag: null,
  notStarted: false,
  figures: [],
  source: 'table',
  ...over,
});
const task = (deadline: Deadline, state: TaskState = 'onTrack') => ({ deadline, state });
const judgeTask = (t: ReturnType<typeof task>, r: TaskProgress, settings: LightSettings) => taskJudge(settings)(t, r);

describe('judgeTask', () => {
  it('is green on schedule, yellow behind 序时进度, 91.7% expected at the end of November', () => {
    expect(judgeTask(task(YEAR), record({ percent: 95 }), SETTINGS)).toEqual({ light: 'green', expected: 91.7, behind: false, due: '2023-12-31' });
    expect(judgeTask(task(YEAR), record({ percent: 60 }), SETTINGS)).toMatchObject({ light: 'yellow', behind: true });
  });

  it('lets a tolerance of points keep a task a little behind green', () => {
    expect(judgeTask(task(YEAR), record({ percent: 88 }), { ...SETTINGS, tolerance: 5 }).light).toBe('green');
    expect(judgeTask(task(YEAR), record({ percent: 86 }), { ...SETTINGS, tolerance: 5 }).light).toBe('yellow');
  });

  it('is red past the due day and not done, done whatever the date once done', () => {
    const july: Deadline = { text: '7月底前', due: '2023-07-31', kind: 'date' };
    expect(judgeTask(task(july, 'overdue'), record({ percent: 95 }), SETTINGS).light).toBe('red');
    expect(judgeTask(task(july, 'overdue'), record({ done: true }), SETTINGS)).toMatchObject({ light: 'done', behind: false });
    expect(judgeTask(task(july, 'done'), record(), SETTINGS).light).toBe('done');
  });

  it('is yellow when due soon, on schedule or not', () => {
    const soon: Deadline = { text: '12月10日前', due: '2023-12-10', kind: 'date' };
    expect(judgeTask(task(soon, 'dueSoon'), record({ percent: 99 }), SETTINGS)).toMatchObject({ light: 'yellow', behind: false });
  });

  it('takes a stated 达序 over the percentage, and a stated lag over everything but done', () => {
    expect(judgeTask(task(YEAR), record({ percent: 60, lag: false }), SETTINGS).light).toBe('green');
    expect(judgeTask(task(YEAR), record({ percent: 99, lag: true }), SETTINGS)).toMatchObject({ light: 'yellow', behind: true });
  });

  it('gives open-ended tasks no light unless they state a lag', () => {
    const ongoing: Deadline = { text: '持续推进', due: null, kind: 'ongoing' };
    expect(judgeTask(task(ongoing, 'ongoing'), record({ percent: 10 }), SETTINGS)).toEqual({ light: null, expected: null, behind: false, due: null });
    expect(judgeTask(task(ongoing, 'ongoing'), record({ lag: true }), SETTINGS).light).toBe('yellow');
  });

  it('judges a task without a due day of its own against the plan year’s end', () => {
    const missing: Deadline = { text: '', due: null, kind: 'missing' };
    expect(judgeTask(task(missing, 'unknown'), record({ percent: 80 }), SETTINGS)).toMatchObject({ light: 'yellow', due: '2023-12-31' });
    expect(judgeTask(task(missing, 'unknown'), record({ percent: 80 }), { ...SETTINGS, asOf: '2024-01-05' }).light).toBe('red');
  });

  it('counts a task not started while its time passes as behind', () => {
    expect(judgeTask(task(YEAR), record({ notStarted: true }), SETTINGS)).toMatchObject({ light: 'yellow', behind: true });
    const later: Deadline = { text: '2024年3月-6月', due: '2024-06-30', kind: 'date' };
    expect(judgeTask(task(later), record({ notStarted: true }), SETTINGS)).toMatchObject({ light: 'green', expected: 0 });
  });
});
