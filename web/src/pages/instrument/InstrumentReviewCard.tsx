import { Alert, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { label } from '../../labels';
import { money } from '../../format';
import { RefusalAlert, useRefusal } from '../../components/Refusal';
import { REVIEW_GRADES } from './instrumentLabels';
import { useInstrumentText } from './instrumentText';

const ReviewQuery = graphql(`
  query InstrumentReview($tenantId: ID!, $year: Int!) {
    tenant(id: $tenantId) {
      id
      instrumentReview(year: $year) {
        year concluded rule subsidyTotal concludedAt concludedBy
        units { unit managingUnit instruments utilisationPercent externalSharePercent externalHours rating sharingRulesPublished
                utilisationScore externalScore ratingScore sharingRulesScore score grade subsidy capped }
      }
    }
  }
`);

const Conclude = graphql(`
  mutation ConcludeInstrumentReview($tenantId: ID!, $year: Int!) { concludeInstrumentReview(tenantId: $tenantId, year: $year) { year concluded } }
`);

/**
 * A city's annual performance review of instrument sharing (开放共享绩效考核): each unit's indicator
 * scores, grade and post-subsidy (后补助) with the rule that produced them; a preview until province
 * staff conclude it once the year is over (only they see the button).
 */
export function InstrumentReviewCard({ tenantId, year, canConclude }: { tenantId: string; year: number; canConclude: boolean }) {
  const { t, lang } = useInstrumentText();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReviewQuery, variables: { tenantId, year }, requestPolicy: 'cache-and-network' });
  const [{ fetching: concluding }, conclude] = useMutation(Conclude);
  const { refusal, settle, clear } = useRefusal(() => refetch({ requestPolicy: 'network-only' }));
  const review = data?.tenant?.instrumentReview;
  const score = (v: string) => Number(v).toFixed(1);
  return (
    <Card loading={fetching && !data} title={<Space><Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('review')} {year}</Typography.Title>
      {review && <Tag className={review.concluded ? 'tag-ok' : 'tag-wait'}>{review.concluded ? t('concluded') : t('preview')}</Tag>}</Space>}
          extra={canConclude && year < new Date().getFullYear() && review && !review.concluded && (
            <Popconfirm title={t('conclude')} onConfirm={async () => settle((await conclude({ tenantId, year })).error)}>
              <Button type="primary" loading={concluding}>{t('conclude')}</Button>
            </Popconfirm>
          )}>
      <RefusalAlert refusal={refusal} clear={clear} />
      {error && !data && <Alert type="error" showIcon title={error.message} />}
      {review && <>
        <Typography.Paragraph className="muted"><strong>{t('rule')}：</strong>{review.rule}</Typography.Paragraph>
        <Table size="small" rowKey={(u) => u.unit ?? u.managingUnit} dataSource={review.units} pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: true }}
               summary={() => <Table.Summary.Row><Table.Summary.Cell index={0} colSpan={7}>{t('subsidyTotal')}</Table.Summary.Cell>
                 <Table.Summary.Cell index={1} align="right">{money(review.subsidyTotal, lang)}</Table.Summary.Cell></Table.Summary.Row>}
               columns={[
                 { title: t('units'), dataIndex: 'managingUnit' },
                 { title: t('utilisation'), key: 'u', align: 'right', render: (_, u) => `${u.utilisationPercent}%（${score(u.utilisationScore)}）` },
                 { title: t('externalShare'), key: 'e', align: 'right', render: (_, u) => `${u.externalSharePercent}%（${score(u.externalScore)}）` },
                 { title: t('rating'), key: 'r', align: 'right', render: (_, u) => `${u.rating?.toFixed(2) ?? '—'}（${score(u.ratingScore)}）` },
                 { title: t('rulesPublished'), key: 's', render: (_, u) => `${u.sharingRulesPublished ? t('yes') : t('no')}（${score(u.sharingRulesScore)}）` },
                 { title: t('scoreTotal'), dataIndex: 'score', align: 'right', render: score },
                 { title: t('grade'), dataIndex: 'grade', render: (g: string) => <Tag className={g === 'FAIL' ? 'tag-warn' : g === 'EXCELLENT' ? 'tag-ok' : undefined}>{label(REVIEW_GRADES, g, lang)}</Tag> },
                 { title: t('subsidy'), key: 'subsidy', align: 'right', render: (_, u) => <>{money(u.subsidy, lang)}{u.capped && <Tag style={{ marginLeft: 4 }}>{t('capped')}</Tag>}</> },
               ]} />
      </>}
    </Card>
  );
}
