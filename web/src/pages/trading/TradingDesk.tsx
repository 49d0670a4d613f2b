import { Button, Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useLang } from '../../i18n';
import { money } from '../../format';
import { ReasonModal } from '../../components/ReasonModal';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { moment } from '../challenge/challengeFields';
import { LISTING_MODES, LISTING_STATUSES, say, statusClass } from './tradingLabels';
import { PaymentPlanButton } from './PaymentPlan';

const DeskQuery = graphql(`
  query TradingDesk($tenantId: ID!, $year: Int!) {
    tenant(id: $tenantId) {
      id
      listings(first: 100) { edges { node { id version achievementTitle ownerName mode status noticeEndsAt intentCount reservePrice
                                             objections { number reasons status } deal { buyerName price contractId } } } }
      overduePayments { id contractId title amount paid milestones { number amount dueOn outstanding overdue } }
      tradingStatistics(year: $year) { listed dealt dealValue unsold objections auctions premium }
    }
  }
`);

const Approve = graphql(`mutation TradingApprove($id: ID!, $v: Int!) { approveListing(id: $id, expectedVersion: $v) { id status } }`);
const Reject = graphql(`mutation TradingReject($id: ID!, $v: Int!, $reason: String!) { rejectListing(id: $id, expectedVersion: $v, reason: $reason) { id status } }`);
const Resolve = graphql(`
  mutation TradingResolve($id: ID!, $v: Int!, $n: Int!, $upheld: Boolean!, $why: String!) {
    resolveObjection(id: $id, expectedVersion: $v, number: $n, upheld: $upheld, resolution: $why) { id status }
  }
`);

type Pending = { kind: 'reject' | 'uphold' | 'dismiss'; id: string; version: number; number?: number } | null;

/**
 * 挂牌交易 for the market's operators: listings to review (审核挂牌), objections to resolve (异议处理),
 * every listing with where it stands, overdue payments (逾期付款), and the year's figures.
 */
