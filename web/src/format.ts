import type { Lang } from './i18n';

/** Money as a Chinese reader expects it: 万元 from ten thousand yuan, 亿元 from a hundred million. */
export function money(yuan: string | number | null | undefined, lang: Lang): string {
  if (yuan === null || yuan === undefined || yuan === '') return lang === 'zh' ? '面议' : 'negotiable';
  const value = typeof yuan === 'number' ? yuan : Number(yuan);
  if (!Number.isFinite(value)) return String(yuan);
  if (lang === 'en') return `CNY ${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
  if (Math.abs(value) >= 1e8) return `${trim(value / 1e8)}亿元`;
  if (Math.abs(value) >= 1e4) return `${trim(value / 1e4)}万元`;
  return `${trim(value)}元`;
}

function trim(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/** A day in Beijing time: 2026年3月18日, or 18 Mar 2026. */
export function day(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00+08:00` : iso);
  return date.toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: lang === 'zh' ? 'long' : 'short', day: 'numeric' });
}
