import { Card, Col, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useLang } from '../../i18n';
import { CONTRACT_TYPES, KINDS, MEMBER_KINDS, label } from '../../labels';
import { money } from '../../format';

const CityStatisticsQuery = graphql(`
  query CityStatistics($tenantId: ID!, $year: Int!) {
    tenant(id: $tenantId) {
      id
      libraryCounts { kind count }
      memberCounts { kind count }
      contractStatistics(year: $year) { registered turnover technologyIncome subsidiesPaid turnoverGrowthPercent byType { type registered turnover } }
      matchStatistics(year: $year) { proposed contacted signed closed }
      brokerRanking(year: $year) { memberId name certificateNumber proposed signed contracts turnover }
    }
  }
`);

/** The city's own figures for its operators (本市统计): the year's contracts, matches and brokers, and what the city lists. */
export function CityStatistics({ tenantId }: { tenantId: string }) {
  const { t, lang } = useLang();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [{ data, fetching }] = useQuery({ query: CityStatisticsQuery, variables: { tenantId, year } });
  const city = data?.tenant;
  const contracts = city?.contractStatistics;
  const matches = city?.matchStatistics;
  const small = { margin: 0, fontSize: 16 } as const;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space><label htmlFor="city-year">{t('year')}</label>
        <Select id="city-year" value={year} onChange={setYear} style={{ width: 100 }} options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: y }))} /></Space>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}><Card loading={fetching && !data}><Statistic title={t('registeredContracts')} value={contracts?.registered ?? 0} /></Card></Col>
        <Col xs={12} md={6}><Card loading={fetching && !data}><Statistic title={t('turnover')} value={money(contracts?.turnover ?? 0, lang)} /></Card></Col>
        <Col xs={12} md={6}><Card loading={fetching && !data}><Statistic title={t('subsidiesPaid')} value={money(contracts?.subsidiesPaid ?? 0, lang)} /></Card></Col>
        <Col xs={12} md={6}><Card loading={fetching && !data}><Statistic title={t('growth')} value={contracts?.turnoverGrowthPercent ?? '—'} suffix={contracts?.turnoverGrowthPercent != null ? '%' : undefined} precision={1} /></Card></Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card title={<Typography.Title level={2} style={small}>{t('matchFunnel')}</Typography.Title>}>
            <Table size="small" pagination={false} rowKey="step" dataSource={[
              { step: t('matchProposed'), count: matches?.proposed ?? 0 }, { step: t('matchContacted'), count: matches?.contacted ?? 0 },
              { step: t('matchSigned'), count: matches?.signed ?? 0 }, { step: t('matchClosed'), count: matches?.closed ?? 0 }]}
                   columns={[{ title: t('step'), dataIndex: 'step' }, { title: t('count'), dataIndex: 'count', align: 'right' }]} />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={<Typography.Title level={2} style={small}>{t('byType')}</Typography.Title>}>
            <Table size="small" pagination={false} rowKey="type" dataSource={contracts?.byType ?? []}
                   columns={[{ title: t('kind'), dataIndex: 'type', render: (type: string) => label(CONTRACT_TYPES, type, lang) },
                     { title: t('registeredContracts'), dataIndex: 'registered', align: 'right' },
                     { title: t('turnover'), dataIndex: 'turnover', align: 'right', render: (v: string) => money(v, lang) }]} />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={<Typography.Title level={2} style={small}>{t('records')}</Typography.Title>}>
            <Table size="small" pagination={false} rowKey="kind" dataSource={city?.libraryCounts ?? []}
                   columns={[{ title: t('kind'), dataIndex: 'kind', render: (kind: string) => label(KINDS, kind, lang) }, { title: t('count'), dataIndex: 'count', align: 'right' }]} />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={<Typography.Title level={2} style={small}>{t('members')}</Typography.Title>}>
            <Table size="small" pagination={false} rowKey="kind" dataSource={city?.memberCounts ?? []}
                   columns={[{ title: t('kind'), dataIndex: 'kind', render: (kind: string) => label(MEMBER_KINDS, kind, lang) }, { title: t('count'), dataIndex: 'count', align: 'right' }]} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={<Typography.Title level={2} style={small}>{t('brokerRanking')}</Typography.Title>}>
            <Table size="small" pagination={false} rowKey="memberId" dataSource={city?.brokerRanking ?? []}
                   columns={[{ title: t('broker'), dataIndex: 'name' }, { title: t('certificate'), dataIndex: 'certificateNumber' },
                     { title: t('matchProposed'), dataIndex: 'proposed', align: 'right' }, { title: t('matchSigned'), dataIndex: 'signed', align: 'right' },
                     { title: t('registeredContracts'), dataIndex: 'contracts', align: 'right' },
                     { title: t('turnover'), dataIndex: 'turnover', align: 'right', render: (v: string) => money(v, lang) }]} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
