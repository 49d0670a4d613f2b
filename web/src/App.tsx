import { Button, ConfigProvider, Layout, Space, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { Suspense, lazy, useMemo } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';
import { createApiClient } from './api';
import { useAuth } from './auth';
import { useLang } from './i18n';
import { Home } from './pages/Home';

// the home page loads first and alone; every other page when it is opened
const Search = lazy(() => import('./pages/Search').then((m) => ({ default: m.Search })));
const RecordPage = lazy(() => import('./pages/RecordPage').then((m) => ({ default: m.RecordPage })));
const Workbench = lazy(() => import('./pages/Workbench').then((m) => ({ default: m.Workbench })));
const NewListing = lazy(() => import('./pages/listing/ListingForm').then((m) => ({ default: m.NewListing })));
const EditListing = lazy(() => import('./pages/listing/ListingForm').then((m) => ({ default: m.EditListing })));
const ContractForm = lazy(() => import('./pages/workbench/ContractForm').then((m) => ({ default: m.ContractForm })));
const MembershipForm = lazy(() => import('./pages/workbench/MembershipForm').then((m) => ({ default: m.MembershipForm })));
const Dashboard = lazy(() => import('./pages/Dashboard').then((m) => ({ default: m.Dashboard })));
const ProvinceInstrumentsPage = lazy(() => import('./pages/instrument/ProvinceInstrumentsPage').then((m) => ({ default: m.ProvinceInstrumentsPage })));
const ApplyForChallenge = lazy(() => import('./pages/challenge/ApplyForChallenge').then((m) => ({ default: m.ApplyForChallenge })));
const ChallengeCase = lazy(() => import('./pages/challenge/ChallengeCase').then((m) => ({ default: m.ChallengeCase })));
const ActivitiesPage = lazy(() => import('./pages/activity/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })));
const ActivityPage = lazy(() => import('./pages/activity/ActivityPage').then((m) => ({ default: m.ActivityPage })));
const ListingPage = lazy(() => import('./pages/trading/ListingPage').then((m) => ({ default: m.ListingPage })));
const Console = lazy(() => import('./pages/Console').then((m) => ({ default: m.Console })));
const Administration = lazy(() => import('./pages/Administration').then((m) => ({ default: m.Administration })));
const CityPage = lazy(() => import('./pages/CityPage').then((m) => ({ default: m.CityPage })));
const SignInCallback = lazy(() => import('./pages/SignInCallback').then((m) => ({ default: m.SignInCallback })));

// Ant Design's secondary greys are too faint on white for WCAG AA: darker, so every label is readable
const THEME = { colorPrimary: '#0b5cad', borderRadius: 4, colorTextDescription: 'rgba(0, 0, 0, 0.65)', colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
  colorTextSecondary: 'rgba(0, 0, 0, 0.7)', colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)', colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
  colorLink: '#0b5cad', colorLinkHover: '#094a8c',
  // antd's red (#ff4d4f) is 3.3:1 on white: a danger button's words need 4.5:1
  colorError: '#cf1322' };

export function App() {
  const { lang, setLang, t } = useLang();
  const { token, tenant, scopes, signIn, signOut, signUpUrl } = useAuth();
  const location = useLocation();
  // a new client when the token changes, so no answer cached for one person is shown to another
  const client = useMemo(() => createApiClient(token), [token]);
  const section = location.pathname.startsWith('/search') || location.pathname.startsWith('/records') || location.pathname.startsWith('/listings') ? 'search'
    : location.pathname.startsWith('/activities') ? 'activities' : location.pathname.startsWith('/me') ? 'me' : location.pathname.startsWith('/console') ? 'console'
      : location.pathname.startsWith('/dashboard') ? 'dashboard' : location.pathname.startsWith('/admin') ? 'admin' : 'home';

  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={{ token: THEME }} button={{ autoInsertSpace: false }}>
      <Provider value={client}>
        <Layout className="app">
          <Layout.Header className="header">
            <Link to="/" className="brand">{t('brand')}</Link>
            <nav aria-label={t('brand')} className="nav">
              {[{ key: 'home', to: '/', text: t('home') }, { key: 'search', to: '/search', text: t('search') }, { key: 'activities', to: '/activities', text: t('activities') }, { key: 'me', to: '/me', text: t('workbench') },
                ...(tenant ? [{ key: 'console', to: '/console', text: t('console') }] : []),
                ...(scopes.includes('market.province') ? [{ key: 'dashboard', to: '/dashboard', text: t('dashboard') }] : []),
                ...(scopes.includes('market.admin') ? [{ key: 'admin', to: '/admin', text: t('administration') }] : [])]
                .map((item) => (
                  <Link key={item.key} to={item.to} className={item.key === section ? 'nav-link active' : 'nav-link'}
                        aria-current={item.key === section ? 'page' : undefined}>{item.text}</Link>
                ))}
            </nav>
            <Space className="account">
              <Button type="text" className="on-dark" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} lang={lang === 'zh' ? 'en' : 'zh-CN'}>{t('language')}</Button>
              {token ? <Button onClick={() => signOut()}>{t('signOut')}</Button> : <>
                {signUpUrl && <Button type="text" className="on-dark" href={signUpUrl}>{t('signUp')}</Button>}
                <Button type="primary" onClick={() => signIn()}>{t('signIn')}</Button>
              </>}
            </Space>
          </Layout.Header>
          {/* antd's Layout.Content is the page's one <main> landmark */}
          <Layout.Content className="content">
            <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
              <Routes>
                <Route path="/" element={<Home />} />
                <Route path="/search" element={<Search />} />
                <Route path="/records/:id" element={<RecordPage />} />
                <Route path="/listings/:id" element={<ListingPage />} />
                <Route path="/activities" element={<ActivitiesPage />} />
                <Route path="/activities/:id" element={<ActivityPage />} />
                <Route path="/cities/:id" element={<CityPage />} />
                <Route path="/me" element={<Workbench />} />
                <Route path="/me/:tenantId/new/:kind" element={<NewListing />} />
                <Route path="/me/edit/:id" element={<EditListing />} />
                <Route path="/me/:tenantId/contracts/new" element={<ContractForm />} />
                <Route path="/me/:tenantId/apply" element={<MembershipForm />} />
                <Route path="/me/membership/:id" element={<MembershipForm />} />
                <Route path="/me/challenges/:id/apply" element={<ApplyForChallenge />} />
                <Route path="/console" element={<Console />} />
                <Route path="/console/challenges/:id" element={<ChallengeCase />} />
                <Route path="/dashboard" element={<Dashboard />} />
                <Route path="/dashboard/instruments" element={<ProvinceInstrumentsPage />} />
                <Route path="/admin" element={<Administration />} />
                <Route path="/signin-callback" element={<SignInCallback />} />
                <Route path="*" element={<Home />} />
              </Routes>
            </Suspense>
          </Layout.Content>
          <Layout.Footer className="footer">{t('brand')} · {lang === 'zh' ? '全省科技资源一网通查' : 'One search for the whole province'}</Layout.Footer>
        </Layout>
      </Provider>
    </ConfigProvider>
  );
}
