import { langFromEnv } from '../../src/cli/lang';
import { localIsoDate } from '../../src/cli/localDate';

describe('langFromEnv', () => {
  it('speaks English only when LC_ALL or LANG asks for it', () => {
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en-US');
    expect(langFromEnv({ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en-US');
    expect(langFromEnv({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({})).toBe('zh-CN');
  });
});

describe('localIsoDate', () => {
  it('is the calendar day on the local clock', () => {
    expect(localIsoDate(new Date(2023, 10, 5, 23, 59))).toBe('2023-11-05');
    expect(localIsoDate(new Date(2024, 0, 1, 0, 0))).toBe('2024-01-01');
  });
});
