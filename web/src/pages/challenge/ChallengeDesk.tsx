import { Button, Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useLang } from '../../i18n';
import { label } from '../../labels';
import { money } from '../../format';
import { useCityNames } from '../../cities';
import { CHALLENGE_STAGES, CHALLENGE_TYPES } from './challengeLabels';
import { moment } from './challengeFields';

const CityChallengesQuery = graphql(`
  query CityChallenges($tenantId: ID!, $year: Int!) {
    tenant(id: $tenantId) {
      id
      challenges(first: 100) { edges { node { id title type stage deadline funding winner { name } } } }
      challengeStatistics(year: $year) {
        totals { lists applications selected funding committed paid }
        byType { type totals { lists applications selected committed paid } }
        byWinnerCity { tenantId totals { selected committed paid } }
      }
    }
  }
`);

/**
 * The market's challenge lists (揭榜挂帅) for its operators: a new list, every published list by
 * stage with the way into its review and agreement, and the year's figures by type and by the
 * winners' cities.
 */
export function ChallengeDesk({ tenantId }: { tenantId: string }) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const cityName = useCityNames();
  const year = Number(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
  const [{ data, fetching }] = useQuery({ query: CityChallengesQuery, variables: { tenantId, year }, requestPolicy: 'cache-and-network' });
  const lists = (data?.tenant?.challenges?.edges ?? []).map((e) => e.node);
  const statistics = data?.tenant?.challengeStatistics;
  const small = { margin: 0, fontSize: 16 } as const;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={<Typography.Title level={2} style={small}>{zh ? '揭榜挂帅榜单' : 'Challenge lists'}</Typography.Title>}
            extra={<Link to={`/me/${tenantId}/new/challenge`}><Button type="primary">{zh ? '发布揭榜挂帅榜单' : 'New challenge list'}</Button></Link>}>
        <Table rowKey="id" loading={fetching && !data} dataSource={lists} pagination={{ pageSize: 20 }} columns={[
          { title: zh ? '榜单' : 'List', render: (_, l) => <Link to={`/console/challenges/${encodeURIComponent(l.id)}`}>{l.title}</Link> },
          { title: zh ? '类型' : 'Type', render: (_, l) => label(CHALLENGE_TYPES, l.type, lang) },
          { title: zh ? '进展' : 'Stage', render: (_, l) => <Tag className={l.stage === 'OPEN' ? 'tag-ok' : undefined}>{label(CHALLENGE_STAGES, l.stage, lang)}</Tag> },
          { title: zh ? '榜额' : 'Funding', render: (_, l) => money(l.funding, lang) },
          { title: zh ? '申报截止' : 'Closes', render: (_, l) => moment(l.deadline, lang) },
          { title: zh ? '揭榜方' : 'Winner', render: (_, l) => l.winner?.name ?? '' },
        ]} />
      </Card>
      {statistics && (
        <Card title={<Typography.Title level={2} style={small}>{zh ? `${year}年揭榜挂帅统计` : `Challenge lists in ${year}`}</Typography.Title>}>
          <Row gutter={16}>
            <Col xs={12} md={4}><Statistic title={zh ? '发榜' : 'Lists'} value={statistics.totals.lists} /></Col>
            <Col xs={12} md={4}><Statistic title={zh ? '揭榜申请' : 'Applications'} value={statistics.totals.applications} /></Col>
            <Col xs={12} md={4}><Statistic title={zh ? '已揭榜' : 'Selected'} value={statistics.totals.selected} /></Col>
            <Col xs={12} md={4}><Statistic title={zh ? '榜额' : 'Funding'} value={money(statistics.totals.funding, lang)} /></Col>
            <Col xs={12} md={4}><Statistic title={zh ? '签约资金' : 'Committed'} value={money(statistics.totals.committed, lang)} /></Col>
            <Col xs={12} md={4}><Statistic title={zh ? '已拨付' : 'Paid'} value={money(statistics.totals.paid, lang)} /></Col>
          </Row>
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col xs={24} lg={12}>
              <Table size="small" rowKey="type" pagination={false} dataSource={statistics.byType} caption={zh ? '按榜单类型' : 'By type'} columns={[
                { title: zh ? '类型' : 'Type', render: (_, r) => label(CHALLENGE_TYPES, r.type, lang) },
                { title: zh ? '发榜' : 'Lists', render: (_, r) => r.totals.lists },
                { title: zh ? '申请' : 'Applications', render: (_, r) => r.totals.applications },
                { title: zh ? '揭榜' : 'Selected', render: (_, r) => r.totals.selected },
                { title: zh ? '已拨付' : 'Paid', render: (_, r) => money(r.totals.paid, lang) },
              ]} />
            </Col>
            <Col xs={24} lg={12}>
              <Table size="small" rowKey="tenantId" pagination={false} dataSource={statistics.byWinnerCity} caption={zh ? '按揭榜方所在市州' : "By the winner's city"} columns={[
                { title: zh ? '市州' : 'City', render: (_, r) => cityName(r.tenantId) },
                { title: zh ? '揭榜' : 'Selected', render: (_, r) => r.totals.selected },
                { title: zh ? '签约资金' : 'Committed', render: (_, r) => money(r.totals.committed, lang) },
                { title: zh ? '已拨付' : 'Paid', render: (_, r) => money(r.totals.paid, lang) },
              ]} />
            </Col>
          </Row>
        </Card>
      )}
    </Space>
  );
}
