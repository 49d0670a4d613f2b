import { Alert, Button, Card, DatePicker, Empty, Form, InputNumber, List, Modal, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ListingMode, ListingTerms } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { money } from '../../format';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { showAtFields } from '../../components/ServerErrors';
import { moment } from '../challenge/challengeFields';
import { LISTING_MODES, LISTING_STATUSES, LISTING_TERMS, say, statusClass } from './tradingLabels';
import { MyEvaluations } from './MyEvaluations';
import { PaymentPlanButton } from './PaymentPlan';

const MyTradingQuery = graphql(`
  query MyTrading($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      myTrading { id version achievementTitle owner ownerName mode terms reservePrice status noticeEndsAt intentCount
                  intents { memberId name alias offeredPrice } deal { buyer buyerName price contractId } }
      myListings { id __typename lifecycle ... on Achievement { title owner transferModes trade { status available } } }
      myMemberships { id name status }
    }
  }
`);

const ListAchievement = graphql(`
  mutation TradingListAchievement($tenantId: ID!, $input: ListingInput!) { listAchievement(tenantId: $tenantId, input: $input) { id status } }
`);
const ChooseBuyer = graphql(`
  mutation TradingChooseBuyer($id: ID!, $v: Int!, $m: ID!) { chooseBuyer(id: $id, expectedVersion: $v, memberId: $m) { id status } }
`);
const Relist = graphql(`
  mutation TradingRelist($id: ID!, $v: Int!, $price: Decimal) { relistAchievement(id: $id, expectedVersion: $v, reservePrice: $price) { id status } }
`);
const SubmitDealContract = graphql(`
  mutation TradingSubmitDealContract($id: ID!, $input: DealContractInput!) { submitDealContract(id: $id, input: $input) { id status } }
`);

interface ListValues { achievementId: string; mode: ListingMode; terms: ListingTerms; reservePrice: number; increment?: number; noticeDays: number; deposit?: number }

/** A mode of transfer an achievement offers, and the listing terms it allows. */
const TERMS_OF: Record<string, ListingTerms[]> = { ASSIGNMENT: ['ASSIGNMENT'], LICENSE: ['EXCLUSIVE_LICENSE', 'NON_EXCLUSIVE_LICENSE'], EQUITY: ['EQUITY'] };

/**
 * The workbench's 挂牌交易: the person's members' listings and the ones they registered an intent
 * for, with the step each waits for (choose the buyer, file the contract); and 我要挂牌 for a
 * published achievement of theirs.
 */
