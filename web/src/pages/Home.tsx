import { Card, Col, List, Row, Statistic, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useLang } from '../i18n';
import { KINDS, label } from '../labels';
import { useCities, useCityNames } from '../cities';
import { MissingCities } from '../components/MissingCities';
import { SearchBox } from '../components/SearchBox';
import { day } from '../format';

const HomeQuery = graphql(`
  query Home {
    province {
      libraryCounts { tenantId kind count }
      memberCounts { tenantId count }
      achievements(first: 8) { edges { node { ... on Achievement { id title tenantId publishedAt industryLabel } } } }
      demands(first: 8) { edges { node { ... on Demand { id title tenantId publishedAt industryLabel } } } }
    }
  }
`);

/** The portal's front page: the province's totals, the newest listings of every city, a search box. */
export function Home() {
  const { t, lang } = useLang();
  const navigate = useNavigate();
  const cities = useCities();
  const cityName = useCityNames();
  const [{ data, error }] = useQuery({ query: HomeQuery });
  const counts = data?.province.libraryCounts ?? [];
  const total = (kind: string) => counts.filter((c) => c.kind === kind).reduce((sum, c) => sum + c.count, 0);
  const members = (data?.province.memberCounts ?? []).reduce((sum, c) => sum + c.count, 0);
  const latest = (edges: { node: { id: string; title: string; tenantId: string; publishedAt?: string | null; industryLabel: string } | object }[] | undefined) =>
    (edges ?? []).map((edge) => edge.node).filter((node): node is { id: string; title: string; tenantId: string; publishedAt?: string | null; industryLabel: string } => 'id' in node);

  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <Typography.Title id="hero-title" level={1}>{t('brand')}</Typography.Title>
        <SearchBox onSearch={(text) => navigate(`/search?q=${encodeURIComponent(text)}`)} />
      </section>
      <MissingCities error={error} />
      <Typography.Title level={2} className="section-title">{t('provinceTotals')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {['ACHIEVEMENT', 'DEMAND', 'EXPERT', 'FINANCING_INSTITUTION', 'SERVICE_INSTITUTION'].map((kind) => (
          <Col xs={12} md={8} lg={4} key={kind}>
            <Card size="small"><Link to={`/search?kind=${kind}`}><Statistic title={label(KINDS, kind, lang)} value={total(kind)} /></Link></Card>
          </Col>
        ))}
        <Col xs={12} md={8} lg={4}><Card size="small"><Statistic title={t('members')} value={members} /></Card></Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {[{ title: t('latestAchievements'), items: latest(data?.province.achievements.edges) },
          { title: t('latestDemands'), items: latest(data?.province.demands.edges) }].map((column) => (
          <Col xs={24} lg={12} key={column.title}>
            <Card title={<Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>{column.title}</Typography.Title>}>
              <List dataSource={column.items} locale={{ emptyText: t('nothingYet') }} renderItem={(item) => (
                <List.Item extra={<span className="muted">{day(item.publishedAt, lang)}</span>}>
                  <List.Item.Meta title={<Link to={`/records/${encodeURIComponent(item.id)}`}>{item.title}</Link>}
                                  description={<><Tag>{cityName(item.tenantId)}</Tag>{item.industryLabel}</>} />
                </List.Item>
              )} />
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Title level={2} className="section-title">{t('cityMarkets')}</Typography.Title>
      <div className="cities">
        {cities.map((city) => {
          const records = counts.filter((c) => c.tenantId === city.id).reduce((sum, c) => sum + c.count, 0);
          return <Link key={city.id} to={`/cities/${city.id}`} className="city-link">{lang === 'en' ? city.nameEn : city.name}<span className="muted"> {records}</span></Link>;
        })}
      </div>
    </>
  );
}
