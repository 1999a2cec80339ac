// The notice dialog page: shows the text from its URL (as text, never as HTML) and tells the ribbon when it is closed.
import { NOTICE_CLOSED, NOTICE_TEXTS, noticeFromQuery } from './noticeText';

function show(): void {
  const notice = noticeFromQuery(window.location.search);
  const texts = NOTICE_TEXTS[notice.lang];
  document.documentElement.lang = notice.lang;
  document.title = texts.title;
  const title = document.getElementById('title');
  const message = document.getElementById('message');
  const close = document.getElementById('close');
  if (title) title.textContent = texts.title;
  if (message) message.textContent = notice.text;
  if (close) {
    close.textContent = texts.close;
    close.addEventListener('click', () => Office.context.ui.messageParent(NOTICE_CLOSED));
    close.focus();
  }
}

Office.onReady(show);
