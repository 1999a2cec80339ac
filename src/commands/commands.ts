// The ribbon's 校验表格 and 生成区县汇总表 buttons: the same Office adapter the pane uses, with the settings saved in
// the workbook. Office waits for event.completed() before it takes the next command, so it is always called.
//
// office.js dispatches a ribbon action only after the function file has called Office.onReady (or set
// Office.initialize): "Office.js must be initialized before the add-in command logic runs" (Create add-in commands).
// Without it, the buttons do nothing on Windows and Mac.
//
// A function command's runtime is ended five minutes after the click unless it completed before (Runtimes in Office
// Add-ins). The check reads and thinks before it writes anything, and looks at the clock again before every sync of
// the write; past the window it takes back what it wrote and says so (COMMAND_TOO_SLOW). Where Excel shows add-ins in
// Internet Explorer 11 (Trident), the pane cannot open, so the message points to the pane's file mode in Edge or
// Chrome instead, as the pane's own legacy notice does (src/taskpane/legacyNotice.ts).
import '../office/polyfills';
import { HostError, hostErrorMessage, type Lang } from '../core';
import { createOfficeHost, langOfDisplayLanguage } from '../office';
import { siblingPageUrl } from '../office/pageAddress';
import { commandSettings } from './commandSettings';
import { showNotice } from './noticeDialog';

type Action = 'validate' | 'summarize';

/** Office ends a command's runtime 5 minutes after the click; writes must start early enough to finish before. */
export const COMMAND_WRITE_WINDOW_MS = 4 * 60 * 1000;

/**
 * Internet Explorer's engine, by the user agent test Microsoft's "Support older Microsoft webviews" gives: the
 * ribbon's polyfills would hide a missing Promise or Object.entries, a user agent they cannot.
 */
function paneCannotOpen(): boolean {
  return typeof navigator !== 'undefined' && navigator.userAgent.indexOf('Trident') !== -1;
}

/** What the user is told: where the pane cannot open, the address of its file mode instead of the pane. */
function shownError(error: HostError): HostError {
  if (error.code !== 'COMMAND_TOO_SLOW' || !paneCannotOpen()) return error;
  return new HostError(error.code, { ...error.where, path: siblingPageUrl(window.location.href, 'taskpane.html') });
}

async function run(action: Action, event: Office.AddinCommands.Event): Promise<void> {
  const clickedAt = Date.now();
  let lang: Lang = langOfDisplayLanguage(Office.context.displayLanguage);
  try {
    const host = createOfficeHost(undefined, { writeBy: clickedAt + COMMAND_WRITE_WINDOW_MS });
    const settings = commandSettings(await host.loadSettings(), lang);
    lang = settings.lang;
    await host[action](settings);
  } catch (error) {
    const hostError = error instanceof HostError ? shownError(error) : new HostError('UNEXPECTED', { detail: String(error) });
    await showNotice({ lang, text: hostErrorMessage(hostError, lang) });
  } finally {
    event.completed();
  }
}

void Office.onReady();
Office.actions.associate('validateTable', (event: Office.AddinCommands.Event) => run('validate', event));
Office.actions.associate('generateSummary', (event: Office.AddinCommands.Event) => run('summarize', event));