export function TradingDesk({ tenantId }: { tenantId: string }) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const year = Number(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
  const [{ data, fetching }, reload] = useQuery({ query: DeskQuery, variables: { tenantId, year }, requestPolicy: 'cache-and-network' });
  const { refusal, settle, clear } = useRefusal(() => reload({ requestPolicy: 'network-only' }));
  const [, approve] = useMutation(Approve);
  const [, reject] = useMutation(Reject);
  const [, resolve] = useMutation(Resolve);
  const [pending, setPending] = useState<Pending>(null);
  const listings = (data?.tenant?.listings?.edges ?? []).map((e) => e.node);
  const toReview = listings.filter((l) => l.status === 'SUBMITTED');
  const objected = listings.flatMap((l) => l.objections.filter((o) => o.status === 'OPEN').map((o) => ({ listing: l, objection: o })));
  const statistics = data?.tenant?.tradingStatistics;
  const small = { margin: 0, fontSize: 16 } as const;
  const title = (l: { id: string; achievementTitle: string }) => <Link to={`/listings/${encodeURIComponent(l.id)}`}>{l.achievementTitle}</Link>;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <RefusalAlert refusal={refusal} clear={clear} />
      <Card title={<Typography.Title level={2} style={small}>{zh ? '挂牌审核' : 'Listings to review'}</Typography.Title>}>
        <Table rowKey="id" loading={fetching && !data} dataSource={toReview} pagination={false} columns={[
          { title: zh ? '成果' : 'Achievement', render: (_, l) => title(l) },
          { title: zh ? '转让方' : 'Owner', dataIndex: 'ownerName' },
          { title: zh ? '方式' : 'Mode', render: (_, l) => say(LISTING_MODES, l.mode, lang) },
          { title: zh ? '底价' : 'Reserve', render: (_, l) => money(l.reservePrice, lang) },
          { title: '', render: (_, l) => <Space>
            <Button size="small" type="primary" onClick={async () => settle((await approve({ id: l.id, v: l.version })).error)}>{zh ? '同意挂牌' : 'Approve'}</Button>
            <Button size="small" danger onClick={() => setPending({ kind: 'reject', id: l.id, version: l.version })}>{zh ? '不予挂牌' : 'Reject'}</Button>
          </Space> },
        ]} />
      </Card>
      <Card title={<Typography.Title level={2} style={small}>{zh ? '公示异议' : 'Objections'}</Typography.Title>}>
        <Table rowKey={(r) => `${r.listing.id}-${r.objection.number}`} dataSource={objected} pagination={false} columns={[
          { title: zh ? '成果' : 'Achievement', render: (_, r) => title(r.listing) },
          { title: zh ? '异议理由' : 'Reasons', render: (_, r) => r.objection.reasons },
          { title: '', render: (_, r) => <Space>
            <Button size="small" onClick={() => setPending({ kind: 'dismiss', id: r.listing.id, version: r.listing.version, number: r.objection.number })}>{zh ? '异议不成立' : 'Dismiss'}</Button>
            <Button size="small" danger onClick={() => setPending({ kind: 'uphold', id: r.listing.id, version: r.listing.version, number: r.objection.number })}>{zh ? '异议成立' : 'Uphold'}</Button>
          </Space> },
        ]} />
      </Card>
      <Card title={<Typography.Title level={2} style={small}>{zh ? '全部挂牌项目' : 'All listings'}</Typography.Title>}>
        <Table rowKey="id" dataSource={listings} pagination={{ pageSize: 20 }} columns={[
          { title: zh ? '成果' : 'Achievement', render: (_, l) => title(l) },
          { title: zh ? '状态' : 'Status', render: (_, l) => <Tag className={statusClass(l.status)}>{say(LISTING_STATUSES, l.status, lang)}</Tag> },
          { title: zh ? '公示截止' : 'Notice ends', render: (_, l) => (l.noticeEndsAt ? moment(l.noticeEndsAt, lang) : '') },
          { title: zh ? '意向方' : 'Intents', dataIndex: 'intentCount' },
          { title: zh ? '成交' : 'Deal', render: (_, l) => (l.deal ? `${l.deal.buyerName} ${money(l.deal.price, lang)}` : '') },
          { title: zh ? '结算' : 'Settlement', render: (_, l) => (l.deal?.contractId ? <PaymentPlanButton contractId={l.deal.contractId} mode="pay" /> : '') },
        ]} />
      </Card>
      <Card title={<Typography.Title level={2} style={small}>{zh ? '逾期付款' : 'Overdue payments'}</Typography.Title>}>
        <Table rowKey="id" dataSource={data?.tenant?.overduePayments ?? []} pagination={false} columns={[
          { title: zh ? '合同' : 'Contract', dataIndex: 'title' },
          { title: zh ? '逾期期次' : 'Overdue', render: (_, p) => p.milestones.filter((m) => m.overdue && Number(m.outstanding) > 0)
              .map((m) => `${zh ? '第' : '#'}${m.number}${zh ? '期' : ''} ${money(m.outstanding, lang)}（${m.dueOn}）`).join('；') },
          { title: zh ? '已付' : 'Paid', render: (_, p) => `${money(p.paid, lang)} / ${money(p.amount, lang)}` },
        ]} />
      </Card>
      {statistics && (
        <Card title={<Typography.Title level={2} style={small}>{zh ? `${year}年挂牌交易统计` : `Trading in ${year}`}</Typography.Title>}>
          <Row gutter={16}>
            <Col xs={12} md={4}><Statistic title={zh ? '挂牌' : 'Listed'} value={statistics.listed} /></Col>
            <Col xs={12} md={4}><Statistic title={zh ? '成交' : 'Dealt'} value={statistics.dealt} /></Col>
            <Col xs={12} md={4}><Statistic title={zh ? '成交额' : 'Deal value'} value={money(statistics.dealValue, lang)} /></Col>
            <Col xs={12} md={4}><Statistic title={zh ? '未成交' : 'Unsold'} value={statistics.unsold} /></Col>
            <Col xs={12} md={4}><Statistic title={zh ? '异议' : 'Objections'} value={statistics.objections} /></Col>
            <Col xs={12} md={4}><Statistic title={zh ? '竞价溢价率' : 'Auction premium'}
                                           value={statistics.premium ? `${(Number(statistics.premium) * 100 - 100).toFixed(1)}%` : '—'} /></Col>
          </Row>
        </Card>
      )}
      <ReasonModal open={pending !== null} title={pending?.kind === 'reject' ? (zh ? '不予挂牌' : 'Reject')
        : pending?.kind === 'uphold' ? (zh ? '异议成立' : 'Uphold') : (zh ? '异议不成立' : 'Dismiss')}
                   onCancel={() => setPending(null)} onOk={async (why) => {
                     const step = pending;
                     setPending(null);
                     if (!step) return;
                     settle(step.kind === 'reject' ? (await reject({ id: step.id, v: step.version, reason: why })).error
                       : (await resolve({ id: step.id, v: step.version, n: step.number ?? 1, upheld: step.kind === 'uphold', why })).error);
                   }} />
    </Space>
  );
}
