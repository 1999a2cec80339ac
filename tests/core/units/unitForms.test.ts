import { departmentForm, takesLevelBefore, townForm } from '../../../src/core/units/unitForms';

describe('units known by their form', () => {
  it('reads departments with or without a level, as the real tables write them', () => {
    expect(['区教体局', '县海洋与渔业局', '市科技馆', '团区委', '市委', '区政府'].map((t) => departmentForm(t)?.level)).toEqual(['区', '县', '市', '区', '市', '区']);
    expect(['教育局', '残联', '晋陵公司', '经开区', '崇川经济开发区', '金义新区发展集团', '环卫处'].map((t) => departmentForm(t)?.level)).toEqual([null, null, null, null, null, null, null]);
    expect(departmentForm('市政局')).toMatchObject({ level: null, ending: '局' });
  });

  it('reads the bodies China’s department list names whatever they end in, schools, villages and communities', () => {
    expect(['县人大', '县政协', '县科协', '人大', '政协'].map((t) => departmentForm(t)?.level ?? null)).toEqual(['县', '县', '县', null, null]);
    expect(['长江大学', '荆州中学', '实验小学', '孝顺村', '城东社区', '浦口村委会'].map((t) => departmentForm(t) !== null)).toEqual([true, true, true, true, true, true]);
    expect(['县人', '大学', '村', '社区'].map(departmentForm)).toEqual([null, null, null, null]);
  });

  it('finds no form in a place’s organ without its place, a person, or a 厅 below a province', () => {
    for (const text of ['市工党工委', '马尾去党工委', '何海平', '市商务厅', '全市统筹']) expect(departmentForm(text)).toBeNull();
    expect(departmentForm('省商务厅')).toMatchObject({ level: '省' });
    expect(departmentForm('市委办公厅')).toMatchObject({ level: '市' });
  });

  it('reads towns and streets, alone or with an organ', () => {
    expect(['东孝街道', '孝顺镇', '源东乡', '南大街街道', '孝顺镇党委', '东孝街道办事处'].map((t) => townForm(t))).toEqual([
      { town: '东孝街道', organ: '' }, { town: '孝顺镇', organ: '' }, { town: '源东乡', organ: '' }, { town: '南大街街道', organ: '' },
      { town: '孝顺镇', organ: '党委' }, { town: '东孝街道', organ: '办事处' },
    ]);
    expect(townForm('市城乡建设局')).toBeNull();
    expect(townForm('乡镇')).toBeNull();
  });

  it('carries a level to departments written without one, never to companies or zones', () => {
    expect(['审计局', '城管局', '统计局'].map(takesLevelBefore)).toEqual([true, true, true]);
    expect(['金义新区发展集团', '立山经济开发区', '团市委', '区发改局'].map(takesLevelBefore)).toEqual([false, false, false, false]);
  });
});
