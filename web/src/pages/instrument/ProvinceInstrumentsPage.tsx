import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Result, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useAuth } from '../../auth';
import { useCities, useCityNames } from '../../cities';
import { money } from '../../format';
import { downloadCsv } from '../../csv';
import { Chart } from '../../components/Chart';
import { MissingCities } from '../../components/MissingCities';
import { showAtFields } from '../../components/ServerErrors';
import { hours, useInstrumentText } from './instrumentText';
import { InstrumentReviewCard } from './InstrumentReviewCard';
import { VoucherTable } from './VoucherTable';

const ProvinceQuery = graphql(`
  query ProvinceInstrumentUtilisation($year: Int!) {
    province {
      instrumentUtilisation(year: $year, first: 100) {
        instruments openHours effectiveHours income utilisationPercent externalSharePercent averageEffectiveHours
        byCity { tenantId instruments openHours effectiveHours income utilisationPercent externalSharePercent averageEffectiveHours }
        units { rank tenantId unit managingUnit instruments effectiveHours utilisationPercent externalSharePercent income rating sharingRulesPublished }
      }
    }
  }
`);

const EnterprisesQuery = graphql(`
  query VoucherEnterprises($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      members(first: 100, filter: { status: VERIFIED, kind: ENTERPRISE }) { edges { node { id name } } }
      vouchers { id number memberName amount balance validUntil issuedAt }
    }
  }
`);

const IssueVoucher = graphql(`
  mutation IssueVoucher($tenantId: ID!, $input: VoucherInput!) { issueVoucher(tenantId: $tenantId, input: $input) { id number balance } }
`);

/** The seed's province average (Guangxi, 2016), which the province's utilisation is read against. */
const SEED_AVERAGE = 53;

/**
 * Province staff's view of instrument sharing (全省大型科研仪器开放共享): every city's utilisation side
 * by side against the sharing reports' 53 %, the managing units ranked (exported as CSV), and one
 * city's performance review to conclude and innovation vouchers to issue.
 */
export function ProvinceInstrumentsPage() {
  const { t, lang } = useInstrumentText();
  const { token, scopes, signIn } = useAuth();
  const cities = useCities();
  const cityName = useCityNames();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [chosen, setChosen] = useState<string | null>(null);
  const staff = scopes.includes('market.province');
  const [{ data, error, fetching }] = useQuery({ query: ProvinceQuery, variables: { year }, pause: !token || !staff });
  const p = data?.province?.instrumentUtilisation;
  const city = chosen ?? cities[0]?.id ?? null;
  const chart = useMemo(() => p && {
    tooltip: { trigger: 'axis' }, grid: { left: 50, right: 20, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: p.byCity.map((c) => cityName(c.tenantId)) }, yAxis: { type: 'value', name: '%', max: 100 },
    series: [{ name: t('utilisation'), type: 'bar', data: p.byCity.map((c) => Number(c.utilisationPercent)) },
      { name: `${SEED_AVERAGE}%`, type: 'line', symbol: 'none', lineStyle: { type: 'dashed' }, data: p.byCity.map(() => SEED_AVERAGE) }],
  }, [p, cityName, t]);
  if (!token) return <Result status="403" title={t('provinceInstruments')} extra={<Button type="primary" onClick={() => signIn('/dashboard/instruments')}>{t('signInToBook')}</Button>} />;
  if (!staff) return <Result status="403" title={t('provinceInstruments')} />;
  const small = { margin: 0, fontSize: 16 } as const;
  const exportRanking = () => p && downloadCsv(`instrument-units-${year}.csv`, [
    ['rank', 'tenant_id', 'city', 'managing_unit', 'instruments', 'effective_hours', 'utilisation_percent', 'external_share_percent', 'income', 'rating', 'sharing_rules_published'],
    ...p.units.map((u) => [u.rank, u.tenantId, cityName(u.tenantId), u.managingUnit, u.instruments, u.effectiveHours, u.utilisationPercent,
      u.externalSharePercent, u.income, u.rating?.toFixed(2), u.sharingRulesPublished]),
  ]);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>{t('provinceInstruments')}</Typography.Title>
        <Select aria-label={t('year')} value={year} onChange={setYear} style={{ width: 100 }} options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: y }))} />
        <Button onClick={exportRanking} disabled={!p}>{t('exportCsv')}</Button>
        <Link to="/dashboard">{lang === 'zh' ? '返回全省驾驶舱' : 'Back to the dashboard'}</Link>
      </Space>
      <MissingCities error={error} />
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}><Card loading={fetching && !data}><Statistic title={t('instrumentCount')} value={p?.instruments ?? 0} /></Card></Col>
        <Col xs={12} md={6}><Card loading={fetching && !data}>
          <Statistic title={t('provinceAverage')} value={p?.utilisationPercent ?? '—'} suffix="%" />
          <div className="muted">{lang === 'zh' ? `对照：广西2016年 ${SEED_AVERAGE}%` : `Guangxi 2016: ${SEED_AVERAGE}%`}</div></Card></Col>
        <Col xs={12} md={6}><Card loading={fetching && !data}><Statistic title={t('averageHours')} value={hours(p?.averageEffectiveHours)} suffix="h" /></Card></Col>
        <Col xs={12} md={6}><Card loading={fetching && !data}><Statistic title={t('income')} value={money(p?.income ?? 0, lang)} /></Card></Col>
        <Col xs={24} lg={12}><Card title={<Typography.Title level={2} style={small}>{t('utilisation')}</Typography.Title>}>
          {chart && <Chart option={chart} summary={p!.byCity.map((c) => `${cityName(c.tenantId)} ${c.utilisationPercent}%`).join('，')} />}</Card></Col>
        <Col xs={24} lg={12}><Card title={<Typography.Title level={2} style={small}>{t('city')}</Typography.Title>}>
          <Table size="small" rowKey="tenantId" pagination={false} dataSource={p?.byCity ?? []} scroll={{ x: true }} columns={[
            { title: t('city'), dataIndex: 'tenantId', render: cityName },
            { title: t('instrumentCount'), dataIndex: 'instruments', align: 'right' },
            { title: t('effectiveHours'), dataIndex: 'effectiveHours', align: 'right', render: hours },
            { title: t('utilisation'), dataIndex: 'utilisationPercent', align: 'right', render: (v: string) => `${v}%` },
            { title: t('externalShare'), dataIndex: 'externalSharePercent', align: 'right', render: (v: string) => `${v}%` },
            { title: t('averageHours'), dataIndex: 'averageEffectiveHours', align: 'right', render: hours },
          ]} /></Card></Col>
      </Row>
      <Card title={<Typography.Title level={2} style={small}>{t('ranking')}</Typography.Title>}>
        <Table size="small" rowKey={(u) => `${u.tenantId}-${u.unit ?? u.managingUnit}`} dataSource={p?.units ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }}
               scroll={{ x: true }} columns={[
          { title: t('rank'), dataIndex: 'rank', align: 'right' },
          { title: t('units'), dataIndex: 'managingUnit' },
          { title: t('city'), dataIndex: 'tenantId', render: cityName },
          { title: t('instrumentCount'), dataIndex: 'instruments', align: 'right' },
          { title: t('effectiveHours'), dataIndex: 'effectiveHours', align: 'right', render: hours },
          { title: t('utilisation'), dataIndex: 'utilisationPercent', align: 'right', render: (v: string) => `${v}%` },
          { title: t('externalShare'), dataIndex: 'externalSharePercent', align: 'right', render: (v: string) => `${v}%` },
          { title: t('income'), dataIndex: 'income', align: 'right', render: (v: string) => money(v, lang) },
          { title: t('rating'), dataIndex: 'rating', align: 'right', render: (v: number | null) => v?.toFixed(2) ?? '—' },
        ]} />
      </Card>
      <Space wrap>
        <label htmlFor="review-city">{t('city')}</label>
        <Select id="review-city" value={city} onChange={setChosen} style={{ width: 160 }}
                options={cities.map((c) => ({ value: c.id, label: lang === 'en' ? c.nameEn : c.name }))} />
      </Space>
      {city && <>
        <InstrumentReviewCard key={`${city}-${year}`} tenantId={city} year={year} canConclude />
        <VoucherDesk key={city} tenantId={city} />
      </>}
    </Space>
  );
}

