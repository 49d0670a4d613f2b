import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useLang } from '../../i18n';
import { label } from '../../labels';
import { day } from '../../format';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { POLICY_LEVELS, POLICY_TYPES } from './policyLabels';

const CityPoliciesQuery = graphql(`
  query CityPolicies($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      policies(first: 100) { edges { node { id version title documentNumber level type issuedOn inForce effectiveUntil } } }
    }
  }
`);

const WithdrawPolicy = graphql(`mutation WithdrawPolicy($id: ID!, $v: Int!) { withdraw(id: $id, expectedVersion: $v) { id lifecycle } }`);

/** The city's published policy documents (政策发布), for its operators: a new one, edits, and withdrawal of one no longer in force. */
export function PolicyDesk({ tenantId }: { tenantId: string }) {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const [{ data, fetching }, refetch] = useQuery({ query: CityPoliciesQuery, variables: { tenantId }, requestPolicy: 'cache-and-network' });
  const [, withdraw] = useMutation(WithdrawPolicy);
  const { refusal, settle, clear } = useRefusal(() => refetch({ requestPolicy: 'network-only' }));
  const policies = (data?.tenant?.policies?.edges ?? []).map((e) => e.node);
  return (
    <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{zh ? '政策发布' : 'Policies'}</Typography.Title>}
          extra={<Link to={`/me/${tenantId}/new/policy`}><Button type="primary">{zh ? '发布政策文件' : 'New policy'}</Button></Link>}>
      <RefusalAlert refusal={refusal} clear={clear} />
      <List loading={fetching && !data} dataSource={policies} locale={{ emptyText: zh ? '暂无' : 'None yet' }} renderItem={(p) => (
        <List.Item actions={[
          <Link key="edit" to={`/me/edit/${encodeURIComponent(p.id)}`}>{zh ? '修改' : 'Edit'}</Link>,
          <Button key="withdraw" size="small" onClick={async () => settle((await withdraw({ id: p.id, v: p.version })).error)}>{zh ? '撤下' : 'Withdraw'}</Button>,
        ]}>
          <List.Item.Meta title={<Link to={`/records/${encodeURIComponent(p.id)}`}>{p.title}</Link>} description={
            <Space size={4} wrap>
              <span>{p.documentNumber}</span>
              <Tag>{label(POLICY_LEVELS, p.level, lang)}</Tag><Tag>{label(POLICY_TYPES, p.type, lang)}</Tag>
              <Tag className={p.inForce ? 'tag-ok' : 'tag-warn'}>{p.inForce ? (zh ? '现行有效' : 'In force') : (zh ? '已失效' : 'Not in force')}</Tag>
              <span className="muted">{day(p.issuedOn, lang)}{p.effectiveUntil && ` – ${day(p.effectiveUntil, lang)}`}</span>
            </Space>
          } />
        </List.Item>
      )} />
    </Card>
  );
}
