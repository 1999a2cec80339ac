// What the ribbon's notice dialog shows, carried in its URL: the dialog is a separate page and Office gives it nothing
// else. Kept free of office.js so that both pages and the tests can use it.
import type { Lang } from '../core';
import { queryParam, queryString, siblingPageUrl } from '../office/pageAddress';

const NOTICE_PAGE = 'notice.html';

/** The message the notice page sends when the user closes it. */
export const NOTICE_CLOSED = 'closed';

export const NOTICE_TEXTS: Readonly<Record<Lang, { readonly title: string; readonly close: string }>> = {
  'zh-CN': { title: '任务分工表校验', close: '关闭' },
  'en-US': { title: 'Task Allocation Checker', close: 'Close' },
};

export interface Notice {
  readonly lang: Lang;
  readonly text: string;
}

/** The notice page's address next to `pageUrl` (the function file's own address), with the notice in its query. */
export function noticeUrl(pageUrl: string, notice: Notice): string {
  return `${siblingPageUrl(pageUrl, NOTICE_PAGE)}?${queryString([
    ['lang', notice.lang],
    ['text', notice.text],
  ])}`;
}

/** The notice a notice page was opened with; unknown languages read as Chinese. */
export function noticeFromQuery(search: string): Notice {
  return { lang: queryParam(search, 'lang') === 'en-US' ? 'en-US' : 'zh-CN', text: queryParam(search, 'text') };
}
