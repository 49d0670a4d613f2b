import { ActivityFinanceFigures } from './activity/ActivityFinanceFigures';
import { Alert, Button, Card, Col, Result, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useAuth } from '../auth';
import { useLang } from '../i18n';
import { money } from '../format';
import { CONTRACT_TYPES, KINDS, MEMBER_KINDS, label } from '../labels';
import { Chart } from '../components/Chart';
import { MissingCities } from '../components/MissingCities';

const DashboardQuery = graphql(`
  query Dashboard($year: Int!, $last: Int!) {
    province {
      thisYear: contractStatistics(year: $year) {
        registered turnover subsidiesPaid turnoverGrowthPercent
        byCity { tenantId cityName registered turnover }
        byType { type registered turnover }
        byMonth { month turnover }
      }
      lastYear: contractStatistics(year: $last) { byMonth { month turnover } }
      matchStatistics(year: $year) { proposed contacted signed closed }
      libraryCounts { tenantId cityName kind count }
      memberCounts { tenantId cityName kind count }
    }
    tenants { id name nameEn circuit health { state latencyMillis } searchSync { lagSeconds } }
  }
`);

/** A bar per city, stacked by kind: what each city lists, or whom it has as members. */
function stackedByCity(counts: { cityName: string; kind: string; count: number }[], kindLabel: (kind: string) => string) {
  const cities = [...new Set(counts.map((c) => c.cityName))];
  const kinds = [...new Set(counts.map((c) => c.kind))];
  return {
    tooltip: { trigger: 'axis' }, legend: { top: 0, type: 'scroll' }, grid: { left: 50, right: 20, top: 48, bottom: 30 },
    xAxis: { type: 'category', data: cities }, yAxis: { type: 'value' },
    series: kinds.map((kind) => ({ name: kindLabel(kind), type: 'bar', stack: 'all',
      data: cities.map((city) => counts.find((c) => c.cityName === city && c.kind === kind)?.count ?? 0) })),
  };
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const wan = (yuan: string | number) => Math.round(Number(yuan) / 1e4);

/** Province staff's dashboard (全省驾驶舱): contract turnover by month, city and type, the match funnel, and each city's figures and health. */
export function Dashboard() {
  const { t, lang } = useLang();
  const { token, scopes, signIn } = useAuth();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const staff = scopes.includes('market.province');
  const [{ data, error, fetching }] = useQuery({ query: DashboardQuery, variables: { year, last: year - 1 }, pause: !token || !staff });
  const province = data?.province;
  const statistics = province?.thisYear;

  const options = useMemo(() => {
    if (!statistics || !province) return null;
    const monthly = (rows: { month: number; turnover: string }[] | undefined) =>
      MONTHS.map((m) => wan(rows?.find((r) => r.month === m)?.turnover ?? 0));
    const monthName = (m: number) => (lang === 'zh' ? `${m}月` : new Date(2000, m - 1).toLocaleString('en', { month: 'short' }));
    return {
      byMonth: {
        tooltip: { trigger: 'axis' }, legend: { top: 0, right: 0 }, grid: { left: 60, right: 20, top: 48, bottom: 30 },
        xAxis: { type: 'category', data: MONTHS.map(monthName) }, yAxis: { type: 'value', name: t('tenThousandYuan') },
        series: [{ name: `${year}`, type: 'bar', data: monthly(statistics.byMonth) },
          { name: `${year - 1}`, type: 'line', data: monthly(province.lastYear?.byMonth) }],
      },
      byCity: {
        tooltip: { trigger: 'axis' }, grid: { left: 60, right: 20, bottom: 30 },
        xAxis: { type: 'category', data: statistics.byCity.map((c) => c.cityName) }, yAxis: { type: 'value', name: t('tenThousandYuan') },
        series: [{ name: t('turnover'), type: 'bar', data: statistics.byCity.map((c) => wan(c.turnover)) }],
      },
      byType: {
        tooltip: { trigger: 'item' }, legend: { bottom: 0 },
        series: [{ type: 'pie', radius: ['30%', '55%'], center: ['50%', '42%'], label: { show: false }, data: statistics.byType.filter((c) => c.registered > 0)
          .map((c) => ({ name: CONTRACT_TYPES[c.type]?.[lang] ?? c.type, value: wan(c.turnover) })) }],
      },
      libraryByCity: stackedByCity(province.libraryCounts, (kind) => label(KINDS, kind, lang)),
      membersByCity: stackedByCity(province.memberCounts, (kind) => label(MEMBER_KINDS, kind, lang)),
      funnel: {
        tooltip: { trigger: 'item' },
        // every step keeps a width of its own, so an empty step's label does not sit on the one above
        series: [{ type: 'funnel', left: '10%', width: '80%', minSize: '25%', sort: 'none', gap: 2,
          label: { show: true, position: 'inside', formatter: '{b}：{c}' }, data: [
          { name: t('matchProposed'), value: province.matchStatistics?.proposed ?? 0 },
          { name: t('matchContacted'), value: province.matchStatistics?.contacted ?? 0 },
          { name: t('matchSigned'), value: province.matchStatistics?.signed ?? 0 }] }],
      },
    };
  }, [statistics, province, lang, t, year]);

  if (!token) return <Result status="403" title={t('signInFirst')} extra={<Button type="primary" onClick={() => signIn('/dashboard')}>{t('signIn')}</Button>} />;
  if (!staff) return <Result status="403" title={t('staffOnly')} />;

  const downloadCsv = async () => {
    const response = await fetch(`/statistics/contracts.csv?year=${year}`, { headers: { Authorization: `Bearer ${token}` } });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = `contracts-${year}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const cities = (data?.tenants ?? []).map((city) => ({
    key: city.id,
    name: lang === 'en' ? city.nameEn : city.name,
    records: (province?.libraryCounts ?? []).filter((c) => c.tenantId === city.id).reduce((sum, c) => sum + c.count, 0),
    members: (province?.memberCounts ?? []).filter((c) => c.tenantId === city.id).reduce((sum, c) => sum + c.count, 0),
    health: city.health?.state ?? null,
    circuit: city.circuit,
    latency: city.health?.latencyMillis ?? null,
    lag: city.searchSync?.lagSeconds ?? null,
  }));

  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>{t('dashboard')}</Typography.Title>
        <Select aria-label={t('year')} value={year} onChange={setYear} style={{ width: 110 }}
                options={[0, 1, 2].map((back) => ({ value: new Date().getFullYear() - back, label: `${new Date().getFullYear() - back}` }))} />
        <Button onClick={downloadCsv}>{t('exportCsv')}</Button>
        <Link to="/dashboard/instruments">{t('tabInstruments')}</Link>
      </Space>
      <MissingCities error={error} />
      {error && !data && <Alert type="error" showIcon title={error.message} />}
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={6}><Card loading={fetching && !data}><Statistic title={t('registeredContracts')} value={statistics?.registered ?? 0} /></Card></Col>
        <Col xs={12} lg={6}><Card loading={fetching && !data}><Statistic title={t('turnover')} value={money(statistics?.turnover, lang)} /></Card></Col>
        <Col xs={12} lg={6}><Card loading={fetching && !data}><Statistic title={t('growth')} value={statistics?.turnoverGrowthPercent ?? '—'} suffix={statistics?.turnoverGrowthPercent != null ? '%' : ''} precision={1} /></Card></Col>
        <Col xs={12} lg={6}><Card loading={fetching && !data}><Statistic title={t('subsidiesPaid')} value={money(statistics?.subsidiesPaid, lang)} /></Card></Col>
        {options && <>
          <Col xs={24} lg={16}><Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('turnoverByMonth')}</Typography.Title>}>
            <Chart option={options.byMonth} summary={`${t('turnoverByMonth')}：${year} ${lang === 'zh' ? '与' : 'and'} ${year - 1}`} /></Card></Col>
          <Col xs={24} lg={8}><Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('byType')}</Typography.Title>}>
            <Chart option={options.byType} summary={t('byType')} /></Card></Col>
          <Col xs={24} lg={16}><Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('turnoverByCity')}</Typography.Title>}>
            <Chart option={options.byCity} summary={t('turnoverByCity')} /></Card></Col>
          <Col xs={24} lg={8}><Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('matchFunnel')}</Typography.Title>}>
            <Chart option={options.funnel} summary={t('matchFunnel')} /></Card></Col>
          <Col xs={24} lg={12}><Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('libraryByCity')}</Typography.Title>}>
            <Chart option={options.libraryByCity} summary={t('libraryByCity')} /></Card></Col>
          <Col xs={24} lg={12}><Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('membersByCity')}</Typography.Title>}>
            <Chart option={options.membersByCity} summary={t('membersByCity')} /></Card></Col>
        </>}
        <Col span={24}><ActivityFinanceFigures year={year} /></Col>
        <Col span={24}>
          <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('cityMarkets')}</Typography.Title>}>
            <Table size="small" pagination={false} dataSource={cities} scroll={{ x: true }} columns={[
              { title: t('city'), dataIndex: 'name' },
              { title: t('records'), dataIndex: 'records', align: 'right' },
              { title: t('members'), dataIndex: 'members', align: 'right' },
              { title: t('health'), dataIndex: 'health', render: (state: string | null) => state
                ? <Tag className={state === 'UP' ? 'tag-ok' : 'tag-warn'}>{state === 'UP' ? t('up') : t('down')}</Tag> : '—' },
              { title: t('circuit'), dataIndex: 'circuit', render: (state: string | null) => (state
                ? <Tag className={state === 'CLOSED' ? 'tag-ok' : 'tag-warn'}>{state === 'CLOSED' ? t('circuitClosed') : state === 'OPEN' ? t('circuitOpen') : t('circuitHalfOpen')}</Tag> : '—') },
              { title: t('latency'), dataIndex: 'latency', align: 'right', render: (ms: number | null) => (ms == null ? '—' : `${ms} ms`) },
              { title: t('searchLag'), dataIndex: 'lag', align: 'right', render: (s: number | null) => (s == null ? '—' : `${s.toFixed(1)} s`) },
            ]} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
