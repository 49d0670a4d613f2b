import { Button, Card, Empty, List, Segmented, Space, Tag } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MembershipStatus } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { MEMBERSHIP, MEMBER_KINDS, label } from '../../labels';
import { day } from '../../format';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { ReasonModal } from '../../components/ReasonModal';

const MemberRegistryQuery = graphql(`
  query MemberRegistry($tenantId: ID!, $status: MembershipStatus!) {
    tenant(id: $tenantId) {
      id
      members(first: 100, filter: { status: $status }) { edges { node { id name kind status version creditCode verifiedAt statusReason users { subject } } } }
    }
  }
`);

const Suspend = graphql(`mutation SuspendMember($id: ID!, $v: Int!, $reason: String!) { suspendMember(id: $id, expectedVersion: $v, reason: $reason) { id status } }`);
const Reinstate = graphql(`mutation ReinstateMember($id: ID!, $v: Int!) { reinstateMember(id: $id, expectedVersion: $v) { id status } }`);

const SHOWN: MembershipStatus[] = ['VERIFIED', 'SUSPENDED', 'REJECTED'];

/** The city's members (会员管理): verified ones suspended with a reason (their listings leave the library), suspended ones reinstated. */
export function MemberRegistry({ tenantId }: { tenantId: string }) {
  const { t, lang } = useLang();
  const [status, setStatus] = useState<MembershipStatus>('VERIFIED');
  const [{ data, fetching }, refetch] = useQuery({ query: MemberRegistryQuery, variables: { tenantId, status }, requestPolicy: 'cache-and-network' });
  const [, suspend] = useMutation(Suspend);
  const [, reinstate] = useMutation(Reinstate);
  const { refusal, settle, clear } = useRefusal(() => refetch({ requestPolicy: 'network-only' }));
  const [suspending, setSuspending] = useState<{ id: string; v: number } | null>(null);
  const members = (data?.tenant?.members?.edges ?? []).map((e) => e.node);

  return (
    <>
      <RefusalAlert refusal={refusal} clear={clear} />
      <Segmented<MembershipStatus> value={status} onChange={setStatus} style={{ marginBottom: 12 }}
                                   options={SHOWN.map((s) => ({ value: s, label: label(MEMBERSHIP, s, lang) }))} />
      <Card loading={fetching && !data}>
        <List dataSource={members} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(m) => (
          <List.Item key={m.id} actions={[
            ...(m.status === 'VERIFIED' ? [<Button key="suspend" size="small" danger onClick={() => setSuspending({ id: m.id, v: m.version })}>{t('suspendMember')}</Button>] : []),
            ...(m.status === 'SUSPENDED' ? [<Button key="reinstate" size="small" onClick={async () => settle((await reinstate({ id: m.id, v: m.version })).error)}>{t('reinstateMember')}</Button>] : []),
          ]}>
            <List.Item.Meta title={m.name} description={<Space size={4} wrap>
              <Tag>{label(MEMBER_KINDS, m.kind, lang)}</Tag><span className="muted">{m.creditCode}</span>
              {m.verifiedAt && <span className="muted">{t('verifiedOn')} {day(m.verifiedAt, lang)}</span>}
              <span className="muted">{m.users.length} {t('people')}</span>
              {m.statusReason && <span>{m.statusReason}</span>}
            </Space>} />
          </List.Item>
        )} />
      </Card>
      <ReasonModal title={t('suspendMember')} open={suspending !== null} onCancel={() => setSuspending(null)} onOk={async (reason) => {
        if (!suspending) return;
        const result = await suspend({ id: suspending.id, v: suspending.v, reason });
        setSuspending(null);
        settle(result.error);
      }} />
    </>
  );
}
