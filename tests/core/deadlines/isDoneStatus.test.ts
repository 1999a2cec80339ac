import { isDoneStatus } from '../../../src/core/deadlines/isDoneStatus';

describe('isDoneStatus', () => {
  it.each(['已完成', '完成', '办结', '已办结', '销号', '已销号', '已完成。', '已全面完成', '已按期完成全年任务',
    '已完成并销号', '目前已完成', '1-10月推进情况：已完成', '已完成（10月）', '已完成，下一步将持续巩固成效', '全部完成'])(
    '%s closes the task',
    (status) => {
      expect(isDoneStatus(status)).toBe(true);
    },
  );

  it.each(['未完成', '尚未完成', '正在完成', '基本完成', '部分完成', '完成率50%', '已完成投资60%', '已完成80%',
    '未按期完成', '未销号', '没有完成', '无法完成', '计划年底前完成', '待完成', '完成情况', '任务未完成', '',
    '正在推进，完成率95%', '已签订协议，正在落实'])(
    '%s does not',
    (status) => {
      expect(isDoneStatus(status)).toBe(false);
    },
  );

  it.each(['已于5月完成', '已于5月底全面完成', '已在6月底前完成', '5月已完成', '2021年5月已办结', '已于2021年6月30日完成'])(
    '%s, done with the month it was done in, closes the task',
    (status) => {
      expect(isDoneStatus(status)).toBe(true);
    },
  );

  it.each(['于10月完成', '10月完成', '预计于10月完成', '计划于10月完成', '拟于10月底前完成', '已于5月完成初稿'])(
    '%s is a plan or a part, not done',
    (status) => {
      expect(isDoneStatus(status)).toBe(false);
    },
  );

  it('reads full-width punctuation', () => {
    expect(isDoneStatus('进展：已办结；')).toBe(true);
  });
});

describe('isDoneStatus beyond plans: projects and rectification lists', () => {
  it.each(['已整改到位', '已完成整改', '项目已竣工投入使用', '已竣工', '完成年度目标', '已建成'])('%s closes the task', (status) => {
    expect(isDoneStatus(status)).toBe(true);
  });

  it.each(['65%（滞后）', '完成全年任务的七成', '已进场施工,完成60%。', '已建成建筑垃圾中转站7个、分类池17个。', '正在整改', '(3)全民阅读活动正在整改'])(
    '%s is progress, not done',
    (status) => {
      expect(isDoneStatus(status)).toBe(false);
    },
  );
});
