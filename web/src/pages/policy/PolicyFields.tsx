import { Tag } from 'antd';
import type { ReactNode } from 'react';
import type { Lang } from '../../i18n';
import { INDUSTRIES, label } from '../../labels';
import { day } from '../../format';
import { POLICY_LEVELS, POLICY_TYPES } from './policyLabels';

interface PolicyShown {
  issuer: string; documentNumber: string; level: string; policyType: string; issuedOn: string; effectiveFrom: string; effectiveUntil?: string | null;
  inForce: boolean; regions: string[]; industries: string[]; summary: string; fullText?: string | null; sourceUrl?: string | null; subsidyRules: string[];
}

const words = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

/** A policy's public facts, as the record page lists them: who issued it, when it applies, to whom, what it says. */
export function policyFields(node: PolicyShown, lang: Lang): { label: string; value: ReactNode }[] {
  const fields: { label: string; value: ReactNode }[] = [
    { label: words(lang, '发文机关', 'Issued by'), value: node.issuer },
    { label: words(lang, '文号', 'Document number'), value: node.documentNumber },
    { label: words(lang, '层级与类型', 'Level and type'), value: `${label(POLICY_LEVELS, node.level, lang)} · ${label(POLICY_TYPES, node.policyType, lang)}` },
    { label: words(lang, '发布日期', 'Issued on'), value: day(node.issuedOn, lang) },
    { label: words(lang, '有效期', 'In force'), value: <>
      {day(node.effectiveFrom, lang)} – {node.effectiveUntil ? day(node.effectiveUntil, lang) : words(lang, '长期', 'no end')}{' '}
      <Tag className={node.inForce ? 'tag-ok' : 'tag-warn'}>{node.inForce ? words(lang, '现行有效', 'In force') : words(lang, '不在有效期内', 'Not in force')}</Tag>
    </> },
    { label: words(lang, '适用地区', 'Regions'), value: node.regions.length ? node.regions.join('、') : words(lang, '发文机关辖区', 'The issuer\'s area') },
    { label: words(lang, '适用行业', 'Industries'), value: node.industries.length ? node.industries.map((i) => label(INDUSTRIES, i, lang)).join('、') : words(lang, '全部行业', 'Every industry') },
    { label: words(lang, '政策要点', 'Summary'), value: node.summary },
  ];
  if (node.subsidyRules.length) fields.push({ label: words(lang, '授权的奖补规则', 'Subsidy rules'), value: node.subsidyRules.join('、') });
  if (node.fullText) fields.push({ label: words(lang, '政策全文', 'Full text'), value: <div style={{ whiteSpace: 'pre-wrap' }}>{node.fullText}</div> });
  // the server takes only http(s) addresses; checked again here, since this becomes a link
  if (node.sourceUrl && /^https?:\/\//.test(node.sourceUrl)) {
    fields.push({ label: words(lang, '原文链接', 'Source'), value: <a href={node.sourceUrl} target="_blank" rel="noopener noreferrer">{node.sourceUrl}</a> });
  }
  return fields;
}
