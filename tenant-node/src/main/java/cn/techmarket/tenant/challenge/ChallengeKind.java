package cn.techmarket.tenant.challenge;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.region.City;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.demo.DemoDice;
import cn.techmarket.tenant.library.Library;
import cn.techmarket.tenant.library.LibraryFilter;
import cn.techmarket.tenant.library.LibraryKind;
import cn.techmarket.tenant.library.SearchEntry;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Criteria;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * 揭榜挂帅: challenge lists a market publishes (the province's own market above all), searchable
 * province-wide like any record; applications, reviews and the agreement follow in this package.
 */
@Configuration(proxyBeanMethods = false)
public class ChallengeKind {

    /** Never change it: every demo record of the kind would change with it. */
    private static final String DEMO_SEED = "challenge";

    public static final Library<Challenge> LIBRARY = new Library<>(RecordKind.CHALLENGE, "challenges", Challenge.class, "c");

    record ChallengeFilter(ChallengeType type, Industry industry, ChallengeStage stage) implements LibraryFilter {
        @Override
        public List<Criteria> criteria() {
            return LibraryFilter.conditions().equal("type", type).equal("industry", industry).equal("stage", stage).criteria();
        }
    }

    @Bean
    LibraryKind<Challenge> challenges() {
        return new LibraryKind<>(LIBRARY, "challenges", ChallengeInput.class, ChallengeFilter.class, List.of("stage"),
                ChallengeKind::search, ChallengeKind::demo, TEMPLATES.size());
    }

    static String globalId(HostedTenant tenant, String localId) {
        return globalId(tenant.id(), localId);
    }

    static String globalId(String tenantId, String localId) {
        return new GlobalId(tenantId, RecordKind.CHALLENGE, localId).encode();
    }

    /** Funding is the search's price; a list taking applications is available. */
    static SearchEntry search(Challenge challenge) {
        return SearchEntry.titled(challenge.title())
                .text(challenge.type().label(), challenge.stage().label(), challenge.problem(), challenge.indicators(), challenge.funder(),
                        challenge.issuer(), challenge.eligibility(), challenge.selection() == null ? null : "揭榜方：" + challenge.selection().name())
                .industry(challenge.industry())
                .terms(List.of(), challenge.funding(), null)
                .available(challenge.stage() == ChallengeStage.OPEN)
                .publishedAt(challenge.meta().publishedAt());
    }

    private record Template(ChallengeType type, Industry industry, String title, String problem, List<String> indicators, int fundingWan,
                            String funder) {
    }

    /** After the kinds of project Jilin's plan and replies name: major projects, enterprises' problems, institutes' results to carry on. */
    private static final List<Template> TEMPLATES = List.of(
            new Template(ChallengeType.GOVERNMENT_PROJECT, Industry.NEW_ENERGY, "%s重大科技专项：车用氢燃料电池电堆关键技术攻关",
                    "车用燃料电池电堆功率密度低、低温冷启动慢、寿命短，制约氢能汽车在寒区推广。",
                    List.of("电堆体积功率密度≥4.5kW/L", "-30℃无辅助冷启动", "耐久性≥15000小时", "完成整车示范运行"), 2000, "%s科学技术厅"),
            new Template(ChallengeType.GOVERNMENT_PROJECT, Industry.MODERN_AGRICULTURE, "%s重大科技专项：黑土地保护性耕作智能装备研制",
                    "东北黑土地退化，现有免耕播种机在秸秆覆盖条件下通过性差、播深一致性低。",
                    List.of("秸秆覆盖量≥1.2kg/㎡下正常作业", "播深合格率≥90%", "作业效率≥1.5公顷/小时"), 800, "%s科学技术厅"),
            new Template(ChallengeType.ENTERPRISE_DEMAND, Industry.CARBON_FIBER, "大丝束碳纤维低成本原丝制备技术",
                    "企业大丝束碳纤维原丝生产成本高、强度离散系数大，难以满足风电叶片用碳纤维的价格要求。",
                    List.of("48K原丝强度离散系数≤5%", "吨成本下降20%", "完成千吨级产线验证"), 500, "吉林化纤集团有限责任公司"),
            new Template(ChallengeType.ENTERPRISE_DEMAND, Industry.AUTOMOTIVE, "一体化压铸车身结构件免热处理铝合金开发",
                    "一体化压铸后底板件需热处理矫形，变形大、成本高。",
                    List.of("免热处理屈服强度≥120MPa", "延伸率≥10%", "通过整车碰撞验证"), 300, "一汽解放汽车有限公司"),
            new Template(ChallengeType.INSTITUTE_TRANSFORMATION, Industry.BIOMEDICINE, "人参皂苷Rg3纳米制剂中试与产业化",
                    "院所已完成人参皂苷Rg3纳米制剂实验室研究，需企业或团队承接中试放大与注册申报。",
                    List.of("完成三批次中试放大", "关键质量属性批间差≤5%", "提交临床试验申请"), 400, "%s科学技术厅"),
            new Template(ChallengeType.INSTITUTE_TRANSFORMATION, Industry.OPTOELECTRONICS, "大口径碳化硅反射镜成果转化",
                    "院所碳化硅反射镜制备技术成熟，需承接单位建设产线，面向商业航天批量供货。",
                    List.of("口径≥1m反射镜面形精度RMS≤λ/50", "年产能≥20件", "形成商业航天订单"), 1000, "%s科学技术厅"));

    static Challenge demo(City city, int index) {
        DemoDice dice = new DemoDice(city, DEMO_SEED, index);
        Template template = TEMPLATES.get(index % TEMPLATES.size());
        String market = city.isProvinceMarket() ? city.name() : city.name() + "市";
        // published this year and open a few months from now, so the demo's lists take applications and count in its figures
        LocalDate today = LocalDate.now(MarketTime.ZONE);
        LocalDate closes = today.withDayOfMonth(1).plusMonths(3 + index % 4).minusDays(1);
        Instant now = Instant.now();
        int daysThisYear = Math.max(1, today.getDayOfYear() - 1);
        return new Challenge(DemoDice.localId("c", index), dice.metaWithin(now, Math.min(60, daysThisYear)), String.format(template.title(), market), template.type(), template.industry(),
                template.problem(), template.indicators(), BigDecimal.valueOf(template.fundingWan() * 10_000L).setScale(2),
                String.format(template.funder(), market), closes.atTime(LocalTime.of(17, 0)).atZone(MarketTime.ZONE).toInstant(),
                "在" + market + "注册的企业、高校、科研院所均可揭榜，鼓励产学研联合体申报；牵头单位须为平台认证会员。",
                market + (city.isProvinceMarket() ? "科学技术厅" : "科学技术局"), ChallengeInput.STANDARD_CRITERIA, null, ChallengeStage.OPEN, null, null,
                null, null);
    }
}
