import type { ReactNode } from 'react';
import type { Lang } from '../../i18n';
import { label } from '../../labels';
import { day, money } from '../../format';
import { FEE_UNITS, INSTRUMENT_CLASSES, INSTRUMENT_STATUSES, OPERATIONS, VALUE_BANDS, WEEKDAYS } from './instrumentLabels';

interface InstrumentShown {
  model: string; manufacturer: string; country: string; instrumentClass: string; originalValue: string; valueBand: string; purchaseDate: string;
  managingUnit: string; location: string; instrumentStatus: string; mainFunctions: string; technicalIndicators?: string | null;
  sampleRequirements?: string | null; operation: string; sharingRules?: string | null; weeklyHours: number;
  fees: { item: string; unit: string; internalRate: string; externalRate: string }[];
  openingHours: { day: string; opens: string; closes: string }[];
}

const words = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

/** An instrument's public facts, as the record page lists them: what it is, who manages it, what it costs, when it is open. */
export function instrumentFields(node: InstrumentShown, lang: Lang): { label: string; value: ReactNode }[] {
  const fields: { label: string; value: ReactNode }[] = [
    { label: words(lang, '管理单位', 'Managing unit'), value: node.managingUnit },
    { label: words(lang, '仪器分类', 'Classification'), value: label(INSTRUMENT_CLASSES, node.instrumentClass, lang) },
    { label: words(lang, '规格型号', 'Model'), value: `${node.model} · ${node.manufacturer}（${node.country}）` },
    { label: words(lang, '原值', 'Original value'), value: `${money(node.originalValue, lang)}（${label(VALUE_BANDS, node.valueBand, lang)}）` },
    { label: words(lang, '购置日期', 'Purchased'), value: day(node.purchaseDate, lang) },
    { label: words(lang, '安放地址', 'Location'), value: node.location },
    { label: words(lang, '运行状态', 'Status'), value: label(INSTRUMENT_STATUSES, node.instrumentStatus, lang) },
    { label: words(lang, '操作方式', 'Operation'), value: label(OPERATIONS, node.operation, lang) },
    { label: words(lang, '主要功能', 'Main functions'), value: node.mainFunctions },
  ];
  if (node.technicalIndicators) fields.push({ label: words(lang, '主要技术指标', 'Technical indicators'), value: node.technicalIndicators });
  if (node.sampleRequirements) fields.push({ label: words(lang, '样品要求', 'Sample requirements'), value: node.sampleRequirements });
  fields.push({ label: words(lang, '收费标准', 'Fees'), value: (
    <ul className="plain-list">
      {node.fees.map((fee, i) => (
        <li key={i}>{fee.item}：{words(lang, '校内/所内', 'internal')} {Number(fee.internalRate).toLocaleString()}，{words(lang, '对外', 'external')} {Number(fee.externalRate).toLocaleString()} {label(FEE_UNITS, fee.unit, lang)}</li>
      ))}
    </ul>
  ) });
  fields.push({ label: words(lang, '开放时间', 'Opening hours'), value: node.openingHours.length === 0 ? words(lang, '暂不开放预约', 'Takes no bookings')
    : `${node.openingHours.map((o) => `${label(WEEKDAYS, o.day, lang)} ${o.opens}–${o.closes}`).join('，')}（${node.weeklyHours} ${words(lang, '小时/周', 'hours a week')}）` });
  fields.push({ label: words(lang, '开放共享管理制度', 'Sharing rules'), value: node.sharingRules ?? words(lang, '未公开', 'Not published') });
  return fields;
}
