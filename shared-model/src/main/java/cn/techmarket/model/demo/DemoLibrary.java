package cn.techmarket.model.demo;

import cn.techmarket.model.demo.Topics.Topic;
import cn.techmarket.model.record.Achievement;
import cn.techmarket.model.record.Contact;
import cn.techmarket.model.record.Demand;
import cn.techmarket.model.record.Expert;
import cn.techmarket.model.record.FinancingInstitution;
import cn.techmarket.model.record.FinancingProduct;
import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.Lifecycle;
import cn.techmarket.model.record.MaturityStage;
import cn.techmarket.model.record.Patent;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.record.RecordMeta;
import cn.techmarket.model.record.ServiceInstitution;
import cn.techmarket.model.record.TransferMode;
import cn.techmarket.model.region.City;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Deterministic, realistic demo records for one city's resource library: the same city and
 * index always give the same record, so demo data, tests and benchmarks agree at any scale,
 * from a handful of records to 100,000+ per tenant (records are generated lazily).
 */
public final class DemoLibrary {

    /** Demo records are dated within the year before this instant. */
    private static final Instant EPOCH = Instant.parse("2024-06-30T00:00:00Z");
    private static final String AUTHOR = "demo-loader";
    private static final List<Industry> INDUSTRIES = List.copyOf(Topics.BY_INDUSTRY.keySet().stream().sorted().toList());

    private final City city;

    public DemoLibrary(City city) {
        this.city = city;
    }

    public Stream<Achievement> achievements(int count) {
        return IntStream.range(0, count).mapToObj(this::achievement);
    }

    public Stream<Demand> demands(int count) {
        return IntStream.range(0, count).mapToObj(this::demand);
    }

    public Stream<Expert> experts(int count) {
        return IntStream.range(0, count).mapToObj(this::expert);
    }

    public Stream<FinancingInstitution> financingInstitutions(int count) {
        return IntStream.range(0, count).mapToObj(this::financingInstitution);
    }

    public Stream<ServiceInstitution> serviceInstitutions(int count) {
        return IntStream.range(0, count).mapToObj(this::serviceInstitution);
    }

    public Achievement achievement(int index) {
        SplittableRandom random = random(RecordKind.ACHIEVEMENT, index);
        Topic topic = topic(random);
        Industry industry = topic.industry();
        String institution = pick(random, Topics.INSTITUTIONS);
        String title = topic.subject() + pick(random, Topics.TITLE_SUFFIXES);
        MaturityStage maturity = pick(random, List.of(MaturityStage.values()));
        List<Patent> patents = new ArrayList<>();
        for (int p = 0, n = random.nextInt(3); p < n; p++) {
            patents.add(new Patent("ZL" + (2015 + random.nextInt(9)) + "1" + String.format("%07d", random.nextInt(10_000_000)) + "." + random.nextInt(10),
                    pick(random, List.of(Patent.PatentType.values())),
                    random.nextInt(5) == 0 ? Patent.PatentStatus.PENDING : Patent.PatentStatus.GRANTED));
        }
        BigDecimal price = random.nextInt(4) == 0 ? null
                : BigDecimal.valueOf(5 + random.nextInt(500)).multiply(BigDecimal.valueOf(10_000)).setScale(2);
        return new Achievement(
                localId("a", index), meta(random),
                title,
                institution + "研发的" + title + "，面向" + industry.label() + "产业，已完成" + maturity.label() + "阶段验证。",
                "本成果针对" + topic.problem() + "等问题，围绕" + String.join("、", topic.keywords())
                        + "开展系统研究，形成了具有自主知识产权的核心技术，可在" + city.name() + "及全省相关企业推广应用。",
                industry, topic.keywords(), maturity, patents, institution,
                List.of(personName(random), personName(random)),
                pickSome(random, List.of(TransferMode.values())),
                price,
                contact(random));
    }

