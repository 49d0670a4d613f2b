import { AutoComplete, Input } from 'antd';
import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useLang } from '../i18n';

const SuggestQuery = graphql(`
  query Suggest($prefix: String!) {
    suggest(prefix: $prefix, first: 8)
  }
`);

/**
 * A search box that suggests titles as one types. Enter searches the words typed; a suggestion is
 * searched when it is chosen, with a click or the arrow keys then enter. (The combobox underneath
 * would otherwise take, on enter, a suggestion that merely begins with the typed words.)
 */
export function SearchBox({ initial, onSearch, size }: { initial?: string; onSearch: (text: string) => void; size?: 'large' | 'middle' }) {
  const { t } = useLang();
  const [text, setText] = useState(initial ?? '');
  const enter = useRef(false);
  const arrowed = useRef(false);
  const prefix = text.trim();
  const [{ data }] = useQuery({ query: SuggestQuery, variables: { prefix }, pause: prefix.length === 0 });
  const options = (prefix ? data?.suggest ?? [] : []).map((title) => ({ value: title, label: title }));
  const typedOnly = () => enter.current && !arrowed.current;
  return (
    <div onKeyDownCapture={(event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') arrowed.current = true;
      if (event.key !== 'Enter') return;
      // what enter does happens while its key is down: the select's choice, then the search
      enter.current = true;
      setTimeout(() => { enter.current = false; });
    }}>
      <AutoComplete options={options} value={text} style={{ width: '100%' }} defaultActiveFirstOption={false}
                    onChange={(value: string) => { if (!typedOnly()) setText(value); }}
                    onSearch={() => { arrowed.current = false; }}
                    onSelect={(value: string) => { if (!typedOnly()) onSearch(value); }}>
        <Input.Search size={size ?? 'large'} placeholder={t('searchPlaceholder')} enterButton={t('searchButton')} aria-label={t('searchPlaceholder')}
                      onSearch={(value) => { if (!(enter.current && arrowed.current)) onSearch(value.trim()); }} allowClear />
      </AutoComplete>
    </div>
  );
}
