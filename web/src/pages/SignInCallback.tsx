import { Result, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { useLang } from '../i18n';

/** Where the authorization server sends the browser back with a code: finishes signing in and goes on. */
export function SignInCallback() {
  const { completeSignIn } = useAuth();
  const { t } = useLang();
  const navigate = useNavigate();
  const [failed, setFailed] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    completeSignIn().then((to) => navigate(to, { replace: true })).catch((e: Error) => setFailed(e.message));
  }, [completeSignIn, navigate]);
  return failed ? <Result status="error" title={t('signIn')} subTitle={failed} /> : <Spin tip={t('loading')} fullscreen />;
}
