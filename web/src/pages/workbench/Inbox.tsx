import { Badge, Button, Card, Empty, List, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import type { InboxLiveSubscription } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { day } from '../../format';

const InboxQuery = graphql(`
  query Inbox($tenantId: ID!) {
    tenant(id: $tenantId) { id inbox(first: 20) { unread messages { id topic title detail createdAt read about } } }
  }
`);

const InboxLive = graphql(`
  subscription InboxLive($tenantId: ID!) { inboxMessages(tenantId: $tenantId) { id topic title detail createdAt read about } }
`);

const MarkRead = graphql(`
  mutation MarkInboxRead($tenantId: ID!, $ids: [ID!]!) { markInboxRead(tenantId: $tenantId, ids: $ids) { unread } }
`);

type Message = NonNullable<InboxLiveSubscription['inboxMessages']>;

/**
 * The person's inbox at the city (消息): what is there when the page opens, then each message as it
 * is delivered, over the hub's live subscription; the unread count follows.
 */
export function Inbox({ tenantId }: { tenantId: string }) {
  const { t, lang } = useLang();
  const [{ data, fetching }, refetch] = useQuery({ query: InboxQuery, variables: { tenantId }, requestPolicy: 'cache-and-network' });
  const [arrived, setArrived] = useState<Message[]>([]);
  const [, markRead] = useMutation(MarkRead);
  useEffect(() => setArrived([]), [tenantId, data]);
  useSubscription({ query: InboxLive, variables: { tenantId } }, (_, event) => {
    const message = event.inboxMessages;
    if (message) setArrived((earlier) => (earlier.some((m) => m.id === message.id) ? earlier : [message, ...earlier]));
    return event;
  });
  const loaded = data?.tenant?.inbox?.messages ?? [];
  const messages = [...arrived.filter((m) => !loaded.some((l) => l.id === m.id)), ...loaded];
  const unread = (data?.tenant?.inbox?.unread ?? 0) + arrived.filter((m) => !m.read && !loaded.some((l) => l.id === m.id)).length;

  return (
    <Card loading={fetching && !data} title={<Space>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('inbox')}</Typography.Title>
      <Badge count={unread} data-testid="unread" />
      <span className="sr-only" role="status">{`${unread} ${t('unread')}`}</span>
    </Space>} extra={unread > 0 && <Button size="small" onClick={async () => {
      await markRead({ tenantId, ids: messages.filter((m) => !m.read).map((m) => m.id) });
      refetch({ requestPolicy: 'network-only' });
    }}>{t('markAllRead')}</Button>}>
      <List dataSource={messages} locale={{ emptyText: <Empty description={t('nothingYet')} /> }} renderItem={(message) => (
        <List.Item key={message.id} extra={<span className="muted">{day(message.createdAt, lang)}</span>}>
          <List.Item.Meta title={<span style={{ fontWeight: message.read ? 400 : 600 }}>{message.title}</span>} description={message.detail} />
        </List.Item>
      )} />
    </Card>
  );
}
