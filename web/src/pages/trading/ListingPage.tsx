import { Alert, Button, Card, Descriptions, Empty, Form, Input, InputNumber, Result, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useAuth } from '../../auth';
import { useLang } from '../../i18n';
import { money } from '../../format';
import { useCityNames } from '../../cities';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { showAtFields } from '../../components/ServerErrors';
import { moment } from '../challenge/challengeFields';
import { LISTING_MODES, LISTING_STATUSES, LISTING_TERMS, OBJECTION_STATUSES, say, statusClass } from './tradingLabels';

const ListingQuery = graphql(`
  query TradingListing($id: ID!) {
    node(id: $id) {
      __typename
      ... on Listing {
        id tenantId achievementId achievementTitle ownerName mode terms reservePrice increment noticeDays deposit auctionMinutes
        status statusReason noticeStartsAt noticeEndsAt intentCount version
        intents { memberId name alias offeredPrice at }
        objections { number reasons lodgedAt status resolution mine }
        deal { via buyerName price at contractId }
        evaluation { id institutionName report { methodLabel valueLow valueHigh readiness } }
        auction { state startPrice increment closesAt scheduledClose extensionMinutes minimumNextBid myAlias premium closedAt
                  bestBid { alias amount at } bids { sequence alias amount at closesAt } bidders { alias name } }
      }
    }
    tenants { id name myMemberships { id name status } }
  }
`);

const RegisterIntent = graphql(`
  mutation TradingRegisterIntent($id: ID!, $input: IntentInput!) { registerIntent(id: $id, input: $input) { id intentCount } }
`);

const LodgeObjection = graphql(`
  mutation TradingLodgeObjection($id: ID!, $reasons: String!) { lodgeObjection(id: $id, reasons: $reasons) { id } }
`);

const PlaceBid = graphql(`
  mutation TradingPlaceBid($id: ID!, $memberId: ID!, $amount: Decimal!) { placeBid(id: $id, memberId: $memberId, amount: $amount) { id } }
`);

/**
 * A listed achievement (挂牌项目): its terms and notice, the evaluation it cites, objections, the
 * intent form for verified members of any city, and while its auction runs, the bids by alias and
 * the bid form; the result, with the bidders' names, once it closed.
 */
