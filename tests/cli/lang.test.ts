import { langFromEnv } from '../../src/cli/lang';

describe('langFromEnv', () => {
  it('speaks English only when LC_ALL or LANG asks for it', () => {
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en-US');
    expect(langFromEnv({ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en-US');
    expect(langFromEnv({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({})).toBe('zh-CN');
  });
});
