import { Button, Card, Col, List, Result, Row, Statistic, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useLang } from '../i18n';
import { KINDS, MEMBER_KINDS, label } from '../labels';
import { MissingCities } from '../components/MissingCities';
import { day } from '../format';

const CityQuery = graphql(`
  query CityMarket($id: ID!) {
    tenant(id: $id) {
      id name nameEn regionCode status
      libraryCounts { kind count }
      memberCounts { kind count }
      achievements(first: 6) { edges { node { id title publishedAt industryLabel } } }
      demands(first: 6) { edges { node { id title publishedAt industryLabel } } }
      experts(first: 6) { edges { node { id name institution } } }
    }
  }
`);

/** A city's own market (分市场): what it lists and who its members are, its newest achievements, demands and experts. */
export function CityPage() {
  const { id = '' } = useParams();
  const { t, lang } = useLang();
  const [{ data, error, fetching }] = useQuery({ query: CityQuery, variables: { id } });
  const city = data?.tenant;
  if (fetching && !data) return <Card loading />;
  if (!city) return <Result status="404" title={t('notFound')} />;
  const name = lang === 'en' ? city.nameEn : city.name;
  const column = (title: string, items: { id: string; title: string; extra?: string | null }[]) => (
    <Col xs={24} lg={8} key={title}>
      <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{title}</Typography.Title>}>
        <List dataSource={items} locale={{ emptyText: t('nothingYet') }} renderItem={(item) => (
          <List.Item><List.Item.Meta title={<Link to={`/records/${encodeURIComponent(item.id)}`}>{item.title}</Link>} description={item.extra} /></List.Item>
        )} />
      </Card>
    </Col>
  );

  return (
    <>
      <MissingCities error={error} />
      <section className="hero" aria-labelledby="city-title">
        <Typography.Title id="city-title" level={1}>{name}{t('cityMarket')}</Typography.Title>
        <span>{t('regionCode')} {city.regionCode}</span>{' '}
        <Link to={`/search?city=${city.id}`}><Button>{t('searchThisCity')}</Button></Link>
      </section>
      <Row gutter={[16, 16]}>
        {(city.libraryCounts ?? []).map((c) => (
          <Col xs={12} md={8} lg={4} key={c.kind}><Card size="small"><Link to={`/search?city=${city.id}&kind=${c.kind}`}>
            <Statistic title={label(KINDS, c.kind, lang)} value={c.count} /></Link></Card></Col>
        ))}
      </Row>
      <Typography.Paragraph style={{ marginTop: 12 }} className="muted">
        {t('members')}：{(city.memberCounts ?? []).map((c) => `${label(MEMBER_KINDS, c.kind, lang)} ${c.count}`).join(' · ') || t('nothingYet')}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {column(t('latestAchievements'), (city.achievements?.edges ?? []).map((e) => ({ id: e.node.id, title: e.node.title, extra: `${e.node.industryLabel} · ${day(e.node.publishedAt, lang)}` })))}
        {column(t('latestDemands'), (city.demands?.edges ?? []).map((e) => ({ id: e.node.id, title: e.node.title, extra: `${e.node.industryLabel} · ${day(e.node.publishedAt, lang)}` })))}
        {column(t('experts'), (city.experts?.edges ?? []).map((e) => ({ id: e.node.id, title: e.node.name, extra: e.node.institution })))}
      </Row>
    </>
  );
}