export function MyTrading({ tenantId }: { tenantId: string }) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const [{ data, fetching }, reload] = useQuery({ query: MyTradingQuery, variables: { tenantId }, requestPolicy: 'cache-and-network' });
  const again = () => reload({ requestPolicy: 'network-only' });
  const { refusal, settle, clear } = useRefusal(again);
  const [listing, setListing] = useState(false);
  const [contractFor, setContractFor] = useState<{ id: string; memberId: string; price: string } | null>(null);
  const [listForm] = Form.useForm<ListValues>();
  const [contractForm] = Form.useForm<{ signedOn: Dayjs; technologyIncome: number }>();
  const [problems, setProblems] = useState<string[]>([]);
  const [, list] = useMutation(ListAchievement);
  const [, choose] = useMutation(ChooseBuyer);
  const [, submitContract] = useMutation(SubmitDealContract);
  const [, relist] = useMutation(Relist);
  const [relisting, setRelisting] = useState<{ id: string; version: number; reserve: string } | null>(null);
  const [reserve, setReserve] = useState<number | null>(null);
  const tenant = data?.tenant;
  const mine = new Set((tenant?.myMemberships ?? []).map((m) => m.id));
  const achievements = (tenant?.myListings ?? []).flatMap((r) => (r.__typename === 'Achievement' && r.lifecycle === 'PUBLISHED'
    && (!r.trade || (r.trade.available && !['SUBMITTED', 'LISTED', 'SUSPENDED', 'AWAITING_CHOICE', 'AUCTION', 'CONTRACTING'].includes(r.trade.status))) ? [r] : []));
  const chosen = Form.useWatch('achievementId', listForm);
  const modes = achievements.find((a) => a.id === chosen)?.transferModes ?? [];
  const terms = modes.flatMap((m) => TERMS_OF[m] ?? []);
  const mode = Form.useWatch('mode', listForm);

  const submitListing = async (values: ListValues) => {
    setProblems([]);
    const result = await list({ tenantId, input: { achievementId: values.achievementId, mode: values.mode, terms: values.terms,
      reservePrice: values.reservePrice.toFixed(2), increment: values.increment ? values.increment.toFixed(2) : null, noticeDays: values.noticeDays,
      deposit: values.deposit ? values.deposit.toFixed(2) : null } });
    if (result.error) {
      setProblems(showAtFields(listForm, result.error));
      return;
    }
    setListing(false);
    listForm.resetFields();
    again();
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <RefusalAlert refusal={refusal} clear={clear} />
      <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '挂牌交易' : 'Trading'}</Typography.Title>}
            extra={<Button type="primary" onClick={() => setListing(true)} disabled={achievements.length === 0}>{zh ? '我要挂牌' : 'List an achievement'}</Button>}>
        <List loading={fetching && !data} dataSource={tenant?.myTrading ?? []} locale={{ emptyText: <Empty description={zh ? '暂无挂牌或意向' : 'No listings or intents yet'} /> }}
              renderItem={(l) => {
                const owner = mine.has(l.owner);
                const buyerSide = l.deal && mine.has(l.deal.buyer);
                return (
                  <List.Item actions={[
                    ...(owner && l.status === 'AWAITING_CHOICE' ? l.intents.map((i) => (
                      <Button key={i.memberId} size="small" onClick={async () => settle((await choose({ id: l.id, v: l.version, m: i.memberId })).error)}>
                        {zh ? `选定${i.name}` : `Choose ${i.name}`}</Button>)) : []),
                    ...(owner && l.status === 'UNSOLD' ? [<Button key="relist" size="small" onClick={() => {
                      setReserve(Number(l.reservePrice));
                      setRelisting({ id: l.id, version: l.version, reserve: l.reservePrice });
                    }}>{zh ? '重新挂牌' : 'List again'}</Button>] : []),
                    ...(l.deal?.contractId && (owner || buyerSide) ? [<PaymentPlanButton key="plan" contractId={l.deal.contractId} mode="set" />] : []),
                    ...(l.status === 'CONTRACTING' && l.deal && !l.deal.contractId && (owner || buyerSide)
                      ? [<Button key="contract" size="small" type="primary" onClick={() => setContractFor({ id: l.id, memberId: owner ? l.owner : l.deal!.buyer, price: l.deal!.price })}>
                        {zh ? '提交成交合同' : 'File the contract'}</Button>] : []),
                  ]}>
                    <List.Item.Meta title={<Link to={`/listings/${encodeURIComponent(l.id)}`}>{l.achievementTitle}</Link>} description={<Space wrap size={4}>
                      <Tag className={statusClass(l.status)}>{say(LISTING_STATUSES, l.status, lang)}</Tag>
                      <span>{say(LISTING_MODES, l.mode, lang)} · {say(LISTING_TERMS, l.terms, lang)} · {zh ? '底价' : 'reserve'} {money(l.reservePrice, lang)}</span>
                      {l.noticeEndsAt && l.status === 'LISTED' && <span>{zh ? '公示截止' : 'notice ends'} {moment(l.noticeEndsAt, lang)}</span>}
                      <span>{zh ? '意向方' : 'intents'} {l.intentCount}</span>
                      {l.deal && <span>{zh ? '成交' : 'deal'} {l.deal.buyerName} {money(l.deal.price, lang)}</span>}
                    </Space>} />
                  </List.Item>
                );
              }} />
      </Card>
      <MyEvaluations tenantId={tenantId} members={(tenant?.myMemberships ?? []).filter((m) => m.status === 'VERIFIED')}
                     achievements={(tenant?.myListings ?? []).flatMap((r) => (r.__typename === 'Achievement' && r.lifecycle === 'PUBLISHED' ? [{ id: r.id, title: r.title }] : []))} />
      <Modal open={listing} title={zh ? '我要挂牌' : 'List an achievement'} onCancel={() => setListing(false)} onOk={() => listForm.submit()} okText={zh ? '提交审核' : 'Submit'}>
        {problems.map((p) => <Alert key={p} type="error" showIcon role="alert" title={p} style={{ marginBottom: 16 }} />)}
        <Form form={listForm} layout="vertical" onFinish={submitListing} initialValues={{ mode: 'AGREEMENT', noticeDays: 10 }}>
          <Form.Item name="achievementId" label={zh ? '成果' : 'Achievement'} rules={[{ required: true }]}>
            <Select options={achievements.map((a) => ({ value: a.id, label: a.title }))} />
          </Form.Item>
          <Form.Item name="mode" label={zh ? '交易方式' : 'Mode'} rules={[{ required: true }]}>
            <Select options={Object.keys(LISTING_MODES).map((m) => ({ value: m, label: say(LISTING_MODES, m, lang) }))} />
          </Form.Item>
          <Form.Item name="terms" label={zh ? '交易内容' : 'Terms'} rules={[{ required: true }]}>
            <Select options={terms.map((t) => ({ value: t, label: say(LISTING_TERMS, t, lang) }))} />
          </Form.Item>
          <Form.Item name="reservePrice" label={zh ? '挂牌底价（元）' : 'Reserve price (CNY)'} rules={[{ required: true }]}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} /></Form.Item>
          {mode === 'BIDDING' && <Form.Item name="increment" label={zh ? '加价幅度（元）' : 'Increment (CNY)'} rules={[{ required: true }]}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} /></Form.Item>}
          <Form.Item name="noticeDays" label={zh ? '公示期（天）' : 'Notice (days)'} rules={[{ required: true }]}><InputNumber min={1} max={90} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="deposit" label={zh ? '交易保证金（元，可不填）' : 'Deposit (CNY, optional)'}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        </Form>
      </Modal>
      <Modal open={relisting !== null} title={zh ? '重新挂牌' : 'List again'} onCancel={() => setRelisting(null)} onOk={async () => {
        const step = relisting;
        setRelisting(null);
        if (!step) return;
        settle((await relist({ id: step.id, v: step.version, price: reserve === null ? null : reserve.toFixed(2) })).error);
      }}>
        <Typography.Paragraph>{zh ? '未成交的项目可调整底价后重新挂牌，经审核后重新公示。' : 'An unsold listing may be listed again, at a new reserve, after review.'}</Typography.Paragraph>
        <label htmlFor="relist-reserve">{zh ? '新的挂牌底价（元）' : 'New reserve price (CNY)'}</label>
        <InputNumber id="relist-reserve" min={0.01} precision={2} value={reserve} onChange={(v) => setReserve(v)} style={{ width: '100%' }} />
      </Modal>
      <Modal open={contractFor !== null} title={zh ? '提交成交合同登记' : 'File the deal contract'} onCancel={() => setContractFor(null)} onOk={() => contractForm.submit()}>
        <Form form={contractForm} layout="vertical" onFinish={async (values) => {
          if (!contractFor) return;
          const result = await submitContract({ id: contractFor.id, input: { memberId: contractFor.memberId, signedOn: values.signedOn.format('YYYY-MM-DD'),
            technologyIncome: values.technologyIncome.toFixed(2) } });
          if (result.error) {
            setProblems(showAtFields(contractForm, result.error));
            return;
          }
          setContractFor(null);
          again();
        }}>
          <Typography.Paragraph>{zh ? '合同双方、成交金额、成果与挂牌项目由成交结果自动填入。' : 'The parties, price, achievement and listing come from the deal.'}
            {contractFor && ` ${zh ? '成交金额' : 'Price'} ${money(contractFor.price, lang)}`}</Typography.Paragraph>
          <Form.Item name="signedOn" label={zh ? '签订日期' : 'Signed on'} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="technologyIncome" label={zh ? '技术性收入（元）' : 'Technology income (CNY)'} rules={[{ required: true }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