    public Demand demand(int index) {
        SplittableRandom random = random(RecordKind.DEMAND, index);
        Topic topic = topic(random);
        Industry industry = topic.industry();
        String enterprise = pick(random, Topics.ENTERPRISES);
        BigDecimal min = BigDecimal.valueOf(10 + random.nextInt(200)).multiply(BigDecimal.valueOf(10_000)).setScale(2);
        BigDecimal max = min.multiply(BigDecimal.valueOf(2 + random.nextInt(3)));
        LocalDate deadline = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(540));
        Contact contact = contact(random);
        // drawn last, so the fields above stay what they were before demands had them
        MaturityStage minMaturity = pick(random, Arrays.asList(null, MaturityStage.BENCH, MaturityStage.PILOT, MaturityStage.INDUSTRIAL));
        List<TransferMode> transferModes = random.nextInt(3) == 0 ? List.of() : pickSome(random, List.of(TransferMode.values()));
        return new Demand(
                localId("d", index), meta(random),
                "寻求" + topic.subject() + "技术合作",
                enterprise + "在生产中面临" + topic.problem() + "的问题，希望引进" + String.join("、", topic.keywords()) + "相关技术。",
                industry,
                "形成可量产的" + topic.subject() + "方案，关键指标达到国内先进水平",
                min, max, deadline,
                enterprise,
                enterprise + "是吉林省" + industry.label() + "领域的重点企业，设有省级企业技术中心。",
                contact, minMaturity, transferModes);
    }

    public Expert expert(int index) {
        SplittableRandom random = random(RecordKind.EXPERT, index);
        Topic topic = topic(random);
        Industry field = topic.industry();
        String institution = pick(random, Topics.INSTITUTIONS);
        String title = pick(random, Topics.EXPERT_TITLES);
        return new Expert(
                localId("e", index), meta(random),
                personName(random), institution, title,
                List.of(field),
                institution + title + "，长期从事" + String.join("、", topic.keywords()) + "方向研究，主持国家及省级科研项目多项。",
                List.of(topic.subject() + "研究"),
                random.nextInt(5) != 0);
    }

    public FinancingInstitution financingInstitution(int index) {
        SplittableRandom random = random("financing", index);
        FinancingInstitution.InstitutionType type = pick(random, List.of(FinancingInstitution.InstitutionType.values()));
        String name = pick(random, Topics.FINANCIERS) + city.name() + pick(random, Topics.BRANCH_SUFFIXES);
        List<FinancingProduct> products = new ArrayList<>();
        for (int p = 0, n = 1 + random.nextInt(3); p < n; p++) {
            BigDecimal min = BigDecimal.valueOf(10 + random.nextInt(90)).multiply(BigDecimal.valueOf(10_000)).setScale(2);
            BigDecimal rate = BigDecimal.valueOf(300 + random.nextInt(300), 2);
            FinancingProduct.ProductType productType = switch (type) {
                case VENTURE_CAPITAL -> FinancingProduct.ProductType.EQUITY;
                case INSURANCE -> FinancingProduct.ProductType.INSURANCE;
                case GUARANTEE -> FinancingProduct.ProductType.GUARANTEE;
                default -> FinancingProduct.ProductType.LOAN;
            };
            products.add(new FinancingProduct(
                    pick(random, Topics.PRODUCT_NAMES) + (p + 1) + "号", productType,
                    min, min.multiply(BigDecimal.valueOf(10 + random.nextInt(40))),
                    productType == FinancingProduct.ProductType.EQUITY ? null : rate,
                    productType == FinancingProduct.ProductType.EQUITY ? null : rate.add(BigDecimal.valueOf(150, 2)),
                    12 * (1 + random.nextInt(5)),
                    List.of(pick(random, INDUSTRIES), pick(random, INDUSTRIES)).stream().distinct().toList(),
                    pickSome(random, List.of(FinancingProduct.EnterpriseStage.values()))));
        }
        return new FinancingInstitution(localId("f", index), meta(random), name, type,
                name + "面向科技型中小企业提供" + type.label() + "服务，支持成果转化与产业化项目。", products, contact(random));
    }

    public ServiceInstitution serviceInstitution(int index) {
        SplittableRandom random = random("service", index);
        ServiceInstitution.ServiceType type = pick(random, List.of(ServiceInstitution.ServiceType.values()));
        String name = city.name() + pick(random, Topics.SERVICE_NAME_STEMS) + type.label() + "中心";
        return new ServiceInstitution(localId("s", index), meta(random), name, type,
                name + "为企业、高校和科研院所提供" + type.label() + "服务。",
                List.of(type.label() + "咨询", "成果评价", "技术合同登记辅导"),
                List.of(pick(random, INDUSTRIES)),
                random.nextBoolean() ? "国家技术转移示范机构" : "省级技术转移服务机构",
                contact(random));
    }

    /**
     * The technology topic a demo achievement, demand or expert was made from: the ground truth of
     * matching, since a demand is truly met by what shares its topic (and fits its constraints).
     */
    public String topic(RecordKind kind, int index) {
        return topic(random(kind, index)).subject();
    }

    private static Topic topic(SplittableRandom random) {
        Industry industry = pick(random, INDUSTRIES);
        return pick(random, Topics.BY_INDUSTRY.get(industry));
    }

    private RecordMeta meta(SplittableRandom random) {
        Instant created = EPOCH.minus(random.nextInt(365 * 24), ChronoUnit.HOURS);
        return RecordMeta.draft(city.tenantId(), AUTHOR, created).changed(Lifecycle.PUBLISHED, AUTHOR, created.plus(1, ChronoUnit.HOURS));
    }

    private SplittableRandom random(RecordKind kind, int index) {
        return random(switch (kind) {
            case ACHIEVEMENT -> "achievement";
            case DEMAND -> "demand";
            case EXPERT -> "expert";
            case FINANCING_INSTITUTION -> "financing";
            case SERVICE_INSTITUTION -> "service";
        }, index);
    }

    private SplittableRandom random(String kind, int index) {
        return new SplittableRandom(((long) city.regionCode().hashCode() << 32) ^ (kind.hashCode() * 31L + index));
    }

    private static String localId(String prefix, int index) {
        return prefix + String.format("%07d", index);
    }

    private Contact contact(SplittableRandom random) {
        return new Contact(personName(random), "0431-" + (80000000 + random.nextInt(9999999)),
                "contact" + random.nextInt(100000) + "@example.cn");
    }

    private static String personName(SplittableRandom random) {
        return pick(random, Topics.SURNAMES) + pick(random, Topics.GIVEN_NAMES);
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> List<T> pickSome(SplittableRandom random, List<T> values) {
        List<T> picked = new ArrayList<>();
        for (T value : values) {
            if (random.nextBoolean()) {
                picked.add(value);
            }
        }
        return picked.isEmpty() ? List.of(values.get(0)) : picked;
    }
}
