import { queryParam, queryString, siblingPageUrl } from '../../src/office/pageAddress';

describe('the add-in pages’ addresses', () => {
  it('find a page beside the asking one, without its query or fragment', () => {
    expect(siblingPageUrl('https://oa.example.gov.cn/taskcheck/commands.html?_host_Info=Excel#x', 'notice.html')).toBe('https://oa.example.gov.cn/taskcheck/notice.html');
    expect(siblingPageUrl('https://oa.example.gov.cn/taskcheck/', 'taskpane.html')).toBe('https://oa.example.gov.cn/taskcheck/taskpane.html');
  });

  it('carry any text through a query and back, as URLSearchParams reads it', () => {
    const text = '工作表“分工方案”受保护 & <b>?=#+%';
    const query = queryString([['lang', 'zh-CN'], ['text', text]]);
    expect(queryParam(`?${query}`, 'text')).toBe(text);
    expect(new URLSearchParams(query).get('text')).toBe(text);
    expect(queryParam('?text=a+b%20c&flag', 'text')).toBe('a b c');
    expect(queryParam('?text=100%', 'text')).toBe('100%');
    expect(queryParam('?flag', 'flag')).toBe('');
    expect(queryParam('?a=1', 'text')).toBe('');
  });
});
