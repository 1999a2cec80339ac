// Ribbon commands have no page of their own to speak from, and Excel has no notification API for add-ins, so a
// failure is explained in a small Office dialog. It resolves once the user closes it (or it could not open), so the
// command can report completion after the message was seen.
import { NOTICE_CLOSED, noticeUrl, type Notice } from './noticeText';

const DIALOG_SIZE = { height: 30, width: 35 } as const;

export function showNotice(notice: Notice): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(noticeUrl(window.location.href, notice), { ...DIALOG_SIZE, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        resolve();
        return;
      }
      const dialog = result.value;
      const done = (): void => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if ('message' in arg && arg.message === NOTICE_CLOSED) done();
      });
      // Closed with the dialog's own X: Excel reports it as an event, not a message.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
