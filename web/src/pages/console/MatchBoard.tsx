import { DndContext, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { HolderOutlined } from '@ant-design/icons';
import { Badge, Card, Empty, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MatchBoardQuery, MatchStatus } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { KINDS, MATCH_STATUSES, label } from '../../labels';
import { useCityNames } from '../../cities';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { ReasonModal } from '../../components/ReasonModal';
import { day } from '../../format';

const MatchBoardQueryDocument = graphql(`
  query MatchBoard($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      matches(first: 100) {
        edges { node { id status version demandId demandTitle candidateId candidateTitle candidateKind candidateTenantId closeReason updatedAt broker { name } } }
      }
    }
  }
`);

const Contact = graphql(`mutation ContactMatch($id: ID!, $v: Int!) { contactMatch(id: $id, expectedVersion: $v) { id status version } }`);
const Negotiate = graphql(`mutation NegotiateMatch($id: ID!, $v: Int!) { negotiateMatch(id: $id, expectedVersion: $v) { id status version } }`);
const Sign = graphql(`mutation SignMatch($id: ID!, $v: Int!) { signMatch(id: $id, expectedVersion: $v) { id status version } }`);
const Close = graphql(`mutation CloseMatch($id: ID!, $v: Int!, $reason: String!) { closeMatch(id: $id, expectedVersion: $v, reason: $reason) { id status version } }`);

type BoardMatch = NonNullable<NonNullable<MatchBoardQuery['tenant']>['matches']>['edges'][number]['node'];

const COLUMNS: MatchStatus[] = ['PROPOSED', 'CONTACTED', 'NEGOTIATING', 'SIGNED', 'CLOSED'];

/**
 * The city's broker pipeline as a board (撮合看板): a match is dragged, or moved with its own menu
 * from the keyboard, to the step it reached. The server decides: a step the workflow does not
 * allow, or a match someone else moved meanwhile, is refused and shown, and the board reloads.
 */
export function MatchBoard({ tenantId }: { tenantId: string }) {
  const { t } = useLang();
  const [{ data, fetching }, refetch] = useQuery({ query: MatchBoardQueryDocument, variables: { tenantId }, requestPolicy: 'cache-and-network' });
  const [, contact] = useMutation(Contact);
  const [, negotiate] = useMutation(Negotiate);
  const [, sign] = useMutation(Sign);
  const [, close] = useMutation(Close);
  const { refusal, settle, show, clear } = useRefusal(() => refetch({ requestPolicy: 'network-only' }));
  const [closing, setClosing] = useState<BoardMatch | null>(null);
  // a small move before a drag starts, so a click on the card's links and menu stays a click
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const matches = (data?.tenant?.matches?.edges ?? []).map((edge) => edge.node);

  const move = async (match: BoardMatch, to: MatchStatus) => {
    if (to === match.status) return;
    if (to === 'CLOSED') {
      setClosing(match);
      return;
    }
    const variables = { id: match.id, v: match.version };
    const result = to === 'CONTACTED' ? await contact(variables) : to === 'NEGOTIATING' ? await negotiate(variables)
      : to === 'SIGNED' ? await sign(variables) : null;
    if (result === null) {
      // no step leads back to 已推荐: the workflow only moves forward
      show(t('matchNoWayBack'));
      return;
    }
    settle(result.error);
  };
  const dropped = (event: DragEndEvent) => {
    const match = matches.find((m) => m.id === event.active.id);
    if (match && event.over) void move(match, event.over.id as MatchStatus);
  };

  return (
    <>
      <RefusalAlert refusal={refusal} clear={clear} />
      <Typography.Paragraph className="muted">{t('boardHint')}</Typography.Paragraph>
      <DndContext sensors={sensors} onDragEnd={dropped}>
        <div className="board" aria-busy={fetching}>
          {COLUMNS.map((status) => (
            <Column key={status} status={status} matches={matches.filter((m) => m.status === status)} onMove={move} />
          ))}
        </div>
      </DndContext>
      <ReasonModal title={t('closeMatch')} open={closing !== null} onCancel={() => setClosing(null)} onOk={async (reason) => {
        if (!closing) return;
        const result = await close({ id: closing.id, v: closing.version, reason });
        setClosing(null);
        settle(result.error);
      }} />
    </>
  );
}

function Column({ status, matches, onMove }: { status: MatchStatus; matches: BoardMatch[]; onMove: (match: BoardMatch, to: MatchStatus) => void }) {
  const { t, lang } = useLang();
  const { setNodeRef, isOver } = useDroppable({ id: status });
  return (
    <section ref={setNodeRef} className={isOver ? 'board-column over' : 'board-column'} aria-labelledby={`column-${status}`} data-status={status}>
      <Typography.Title level={3} id={`column-${status}`} style={{ fontSize: 15, margin: '0 0 8px' }}>
        {label(MATCH_STATUSES, status, lang)} <Badge count={matches.length} showZero color="#5b6b7b" />
      </Typography.Title>
      {matches.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('nothingYet')} />}
      {matches.map((match) => <MatchCard key={match.id} match={match} onMove={onMove} />)}
    </section>
  );
}

function MatchCard({ match, onMove }: { match: BoardMatch; onMove: (match: BoardMatch, to: MatchStatus) => void }) {
  const { t, lang } = useLang();
  const cityName = useCityNames();
  const { setNodeRef, setActivatorNodeRef, listeners, transform, isDragging } = useDraggable({ id: match.id });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)`, zIndex: 10 } : undefined;
  return (
    <Card ref={setNodeRef} size="small" className={isDragging ? 'match-card dragging' : 'match-card'} style={style} data-match={match.id}>
      <Space align="start">
        {/* the drag handle is for the pointer; the menu below does the same from the keyboard */}
        <span ref={setActivatorNodeRef} {...listeners} className="drag-handle" aria-hidden="true"><HolderOutlined /></span>
        <div>
          <Link to={`/records/${encodeURIComponent(match.demandId)}`}>{match.demandTitle}</Link>
          <div className="muted">↔ <Link to={`/records/${encodeURIComponent(match.candidateId)}`}>{match.candidateTitle}</Link></div>
          <Space size={4} wrap style={{ marginTop: 4 }}>
            <Tag>{label(KINDS, match.candidateKind, lang)}</Tag><Tag>{cityName(match.candidateTenantId)}</Tag>
            <span className="muted">{match.broker.name} · {day(match.updatedAt, lang)}</span>
          </Space>
          {match.closeReason && <div className="muted">{match.closeReason}</div>}
          {match.status !== 'SIGNED' && match.status !== 'CLOSED' && (
            <Select size="small" style={{ width: 130, marginTop: 6 }} placeholder={t('moveTo')} aria-label={`${t('moveTo')}：${match.demandTitle}`} value={null}
                    options={COLUMNS.filter((s) => s !== match.status).map((s) => ({ value: s, label: label(MATCH_STATUSES, s, lang) }))}
                    onChange={(to: MatchStatus) => onMove(match, to)} />
          )}
        </div>
      </Space>
    </Card>
  );
}
