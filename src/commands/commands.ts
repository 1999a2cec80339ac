// The ribbon's 校验表格 and 生成区县汇总表 buttons: the same Office adapter the pane uses, with the settings saved in
// the workbook. Office waits for event.completed() before it takes the next command, so it is always called.
import { HostError, hostErrorMessage, type Lang } from '../core';
import { createOfficeHost, langOfDisplayLanguage } from '../office';
import { commandSettings } from './commandSettings';
import { showNotice } from './noticeDialog';

type Action = 'validate' | 'summarize';

async function run(action: Action, event: Office.AddinCommands.Event): Promise<void> {
  let lang: Lang = langOfDisplayLanguage(Office.context.displayLanguage);
  try {
    const host = createOfficeHost();
    const settings = commandSettings(await host.loadSettings(), lang);
    lang = settings.lang;
    await host[action](settings);
  } catch (error) {
    const hostError = error instanceof HostError ? error : new HostError('UNEXPECTED', { detail: String(error) });
    await showNotice({ lang, text: hostErrorMessage(hostError, lang) });
  } finally {
    event.completed();
  }
}

Office.actions.associate('validateTable', (event: Office.AddinCommands.Event) => run('validate', event));
Office.actions.associate('generateSummary', (event: Office.AddinCommands.Event) => run('summarize', event));
