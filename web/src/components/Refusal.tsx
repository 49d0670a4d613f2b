import { Alert } from 'antd';
import { useCallback, useState } from 'react';
import type { CombinedError } from 'urql';
import { useLang } from '../i18n';

/**
 * The server's refusal of a step, in words for the person who took it: a stale version says that
 * someone else acted first (the caller reloads), a step the workflow does not allow says so with
 * the server's reason; anything else is the server's own message.
 */
export function useRefusal(reload?: () => void) {
  const { t } = useLang();
  const [refusal, setRefusal] = useState<string | null>(null);
  const report = useCallback((error: CombinedError | undefined) => {
    if (!error) {
      setRefusal(null);
      return;
    }
    const codes = error.graphQLErrors.map((e) => e.extensions?.code);
    const said = error.graphQLErrors.map((e) => e.message).join('；') || error.message;
    setRefusal(codes.includes('STALE_VERSION') ? t('staleVersion') : codes.includes('ILLEGAL_TRANSITION') ? `${t('illegalStep')}（${said}）` : said);
  }, [t]);
  /** After a step: its refusal, if any, shown, and what the page shows read again (a refusal may mean it is out of date). */
  const settle = useCallback((error: CombinedError | undefined) => {
    report(error);
    reload?.();
  }, [report, reload]);
  return { refusal, report, settle, show: setRefusal, clear: () => setRefusal(null) };
}

/** The refusal above the page's content, announced to screen readers; closable. */
export function RefusalAlert({ refusal, clear }: { refusal: string | null; clear: () => void }) {
  if (!refusal) return null;
  return <Alert type="error" showIcon role="alert" title={refusal} closable onClose={clear} style={{ marginBottom: 16 }} />;
}
