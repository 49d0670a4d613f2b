import { Button, Card, Col, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { money } from '../../format';
import { downloadCsv } from '../../csv';
import { hours, useInstrumentText } from './instrumentText';
import { InstrumentReviewCard } from './InstrumentReviewCard';
import { CityBookings } from './CityBookings';

const UtilisationQuery = graphql(`
  query CityInstrumentUtilisation($tenantId: ID!, $year: Int!) {
    tenant(id: $tenantId) {
      id
      instrumentUtilisation(year: $year) {
        year instruments openHours effectiveHours externalHours income utilisationPercent externalSharePercent averageEffectiveHours
        units { unit managingUnit instruments openHours effectiveHours externalHours income rating ratings utilisationPercent externalSharePercent sharingRulesPublished }
        byInstrument { instrumentId name managingUnit categoryLabel valueBand openHours bookedHours effectiveHours externalHours uses samples income rating ratings utilisationPercent }
      }
    }
  }
`);

/**
 * A city's shared instruments in a year (仪器共享): utilisation, external share and income by unit
 * and by instrument (exported as CSV for the annual sharing report), and the year's performance
 * review, below the city's bookings. For the city's operators; province staff conclude reviews on the province page.
 */
export function CityInstruments({ tenantId }: { tenantId: string }) {
  const { t, lang } = useInstrumentText();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [{ data, fetching }] = useQuery({ query: UtilisationQuery, variables: { tenantId, year } });
  const u = data?.tenant?.instrumentUtilisation;
  const small = { margin: 0, fontSize: 16 } as const;
  const exportInstruments = () => u && downloadCsv(`instruments-${tenantId}-${year}.csv`, [
    ['instrument_id', 'name', 'managing_unit', 'category', 'value_band', 'open_hours', 'booked_hours', 'effective_hours', 'external_hours',
      'utilisation_percent', 'uses', 'samples', 'income', 'rating', 'ratings'],
    ...u.byInstrument.map((i) => [i.instrumentId, i.name, i.managingUnit, i.categoryLabel, i.valueBand, i.openHours, i.bookedHours, i.effectiveHours,
      i.externalHours, i.utilisationPercent, i.uses, i.samples, i.income, i.rating?.toFixed(2), i.ratings]),
  ]);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <CityBookings tenantId={tenantId} />
      <Space wrap>
        <label htmlFor={`instrument-year-${tenantId}`}>{t('year')}</label>
        <Select id={`instrument-year-${tenantId}`} value={year} onChange={setYear} style={{ width: 100 }}
                options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: y }))} />
        <Button onClick={exportInstruments} disabled={!u}>{t('exportCsv')}</Button>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}><Card loading={fetching && !data}><Statistic title={t('instrumentCount')} value={u?.instruments ?? 0} /></Card></Col>
        <Col xs={12} md={6}><Card loading={fetching && !data}><Statistic title={t('utilisation')} value={u?.utilisationPercent ?? '—'} suffix="%" /></Card></Col>
        <Col xs={12} md={6}><Card loading={fetching && !data}><Statistic title={t('averageHours')} value={hours(u?.averageEffectiveHours)} suffix="h" /></Card></Col>
        <Col xs={12} md={6}><Card loading={fetching && !data}><Statistic title={t('income')} value={money(u?.income ?? 0, lang)} /></Card></Col>
      </Row>
      <Card title={<Typography.Title level={2} style={small}>{t('units')}</Typography.Title>}>
        <Table size="small" rowKey={(r) => r.unit ?? r.managingUnit} dataSource={u?.units ?? []} pagination={{ pageSize: 10, hideOnSinglePage: true }} scroll={{ x: true }} columns={[
          { title: t('units'), dataIndex: 'managingUnit' },
          { title: t('instrumentCount'), dataIndex: 'instruments', align: 'right' },
          { title: t('openHours'), dataIndex: 'openHours', align: 'right', render: hours },
          { title: t('effectiveHours'), dataIndex: 'effectiveHours', align: 'right', render: hours },
          { title: t('utilisation'), dataIndex: 'utilisationPercent', align: 'right', render: (v: string) => `${v}%` },
          { title: t('externalShare'), dataIndex: 'externalSharePercent', align: 'right', render: (v: string) => `${v}%` },
          { title: t('income'), dataIndex: 'income', align: 'right', render: (v: string) => money(v, lang) },
          { title: t('rating'), dataIndex: 'rating', align: 'right', render: (v: number | null) => v?.toFixed(2) ?? '—' },
          { title: t('rulesPublished'), dataIndex: 'sharingRulesPublished', render: (v: boolean) => (v ? t('yes') : t('no')) },
        ]} />
      </Card>
      <Card title={<Typography.Title level={2} style={small}>{t('byInstrument')}</Typography.Title>}>
        <Table size="small" rowKey="instrumentId" dataSource={u?.byInstrument ?? []} pagination={{ pageSize: 20, showSizeChanger: false }} scroll={{ x: true }} columns={[
          { title: t('instrument'), dataIndex: 'name', render: (name: string, i) => <Link to={`/records/${encodeURIComponent(i.instrumentId)}`}>{name}</Link> },
          { title: t('units'), dataIndex: 'managingUnit' },
          { title: t('openHours'), dataIndex: 'openHours', align: 'right', render: hours },
          { title: t('bookedHours'), dataIndex: 'bookedHours', align: 'right', render: hours },
          { title: t('effectiveHours'), dataIndex: 'effectiveHours', align: 'right', render: hours },
          { title: t('utilisation'), dataIndex: 'utilisationPercent', align: 'right', render: (v: string) => `${v}%` },
          { title: t('income'), dataIndex: 'income', align: 'right', render: (v: string) => money(v, lang) },
          { title: t('rating'), dataIndex: 'rating', align: 'right', render: (v: number | null) => v?.toFixed(2) ?? '—' },
        ]} />
      </Card>
      <InstrumentReviewCard tenantId={tenantId} year={year} canConclude={false} />
    </Space>
  );
}
