import { FluentProvider, Spinner } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { WorkbookHost } from '../../core/host';
import type { Lang } from '../../core/model';
import type { FileModeApi } from '../fileSession';
import { t } from '../i18n';
import { preferredLang, rememberLang } from '../languagePreference';
import { detectEnvironment, type Environment, type OfficeGlobal } from '../startup';
import { paneTheme } from '../theme';
import { Pane } from './Pane';

export interface RootProps {
  readonly office: OfficeGlobal | undefined;
  readonly createOfficeHost: () => WorkbookHost;
  readonly loadFileMode: () => Promise<FileModeApi>;
  readonly browserLanguage: string | undefined;
  readonly storage: Storage | null;
  readonly readyTimeoutMs?: number;
}

/** Decides Excel or file mode once, then keeps the pane in that mode. */
export function Root({ office, createOfficeHost, loadFileMode, browserLanguage, storage, readyTimeoutMs }: RootProps) {
  const [env, setEnv] = useState<Environment | null>(null);
  const [host, setHost] = useState<WorkbookHost | null>(null);
  const [lang, setLang] = useState<Lang>(() => preferredLang(storage, browserLanguage));

  useEffect(() => {
    let live = true;
    void detectEnvironment(office, browserLanguage, readyTimeoutMs).then((found) => {
      if (!live) return;
      if (found.mode === 'office') {
        setHost(createOfficeHost());
        setLang(found.lang);
      }
      setEnv(found);
    });
    return () => {
      live = false;
    };
  }, [office, browserLanguage, readyTimeoutMs, createOfficeHost]);

  const officeTheme = env?.mode === 'office' ? env.theme : null;
  const theme = useMemo(() => paneTheme(officeTheme), [officeTheme]);

  const changeLang = (next: Lang) => {
    rememberLang(storage, next);
    setLang(next);
  };

  return (
    <FluentProvider theme={theme} lang={lang}>
      {env === null ? (
        <Spinner label={t(lang, 'starting')} />
      ) : env.mode === 'office' && host ? (
        <Pane lang={lang} source={{ kind: 'office', host }} />
      ) : (
        <Pane lang={lang} source={{ kind: 'file', loadFileMode }} onLangChange={changeLang} />
      )}
    </FluentProvider>
  );
}
