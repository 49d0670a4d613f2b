import { Button, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Lang } from '../../i18n';
import { INDUSTRIES, label } from '../../labels';
import { money } from '../../format';
import { CHALLENGE_STAGES, CHALLENGE_TYPES } from './challengeLabels';

interface ChallengeShown {
  id: string; challengeType: string; industry: string; problem: string; indicators: string[]; funding: string; funder: string;
  challengeDeadline: string; eligibility?: string | null; issuer: string; stage: string; stageReason?: string | null;
  acceptingApplications: boolean; criteria: { name: string; weight: number }[]; winner?: { name: string } | null;
  acceptance?: { passed: boolean; opinion: string } | null;
}

const words = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

/** A moment in Beijing time, to the minute: 2026年6月30日 17:00. */
export function moment(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: lang === 'zh' ? 'long' : 'short',
    day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A list's public facts, as the record page shows them (揭榜挂帅榜单): the problem, what must be met, the money, who may apply, and where it stands. */
export function challengeFields(node: ChallengeShown, lang: Lang): { label: string; value: ReactNode }[] {
  const fields: { label: string; value: ReactNode }[] = [
    { label: words(lang, '榜单类型', 'Type'), value: label(CHALLENGE_TYPES, node.challengeType, lang) },
    { label: words(lang, '进展', 'Stage'), value: <><Tag className={node.stage === 'OPEN' ? 'tag-ok' : undefined}>{label(CHALLENGE_STAGES, node.stage, lang)}</Tag>
      {node.stageReason && <span className="muted">{node.stageReason}</span>}</> },
    { label: words(lang, '榜额', 'Funding'), value: money(node.funding, lang) },
    { label: words(lang, '出资方', 'Paid by'), value: node.funder },
    { label: words(lang, '发榜单位', 'Issued by'), value: node.issuer },
    { label: words(lang, '申报截止', 'Applications close'), value: moment(node.challengeDeadline, lang) },
    { label: words(lang, '行业', 'Industry'), value: label(INDUSTRIES, node.industry, lang) },
    { label: words(lang, '需解决的问题', 'Problem'), value: <div style={{ whiteSpace: 'pre-wrap' }}>{node.problem}</div> },
    { label: words(lang, '考核指标', 'Indicators'), value: <ol style={{ margin: 0, paddingInlineStart: 20 }}>{node.indicators.map((i) => <li key={i}>{i}</li>)}</ol> },
    { label: words(lang, '评审指标', 'Review criteria'), value: node.criteria.map((c) => `${c.name} ${c.weight}%`).join('；') },
  ];
  if (node.eligibility) fields.push({ label: words(lang, '揭榜条件', 'Who may apply'), value: node.eligibility });
  if (node.winner) fields.push({ label: words(lang, '揭榜方', 'Winner'), value: node.winner.name });
  if (node.acceptance) fields.push({ label: words(lang, '验收', 'Acceptance'), value: `${node.acceptance.passed ? words(lang, '通过', 'Passed') : words(lang, '未通过', 'Failed')}：${node.acceptance.opinion}` });
  return fields;
}

/** 我要揭榜: for a list taking applications. */
export function ApplyButton({ id, accepting, lang }: { id: string; accepting: boolean; lang: Lang }) {
  if (!accepting) return null;
  return <Link to={`/me/challenges/${encodeURIComponent(id)}/apply`}><Button type="primary">{words(lang, '我要揭榜', 'Apply for this list')}</Button></Link>;
}
