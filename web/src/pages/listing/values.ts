import dayjs, { type Dayjs } from 'dayjs';
import type { Lang } from '../../i18n';
import type { FieldSpec } from './listingKinds';

type Values = Record<string, unknown>;

/** A record as the API reads it, as the form holds it: numbers for money, days for dates, the parts of groups and lists likewise. */
export function toForm(fields: FieldSpec[], record: Values | null | undefined): Values {
  const values: Values = {};
  for (const field of fields) {
    const value = record?.[field.read ?? field.name];
    switch (field.type) {
      case 'money': values[field.name] = value == null || value === '' ? null : Number(value); break;
      case 'date': case 'datetime': values[field.name] = value ? dayjs(String(value)) : null; break;
      case 'group': values[field.name] = toForm(field.items ?? [], value as Values | null); break;
      case 'list': values[field.name] = ((value as Values[] | null) ?? []).map((item) => toForm(field.items ?? [], item)); break;
      case 'enums': case 'checks': case 'tags': values[field.name] = (value as unknown[] | null) ?? []; break;
      case 'bool': values[field.name] = Boolean(value); break;
      default: values[field.name] = value ?? null;
    }
  }
  return values;
}

/** What the form holds, as the API's input takes it: Decimal as text, a day as YYYY-MM-DD, blank text as absent. */
export function toInput(fields: FieldSpec[], values: Values | null | undefined): Values {
  const input: Values = {};
  for (const field of fields) {
    const value = values?.[field.name];
    switch (field.type) {
      case 'money': input[field.name] = value == null || value === '' ? null : String(value); break;
      case 'int': input[field.name] = value == null || value === '' ? null : Number(value); break;
      case 'date': input[field.name] = value ? (value as Dayjs).format('YYYY-MM-DD') : null; break;
      case 'datetime': input[field.name] = value ? (value as Dayjs).toISOString() : null; break;
      case 'bool': input[field.name] = Boolean(value); break;
      case 'enums': case 'checks': case 'tags': input[field.name] = (value as unknown[] | null) ?? []; break;
      case 'group': {
        const group = toInput(field.items ?? [], value as Values | null);
        input[field.name] = Object.values(group).every((v) => v == null) ? null : group;
        break;
      }
      case 'list': input[field.name] = ((value as Values[] | null) ?? []).map((item) => toInput(field.items ?? [], item)); break;
      default: input[field.name] = typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value ?? null;
    }
  }
  return input;
}

/** The fields whose input differs between two versions of the same record. */
export function changedFields(fields: FieldSpec[], before: Values, after: Values): FieldSpec[] {
  return fields.filter((field) => JSON.stringify(before[field.name]) !== JSON.stringify(after[field.name]));
}

/** A field's input value in words, for the conflict panel. */
export function shown(field: FieldSpec, value: unknown, lang: Lang): string {
  if (value == null || (Array.isArray(value) && value.length === 0)) return lang === 'zh' ? '（空）' : '(empty)';
  if (field.type === 'bool') return value ? (lang === 'zh' ? '是' : 'yes') : (lang === 'zh' ? '否' : 'no');
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? Object.values(v as Values).filter((x) => x != null).join(' ') : field.options?.[String(v)]?.[lang] ?? String(v))).join('、');
  if (typeof value === 'object') return Object.values(value as Values).filter((x) => x != null).join(' · ');
  return field.options?.[String(value)]?.[lang] ?? String(value);
}
