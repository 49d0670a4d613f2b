import { AutoComplete, Input } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useLang } from '../i18n';

const SuggestQuery = graphql(`
  query Suggest($prefix: String!) {
    suggest(prefix: $prefix, first: 8)
  }
`);

/** A search box that suggests titles as one types, and searches on enter. */
export function SearchBox({ initial, onSearch, size }: { initial?: string; onSearch: (text: string) => void; size?: 'large' | 'middle' }) {
  const { t } = useLang();
  const [text, setText] = useState(initial ?? '');
  const prefix = text.trim();
  const [{ data }] = useQuery({ query: SuggestQuery, variables: { prefix }, pause: prefix.length === 0 });
  const options = (prefix ? data?.suggest ?? [] : []).map((title) => ({ value: title, label: title }));
  return (
    <AutoComplete options={options} value={text} onChange={setText} onSelect={(value: string) => onSearch(value)} style={{ width: '100%' }}>
      <Input.Search size={size ?? 'large'} placeholder={t('searchPlaceholder')} enterButton={t('searchButton')} aria-label={t('searchPlaceholder')}
                    onSearch={(value) => onSearch(value.trim())} allowClear />
    </AutoComplete>
  );
}
