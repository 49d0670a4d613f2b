import { ActivityDesk } from './activity/ActivityDesk';
import { Button, Result, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useAuth } from '../auth';
import { useLang } from '../i18n';
import { useCityNames } from '../cities';
import { ReviewQueues } from './console/ReviewQueues';
import { ContractQueue } from './console/ContractQueue';
import { MatchBoard } from './console/MatchBoard';
import { CityStatistics } from './console/CityStatistics';
import { MeetingQueue } from './console/MeetingQueue';
import { MemberRegistry } from './console/MemberRegistry';
import { CityInstruments } from './instrument/CityInstruments';
import { PolicyDesk } from './policy/PolicyDesk';
import { ChallengeDesk } from './challenge/ChallengeDesk';
import { TradingDesk } from './trading/TradingDesk';

/**
 * A city operator's console (运营后台): review queues, contract registration, the broker board,
 * expert meetings, the city's members and its figures; the tab is in the URL.
 */
export function Console() {
  const { t } = useLang();
  const { token, tenant, signIn } = useAuth();
  const cityName = useCityNames();
  const [params, setParams] = useSearchParams();
  if (!token) return <Result status="403" title={t('signInFirst')} extra={<Button type="primary" onClick={() => signIn('/console')}>{t('signIn')}</Button>} />;
  if (!tenant) return <Result status="403" title={t('operatorsOnly')} />;

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('console')} · {cityName(tenant)}</Typography.Title>
      <Tabs activeKey={params.get('tab') ?? 'review'} onChange={(tab) => setParams({ tab })} destroyOnHidden items={[
        { key: 'review', label: t('tabReview'), children: <ReviewQueues tenantId={tenant} /> },
        { key: 'contracts', label: t('tabContracts'), children: <ContractQueue tenantId={tenant} /> },
        { key: 'board', label: t('tabBoard'), children: <MatchBoard tenantId={tenant} /> },
        { key: 'meetings', label: t('tabMeetings'), children: <MeetingQueue tenantId={tenant} /> },
        { key: 'members', label: t('tabMembers'), children: <MemberRegistry tenantId={tenant} /> },
        { key: 'statistics', label: t('tabStatistics'), children: <CityStatistics tenantId={tenant} /> },
        { key: 'instruments', label: t('tabInstruments'), children: <CityInstruments tenantId={tenant} /> },
        { key: 'policy', label: t('tabPolicies'), children: <PolicyDesk tenantId={tenant} /> },
        { key: 'challenge', label: t('tabChallenges'), children: <ChallengeDesk tenantId={tenant} /> },
        { key: 'trading', label: t('tabTrading'), children: <TradingDesk tenantId={tenant} /> },
        { key: 'activities', label: t('tabActivities'), children: <ActivityDesk tenantId={tenant} /> },
      ]} />
    </>
  );
}
