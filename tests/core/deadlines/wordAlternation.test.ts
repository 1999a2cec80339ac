import { wordAlternation } from '../../../src/core/deadlines/wordAlternation';

describe('wordAlternation', () => {
  it('lets the longest word win', () => {
    const measure = new RegExp(`^(?:${wordAlternation(['人', '人次', '名'])})`);
    expect(measure.exec('人次以上')?.[0]).toBe('人次');
    expect(measure.exec('人以上')?.[0]).toBe('人');
  });

  it('matches regex characters literally', () => {
    const pattern = new RegExp(`^(?:${wordAlternation(['%', '/', '(注)'])})$`);
    expect(pattern.test('(注)')).toBe(true);
    expect(pattern.test('/')).toBe(true);
    expect(pattern.test('注')).toBe(false);
  });
});