/** The innovation vouchers (创新券) of one city: those issued, and a new one for a verified enterprise. */
function VoucherDesk({ tenantId }: { tenantId: string }) {
  const { t } = useInstrumentText();
  const [{ data }, refetch] = useQuery({ query: EnterprisesQuery, variables: { tenantId }, requestPolicy: 'cache-and-network' });
  const [{ fetching }, issue] = useMutation(IssueVoucher);
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<string[]>([]);
  const [issued, setIssued] = useState<string | null>(null);
  const enterprises = (data?.tenant?.members?.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
  const small = { margin: 0, fontSize: 16 } as const;
  return (
    <Card title={<Typography.Title level={2} style={small}>{t('issueVoucher')}</Typography.Title>}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          {issued && <Alert type="success" showIcon role="status" title={`${t('issued')} ${issued}`} style={{ marginBottom: 12 }} />}
          {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} style={{ marginBottom: 12 }} />}
          <Form form={form} layout="vertical" onValuesChange={() => setIssued(null)} onFinish={async (v) => {
            setProblems([]);
            const result = await issue({ tenantId, input: { memberId: v.memberId, amount: String(v.amount), validUntil: (v.validUntil as Dayjs).format('YYYY-MM-DD'),
              purpose: v.purpose?.trim() || null } });
            if (result.error) { setProblems(showAtFields(form, result.error)); return; }
            setIssued(result.data?.issueVoucher?.number ?? '');
            form.resetFields();
            refetch({ requestPolicy: 'network-only' });
          }}>
            <Form.Item name="memberId" label={t('enterprise')} rules={[{ required: true }]}><Select showSearch optionFilterProp="label" options={enterprises} /></Form.Item>
            <Form.Item name="amount" label={t('amount')} rules={[{ required: true }]}><InputNumber min={100} max={1_000_000} style={{ width: 200 }} /></Form.Item>
            <Form.Item name="validUntil" label={t('validUntil')} rules={[{ required: true }]}><DatePicker /></Form.Item>
            <Form.Item name="purpose" label={t('voucherPurpose')}><Input /></Form.Item>
            <Button type="primary" htmlType="submit" loading={fetching}>{t('issueVoucher')}</Button>
          </Form>
        </Col>
        <Col xs={24} lg={14}>
          <VoucherTable vouchers={data?.tenant?.vouchers ?? []} />
        </Col>
      </Row>
    </Card>
  );
}
