import { Button, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { Chart } from '../../components/Chart';
import { downloadCsv } from '../../csv';
import { MissingCities } from '../../components/MissingCities';
import { money } from '../../format';
import { useLang } from '../../i18n';

const FiguresQuery = graphql(`
  query ActivityFinanceFigures($year: Int!) {
    province {
      activityStatistics(year: $year) {
        total { activities exhibits attended agreements agreementAmount matchesStarted financingIntentions financingAmount }
        byMonth { month exhibitions roadshows fairs bankEnterprise }
        byCity { tenantId cityName total { activities attended agreements agreementAmount matchesStarted financingAmount } }
      }
      financingStatistics(year: $year) {
        requests requested approvals approved disbursements disbursed
        byMonth { month requested approved disbursed }
        byInstitutionType { type typeLabel approvals approved disbursed }
        byCity { tenantId cityName requests requested approved disbursed }
      }
    }
  }
`);

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The dashboard's 活动与融资: the year's activities by kind and month, their outcomes, and
 * bank–enterprise financing asked, approved and paid out, per city; CSV from the hub's reports.
 */
export function ActivityFinanceFigures({ year }: { year: number }) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const [{ data, error }] = useQuery({ query: FiguresQuery, variables: { year } });
  const activities = data?.province?.activityStatistics;
  const financing = data?.province?.financingStatistics;
  const options = useMemo(() => activities && financing && {
    kinds: {
      tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: MONTHS.map((m) => (zh ? `${m}月` : `${m}`)) }, yAxis: { type: 'value' },
      series: ([['exhibitions', '网上展会', 'Exhibitions'], ['roadshows', '项目路演', 'Roadshows'], ['fairs', '对接会', 'Fairs'],
        ['bankEnterprise', '银企对接会', 'Bank–enterprise']] as const).map(([key, cn, en]) => ({ name: zh ? cn : en, type: 'bar', stack: 'kinds',
        data: MONTHS.map((m) => activities.byMonth.find((row) => row.month === m)?.[key] ?? 0) })),
    },
    money: {
      tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: MONTHS.map((m) => (zh ? `${m}月` : `${m}`)) },
      yAxis: { type: 'value', name: zh ? '万元' : 'CNY 10k' },
      series: ([['requested', '申请', 'Asked'], ['approved', '审批', 'Approved'], ['disbursed', '放款', 'Paid out']] as const).map(([key, cn, en]) => ({
        name: zh ? cn : en, type: 'line', data: MONTHS.map((m) => Math.round(Number(financing.byMonth.find((row) => row.month === m)?.[key] ?? 0) / 10_000)) })),
    },
  }, [activities, financing, zh]);
  const rows = (activities?.byCity ?? []).map((city) => ({ ...city, finance: financing?.byCity.find((f) => f.tenantId === city.tenantId) }));
  const download = () => downloadCsv(`activities-finance-${year}.csv`, [
    ['tenant_id', 'city', 'activities', 'attended', 'agreements', 'agreement_amount', 'matches_started', 'financing_requests', 'requested', 'disbursed'],
    ...rows.map((c) => [c.tenantId, c.cityName, c.total.activities, c.total.attended, c.total.agreements, c.total.agreementAmount, c.total.matchesStarted,
      c.finance?.requests ?? 0, c.finance?.requested ?? '0', c.finance?.disbursed ?? '0'])]);
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}><MissingCities error={error} /></Col>
      <Col xs={12} lg={6}><Card><Statistic title={zh ? '举办活动' : 'Activities held'} value={activities?.total.activities ?? 0} /></Card></Col>
      <Col xs={12} lg={6}><Card><Statistic title={zh ? '意向协议' : 'Intention agreements'} value={activities?.total.agreements ?? 0}
                                           suffix={activities ? `· ${money(activities.total.agreementAmount, lang)}` : ''} /></Card></Col>
      <Col xs={12} lg={6}><Card><Statistic title={zh ? '融资意向' : 'Financing intentions'} value={money(activities?.total.financingAmount, lang)} /></Card></Col>
      <Col xs={12} lg={6}><Card><Statistic title={zh ? '银企对接放款' : 'Financing paid out'} value={money(financing?.disbursed, lang)} /></Card></Col>
      {options && <>
        <Col xs={24} lg={12}><Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '各月活动' : 'Activities by month'}</Typography.Title>}>
          <Chart option={options.kinds} summary={zh ? '各月活动，按类型' : 'Activities by month and kind'} /></Card></Col>
        <Col xs={24} lg={12}><Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '银企对接资金' : 'Financing by month'}</Typography.Title>}>
          <Chart option={options.money} summary={zh ? '各月融资申请、审批与放款金额' : 'Financing asked, approved and paid out by month'} /></Card></Col>
      </>}
      <Col span={24}>
        <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '各市州活动与融资' : 'Activities and finance by city'}</Typography.Title>}
              extra={<Button onClick={download} disabled={rows.length === 0}>{zh ? '导出CSV' : 'Export CSV'}</Button>}>
          <Table size="small" pagination={false} rowKey="tenantId" scroll={{ x: true }} dataSource={rows} columns={[
            { title: zh ? '市州' : 'City', dataIndex: 'cityName' },
            { title: zh ? '活动' : 'Activities', align: 'right', render: (_, c) => c.total.activities },
            { title: zh ? '签到' : 'Attended', align: 'right', render: (_, c) => c.total.attended },
            { title: zh ? '意向协议' : 'Agreements', align: 'right', render: (_, c) => `${c.total.agreements}（${money(c.total.agreementAmount, lang)}）` },
            { title: zh ? '撮合立项' : 'Matches', align: 'right', render: (_, c) => c.total.matchesStarted },
            { title: zh ? '融资申请' : 'Requests', align: 'right', render: (_, c) => c.finance ? `${c.finance.requests}（${money(c.finance.requested, lang)}）` : '—' },
            { title: zh ? '放款' : 'Paid out', align: 'right', render: (_, c) => (c.finance ? money(c.finance.disbursed, lang) : '—') },
          ]} />
        </Card>
      </Col>
    </Row>
  );
}
