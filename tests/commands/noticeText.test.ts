import { noticeFromQuery, noticeUrl } from '../../src/commands/noticeText';

describe('the notice dialog\'s address', () => {
  it('sits next to the function file and carries the message and language through the URL, intact', () => {
    const text = '工作表“分工方案”受保护，无法写入，请先撤销工作表保护。 & <b>?=#';
    const url = noticeUrl('https://intranet.example.gov.cn/taskcheck/commands.html?_host_Info=Excel', { lang: 'zh-CN', text });
    expect(url.startsWith('https://intranet.example.gov.cn/taskcheck/notice.html?')).toBe(true);
    expect(noticeFromQuery(new URL(url).search)).toEqual({ lang: 'zh-CN', text });
  });

  it('reads an unknown language as Chinese and a missing text as empty', () => {
    expect(noticeFromQuery('?lang=fr-FR')).toEqual({ lang: 'zh-CN', text: '' });
    expect(noticeFromQuery('?lang=en-US&text=Sheet%20protected')).toEqual({ lang: 'en-US', text: 'Sheet protected' });
  });
});
