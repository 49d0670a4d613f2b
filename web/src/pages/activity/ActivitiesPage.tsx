import { Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ActivityKind } from '../../gql/graphql';
import { useCityNames } from '../../cities';
import { MissingCities } from '../../components/MissingCities';
import { useLang } from '../../i18n';
import { moment } from '../challenge/challengeFields';
import { ACTIVITY_KINDS } from './activityLabels';

const Calendar = graphql(`
  query ActivityCalendar($kind: ActivityKind) {
    upcomingActivities(kind: $kind, first: 60) {
      id tenantId kind kindLabel fairFormatLabel title theme startsAt endsAt online place capacity phase
      roster { seated seatsLeft waiting }
    }
  }
`);

/**
 * 活动日历: every market's upcoming and running exhibitions, roadshows, fairs and bank–enterprise
 * sessions, soonest first, as the province gathers them; each leads to its page.
 */
export function ActivitiesPage() {
  const { lang } = useLang();
  const zh = lang === 'zh';
  const cityName = useCityNames();
  const [kind, setKind] = useState<ActivityKind | 'ALL'>('ALL');
  const [{ data, fetching, error }] = useQuery({ query: Calendar, variables: { kind: kind === 'ALL' ? null : kind } });
  const activities = data?.upcomingActivities ?? [];
  return (
    <Card title={<Typography.Title level={1} style={{ margin: 0, fontSize: 20 }}>{zh ? '活动日历' : 'Activities'}</Typography.Title>}
          extra={<Segmented value={kind} onChange={(value) => setKind(value as ActivityKind | 'ALL')} options={[
            { value: 'ALL', label: zh ? '全部' : 'All' },
            ...ACTIVITY_KINDS.map((k) => ({ value: k.kind, label: k[lang] }))]} />}>
      <MissingCities error={error} />
      <List loading={fetching} dataSource={activities} locale={{ emptyText: <Empty description={zh ? '近期暂无活动' : 'Nothing coming up'} /> }}
            renderItem={(a) => (
              <List.Item>
                <List.Item.Meta title={<Link to={`/activities/${encodeURIComponent(a.id)}`}>{a.title}</Link>} description={<Space wrap size={4}>
                  <Tag color="blue">{a.kindLabel}</Tag>
                  {a.fairFormatLabel && <Tag>{a.fairFormatLabel}</Tag>}
                  {a.phase === 'UNDER_WAY' && <Tag className="tag-ok">{zh ? '进行中' : 'Under way'}</Tag>}
                  <span>{cityName(a.tenantId)}</span>
                  <span>{moment(a.startsAt, lang)}{a.endsAt ? ` — ${moment(a.endsAt, lang)}` : zh ? ' 起（常设）' : ' onwards (rolling)'}</span>
                  <span>{a.online ? (zh ? '线上' : 'Online') : a.place}</span>
                  {a.capacity != null && <span>{zh ? `余位 ${a.roster.seatsLeft ?? 0}` : `${a.roster.seatsLeft ?? 0} seats left`}
                    {a.roster.waiting > 0 ? (zh ? ` · 候补 ${a.roster.waiting}` : ` · ${a.roster.waiting} waiting`) : ''}</span>}
                </Space>} />
              </List.Item>
            )} />
    </Card>
  );
}
