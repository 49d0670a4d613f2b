import { Button, Card, Checkbox, Col, Empty, InputNumber, List, Row, Select, Space, Tabs, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { LISTING_STATUSES, say, statusClass } from './trading/tradingLabels';
import type { Industry, InstrumentCategory, MaturityStage, RecordKind, SearchSort, TransferMode, ValueBand } from '../gql/graphql';
import { useLang } from '../i18n';
import { INDUSTRIES, KINDS, MATURITIES, TRANSFER_MODES, label } from '../labels';
import { useCityNames } from '../cities';
import { Highlighted } from '../components/Highlighted';
import { MissingCities } from '../components/MissingCities';
import { SearchBox } from '../components/SearchBox';
import { day, money } from '../format';
import { INSTRUMENT_CATEGORIES, VALUE_BANDS } from './instrument/instrumentLabels';

const SearchQuery = graphql(`
  query Search($text: String, $kind: RecordKind, $filter: SearchFilterInput, $sort: SearchSort, $after: String) {
    search(text: $text, kind: $kind, filter: $filter, sort: $sort, first: 20, after: $after) {
      total
      hits { id kind tenantId title publishedAt price available category valueBand tradeStatus noticeEndsAt bestBid highlights }
      pageInfo { hasNextPage endCursor }
      facets { city { value count } kind { value count } industry { value count } category { value count } valueBand { value count } available { value count } }
    }
  }
`);

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

/** Search results with facets; every choice is in the URL, so a search can be shared and reopened. */
export function Search() {
  const { t, lang } = useLang();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const cityName = useCityNames();
  const text = params.get('q') ?? '';
  const kind = (params.get('kind') || null) as RecordKind | null;
  const filter = {
    tenantIds: list(params.get('city')),
    industries: list(params.get('industry')) as Industry[],
    maturities: list(params.get('maturity')) as MaturityStage[],
    transferModes: list(params.get('mode')) as TransferMode[],
    priceMin: params.get('min') || null,
    priceMax: params.get('max') || null,
    categories: list(params.get('category')) as InstrumentCategory[],
    valueBands: list(params.get('band')) as ValueBand[],
    available: params.get('available') === 'true' ? true : null,
    listed: params.get('listed') === 'true' ? true : null,
  };
  const sort = (params.get('sort') || 'RELEVANCE') as SearchSort;
  const after = params.get('after');
  const [{ data, error, fetching, operation }] = useQuery({ query: SearchQuery, variables: { text: text || null, kind, filter, sort, after } });
  const results = data?.search;

  /** Changes one parameter and starts again from the first page. */
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    next.delete('after');
    setParams(next);
  };
  const facet = (title: string, key: string, values: { value: string; count: number }[], name: (value: string) => string) => (
    <Card size="small" title={<Typography.Title level={3} style={{ margin: 0, fontSize: 15 }}>{title}</Typography.Title>} style={{ marginBottom: 12 }}>
      <Checkbox.Group value={list(params.get(key))} onChange={(chosen) => set(key, (chosen as string[]).join(','))} style={{ display: 'grid', gap: 4 }}
                      options={values.map((v) => ({ value: v.value, label: `${name(v.value)} (${v.count})` }))} />
    </Card>
  );

  return (
    <>
      <div style={{ maxWidth: 720, marginBottom: 16 }}>
        <SearchBox key={text} initial={text} size="middle" onSearch={(value) => set('q', value)} />
      </div>
      <Tabs activeKey={kind ?? 'ALL'} onChange={(key) => set('kind', key === 'ALL' ? null : key)}
            items={[{ key: 'ALL', label: t('allKinds') }, ...Object.keys(KINDS).map((k) => ({ key: k, label: label(KINDS, k, lang) }))]} />
      <MissingCities error={error} />
      <Row gutter={24}>
        <Col xs={24} md={7} lg={6}>
          <aside aria-label={t('industry')}>
            {facet(t('city'), 'city', results?.facets.city ?? [], cityName)}
            {kind === 'INSTRUMENT' ? <>
              {facet(lang === 'zh' ? '仪器分类' : 'Classification', 'category', results?.facets.category ?? [], (v) => label(INSTRUMENT_CATEGORIES, v, lang))}
              {facet(lang === 'zh' ? '原值' : 'Original value', 'band', results?.facets.valueBand ?? [], (v) => label(VALUE_BANDS, v, lang))}
              <Card size="small" style={{ marginBottom: 12 }}>
                <Checkbox checked={filter.available === true} onChange={(e) => set('available', e.target.checked ? 'true' : null)}>
                  {lang === 'zh' ? '仅显示可预约' : 'Taking bookings only'} ({results?.facets.available.find((a) => a.value === 'true')?.count ?? 0})
                </Checkbox>
              </Card>
            </> : facet(t('industry'), 'industry', results?.facets.industry ?? [], (v) => label(INDUSTRIES, v, lang))}
            {(!kind || kind === 'ACHIEVEMENT') && (
              <Card size="small" style={{ marginBottom: 12 }}>
                <Checkbox checked={filter.listed === true} onChange={(e) => set('listed', e.target.checked ? 'true' : null)}>
                  {lang === 'zh' ? '仅显示挂牌中的成果' : 'Listed for sale only'}
                </Checkbox>
              </Card>
            )}
            {(!kind || kind === 'ACHIEVEMENT') && (
              <Card size="small" title={<Typography.Title level={3} style={{ margin: 0, fontSize: 15 }}>{t('maturity')}</Typography.Title>} style={{ marginBottom: 12 }}>
                <Checkbox.Group value={list(params.get('maturity'))} onChange={(chosen) => set('maturity', (chosen as string[]).join(','))}
                                options={Object.keys(MATURITIES).map((m) => ({ value: m, label: label(MATURITIES, m, lang) }))} />
              </Card>
            )}
            {kind !== 'INSTRUMENT' && (
              <Card size="small" title={<Typography.Title level={3} style={{ margin: 0, fontSize: 15 }}>{t('transferMode')}</Typography.Title>} style={{ marginBottom: 12 }}>
                <Checkbox.Group value={list(params.get('mode'))} onChange={(chosen) => set('mode', (chosen as string[]).join(','))}
                                options={Object.keys(TRANSFER_MODES).map((m) => ({ value: m, label: label(TRANSFER_MODES, m, lang) }))} />
              </Card>
            )}
            <Card size="small" title={<Typography.Title level={3} style={{ margin: 0, fontSize: 15 }}>{t('price')}</Typography.Title>}>
              <Space.Compact>
                <InputNumber aria-label={`${t('price')} min`} min={0} value={filter.priceMin ? Number(filter.priceMin) : null} onChange={(v) => set('min', v === null ? null : String(v))} />
                <InputNumber aria-label={`${t('price')} max`} min={0} value={filter.priceMax ? Number(filter.priceMax) : null} onChange={(v) => set('max', v === null ? null : String(v))} />
              </Space.Compact>
            </Card>
          </aside>
        </Col>
        {/* aria-busy: the results shown are being replaced (assistive technology waits; so do the browser tests) */}
        <Col xs={24} md={17} lg={18} className="search-results" aria-busy={fetching}>
          <Space style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }} wrap>
            {/* data-text: the words the shown results answer (the budget measurements wait for it) */}
            <span role="status" data-text={results ? operation?.variables.text ?? '' : undefined}>{results ? `${results.total} ${t('results')}` : t('loading')}</span>
            <Select aria-label={t('sort')} value={sort} onChange={(value) => set('sort', value === 'RELEVANCE' ? null : value)} style={{ width: 180 }}
                    options={[{ value: 'RELEVANCE', label: t('sortRelevance') }, { value: 'NEWEST', label: t('sortNewest') },
                      { value: 'PRICE_ASC', label: t('sortPriceAsc') }, { value: 'PRICE_DESC', label: t('sortPriceDesc') },
                      { value: 'NOTICE_ENDING', label: lang === 'zh' ? '公示截止最近' : 'Notice ending soonest' }]} />
          </Space>
          {results && results.hits.length === 0 ? <Empty description={t('noResults')} /> : (
            <List loading={fetching && !results} dataSource={results?.hits ?? []} renderItem={(hit) => (
              <List.Item>
                <List.Item.Meta
                  title={<Link to={`/records/${encodeURIComponent(hit.id)}`}>{hit.title}</Link>}
                  description={<>
                    <Space size={4} wrap style={{ marginBottom: 4 }}>
                      <Tag color="blue">{label(KINDS, hit.kind, lang)}</Tag><Tag>{cityName(hit.tenantId)}</Tag>
                      {hit.price && <Tag className="price-tag">{money(hit.price, lang)}{hit.kind === 'INSTRUMENT' && (lang === 'zh' ? '/小时' : ' an hour')}</Tag>}
                      {hit.category && <Tag>{label(INSTRUMENT_CATEGORIES, hit.category, lang)}</Tag>}
                      {hit.valueBand && <Tag>{label(VALUE_BANDS, hit.valueBand, lang)}</Tag>}
                      {hit.kind === 'INSTRUMENT' && hit.available != null && <Tag className={hit.available ? 'tag-ok' : undefined}>
                        {hit.available ? (lang === 'zh' ? '可预约' : 'Taking bookings') : (lang === 'zh' ? '暂停预约' : 'Not taking bookings')}</Tag>}
                      {hit.tradeStatus && <Tag className={statusClass(hit.tradeStatus)}>{say(LISTING_STATUSES, hit.tradeStatus, lang)}</Tag>}
                      {hit.tradeStatus === 'LISTED' && hit.noticeEndsAt && <span>{lang === 'zh' ? '公示截止' : 'Notice ends'} {day(hit.noticeEndsAt, lang)}</span>}
                      {hit.bestBid && <span>{lang === 'zh' ? '当前最高价' : 'Best bid'} {money(hit.bestBid, lang)}</span>}
                      <span className="muted">{day(hit.publishedAt, lang)}</span>
                    </Space>
                    {hit.highlights.map((highlight, index) => <div key={index} className="highlight"><Highlighted html={highlight} /></div>)}
                  </>} />
              </List.Item>
            )} />
          )}
          <Space style={{ marginTop: 16 }}>
            {after && <Button onClick={() => set('after', null)}>{t('firstPage')}</Button>}
            {results?.pageInfo.hasNextPage && (
              <Button type="primary" onClick={() => {
                const next = new URLSearchParams(params);
                next.set('after', results.pageInfo.endCursor ?? '');
                navigate(`/search?${next.toString()}`);
              }}>{t('nextPage')}</Button>
            )}
          </Space>
        </Col>
      </Row>
    </>
  );
}