export function ListingPage() {
  const { id = '' } = useParams();
  const { lang } = useLang();
  const zh = lang === 'zh';
  const { token } = useAuth();
  const cityName = useCityNames();
  const [{ data, fetching, error }, reload] = useQuery({ query: ListingQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const again = () => reload({ requestPolicy: 'network-only' });
  const { refusal, settle, clear } = useRefusal(again);
  const [intentForm] = Form.useForm();
  const [bidForm] = Form.useForm();
  const [problems, setProblems] = useState<string[]>([]);
  const [reasons, setReasons] = useState('');
  const [, registerIntent] = useMutation(RegisterIntent);
  const [, lodgeObjection] = useMutation(LodgeObjection);
  const [, placeBid] = useMutation(PlaceBid);
  const listing = data?.node?.__typename === 'Listing' ? data.node : null;
  if (fetching && !data) return <Card loading />;
  if (!listing) return <Result status="404" title={zh ? '没有这个挂牌项目' : 'No such listing'} subTitle={error?.message} />;
  const members = (data?.tenants ?? []).flatMap((city) => (city.myMemberships ?? []).filter((m) => m.status === 'VERIFIED')
    .map((m) => ({ value: m.id, label: `${m.name}（${city.name}）` })));
  const inNotice = listing.status === 'LISTED' && listing.noticeEndsAt !== null && new Date(listing.noticeEndsAt ?? 0) > new Date();
  const auction = listing.auction;
  const mine = new Set(listing.intents.map((i) => i.memberId));
  const bidders = members.filter((m) => mine.has(m.value));

  const intend = async (values: { memberId: string; offeredPrice: number; depositReference?: string }) => {
    setProblems([]);
    const result = await registerIntent({ id, input: { memberId: values.memberId, offeredPrice: values.offeredPrice.toFixed(2),
      depositReference: values.depositReference || null } });
    if (result.error) {
      setProblems(showAtFields(intentForm, result.error));
      return;
    }
    intentForm.resetFields();
    again();
  };

  const bid = async (values: { memberId: string; amount: number }) => {
    setProblems([]);
    const result = await placeBid({ id, memberId: values.memberId, amount: values.amount.toFixed(2) });
    if (result.error) {
      setProblems(showAtFields(bidForm, result.error, ''));
    }
    again();
  };

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {listing.achievementTitle} <Tag className={statusClass(listing.status)}>{say(LISTING_STATUSES, listing.status, lang)}</Tag>
      </Typography.Title>
      <RefusalAlert refusal={refusal} clear={clear} />
      {problems.map((p) => <Alert key={p} type="error" showIcon role="alert" title={p} style={{ marginBottom: 16 }} />)}
      {listing.statusReason && <Alert type="info" showIcon title={listing.statusReason} style={{ marginBottom: 16 }} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} items={[
          { label: zh ? '成果' : 'Achievement', children: <Link to={`/records/${encodeURIComponent(listing.achievementId)}`}>{listing.achievementTitle}</Link> },
          { label: zh ? '转让方' : 'Owner', children: `${listing.ownerName}（${cityName(listing.tenantId)}）` },
          { label: zh ? '交易方式' : 'Mode', children: say(LISTING_MODES, listing.mode, lang) },
          { label: zh ? '交易内容' : 'Terms', children: say(LISTING_TERMS, listing.terms, lang) },
          { label: zh ? '挂牌底价' : 'Reserve price', children: money(listing.reservePrice, lang) },
          ...(listing.increment ? [{ label: zh ? '加价幅度' : 'Increment', children: money(listing.increment, lang) }] : []),
          { label: zh ? '交易保证金' : 'Deposit', children: Number(listing.deposit) > 0 ? money(listing.deposit, lang) : (zh ? '无' : 'none') },
          { label: zh ? '公示期' : 'Notice', children: listing.noticeStartsAt
              ? `${moment(listing.noticeStartsAt, lang)} — ${moment(listing.noticeEndsAt ?? '', lang)}（${listing.noticeDays}${zh ? '天' : ' days'}）`
              : `${listing.noticeDays}${zh ? '天' : ' days'}` },
          { label: zh ? '意向受让方' : 'Intending buyers', children: `${listing.intentCount}${zh ? '家' : ''}` },
        ]} />
      </Card>

      {listing.evaluation?.report && (
        <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{zh ? '成果评价' : 'Evaluation'}</Typography.Title>} style={{ marginBottom: 16 }}>
          {listing.evaluation.institutionName} · {listing.evaluation.report.methodLabel} · {money(listing.evaluation.report.valueLow, lang)}—{money(listing.evaluation.report.valueHigh, lang)}
          {' · '}{zh ? '技术就绪度' : 'TRL'} {listing.evaluation.report.readiness}
        </Card>
      )}

      {auction && (
        <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{zh ? '竞价' : 'Auction'}</Typography.Title>} style={{ marginBottom: 16 }}>
          <Descriptions column={{ xs: 1, md: 3 }} items={[
            { label: zh ? '起拍价' : 'Start', children: money(auction.startPrice, lang) },
            { label: zh ? '当前最高价' : 'Best bid', children: auction.bestBid ? `${money(auction.bestBid.amount, lang)}（${auction.bestBid.alias}）` : (zh ? '暂无出价' : 'no bid yet') },
            { label: auction.state === 'OPEN' ? (zh ? '截止时间' : 'Closes') : (zh ? '结束时间' : 'Closed'),
              children: moment(auction.state === 'OPEN' ? auction.closesAt : (auction.closedAt ?? auction.closesAt), lang) },
            ...(auction.myAlias ? [{ label: zh ? '我的竞买号' : 'My alias', children: auction.myAlias }] : []),
            ...(auction.premium ? [{ label: zh ? '溢价率' : 'Premium', children: `${(Number(auction.premium) * 100 - 100).toFixed(2)}%` }] : []),
          ]} />
          <Typography.Paragraph type="secondary">
            {zh ? `截止前${auction.extensionMinutes}分钟内有出价的，截止时间顺延${auction.extensionMinutes}分钟。`
              : `A bid in the last ${auction.extensionMinutes} minutes moves the close on by ${auction.extensionMinutes} minutes.`}
          </Typography.Paragraph>
          <Table size="small" rowKey="sequence" pagination={false} dataSource={[...auction.bids].reverse()} locale={{ emptyText: <Empty description={zh ? '暂无出价' : 'No bids'} /> }}
                 columns={[
                   { title: '#', dataIndex: 'sequence' },
                   { title: zh ? '竞买人' : 'Bidder', dataIndex: 'alias', render: (alias: string) => {
                     const name = auction.bidders?.find((b) => b.alias === alias)?.name;
                     return name ? `${alias}（${name}）` : alias;
                   } },
                   { title: zh ? '出价' : 'Amount', dataIndex: 'amount', render: (amount: string) => money(amount, lang) },
                   { title: zh ? '时间' : 'At', dataIndex: 'at', render: (at: string) => moment(at, lang) },
                 ]} />
          {auction.state === 'OPEN' && bidders.length > 0 && (
            <Form form={bidForm} layout="inline" onFinish={bid} style={{ marginTop: 16 }} initialValues={{ memberId: bidders[0].value }}>
              <Form.Item name="memberId" label={zh ? '竞买单位' : 'Bidding for'} rules={[{ required: true }]}><Select options={bidders} style={{ minWidth: 220 }} /></Form.Item>
              <Form.Item name="amount" label={zh ? `出价（元，至少${auction.minimumNextBid}）` : `Bid (CNY, at least ${auction.minimumNextBid})`} rules={[{ required: true }]}>
                <InputNumber min={0} precision={2} style={{ width: 200 }} />
              </Form.Item>
              <Button type="primary" htmlType="submit">{zh ? '出价' : 'Bid'}</Button>
            </Form>
          )}
        </Card>
      )}

      {listing.deal && (
        <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{zh ? '成交结果' : 'Deal'}</Typography.Title>} style={{ marginBottom: 16 }}>
          {listing.deal.buyerName} · {money(listing.deal.price, lang)} · {listing.deal.via === 'AUCTION' ? (zh ? '竞价成交' : 'by auction') : (zh ? '协议成交' : 'negotiated')}
          {' · '}{moment(listing.deal.at, lang)}
        </Card>
      )}

      {inNotice && token && (
        <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{zh ? '意向受让登记' : 'Register an intent to buy'}</Typography.Title>} style={{ marginBottom: 16 }}>
          {listing.intents.length > 0 && <Alert type="success" showIcon style={{ marginBottom: 16 }}
            title={(zh ? '已登记：' : 'Registered: ') + listing.intents.map((i) => `${i.name}（${i.alias}，${money(i.offeredPrice, lang)}）`).join('；')} />}
          {members.length === 0 ? <Alert type="info" showIcon title={zh ? '意向受让须以平台认证会员的名义：请先在所在城市申请会员。' : 'Register for a verified member: apply for membership first.'} />
            : (
              <Form form={intentForm} layout="vertical" onFinish={intend} initialValues={{ memberId: members[0].value, offeredPrice: Number(listing.reservePrice) }}>
                <Form.Item name="memberId" label={zh ? '受让单位' : 'Buyer'} rules={[{ required: true }]}><Select options={members} /></Form.Item>
                <Form.Item name="offeredPrice" label={zh ? '意向价格（元，不低于底价）' : 'Offered price (CNY, at least the reserve)'} rules={[{ required: true }]}>
                  <InputNumber min={0} precision={2} style={{ width: 240 }} />
                </Form.Item>
                {Number(listing.deposit) > 0 && (
                  <Form.Item name="depositReference" label={zh ? `保证金（${money(listing.deposit, lang)}）缴纳凭证号` : 'Deposit payment reference'} rules={[{ required: true }]}>
                    <Input maxLength={100} />
                  </Form.Item>
                )}
                <Button type="primary" htmlType="submit">{zh ? '提交意向' : 'Register'}</Button>
              </Form>
            )}
        </Card>
      )}

      <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{zh ? '公示异议' : 'Objections'}</Typography.Title>}>
        {listing.objections.length === 0 ? <Empty description={zh ? '公示期内无异议' : 'No objections'} /> : listing.objections.map((o) => (
          <Typography.Paragraph key={o.number}>
            <Tag className={o.status === 'OPEN' ? 'tag-wait' : undefined}>{say(OBJECTION_STATUSES, o.status, lang)}</Tag>
            {o.reasons}{o.resolution && <>（{zh ? '处理意见' : 'Resolution'}：{o.resolution}）</>}
          </Typography.Paragraph>
        ))}
        {inNotice && token && (
          <Space.Compact style={{ width: '100%', marginTop: 8 }}>
            <Input aria-label={zh ? '异议理由' : 'Reasons'} placeholder={zh ? '异议理由（如权属争议）' : 'Reasons (e.g. disputed ownership)'} value={reasons}
                   onChange={(e) => setReasons(e.target.value)} maxLength={1000} />
            <Button onClick={async () => {
              settle((await lodgeObjection({ id, reasons })).error);
              setReasons('');
            }}>{zh ? '提出异议' : 'Object'}</Button>
          </Space.Compact>
        )}
      </Card>
    </>
  );
}
