package cn.techmarket.tenant.member;

import cn.techmarket.model.contract.PartyCodes;
import cn.techmarket.model.member.BrokerLevel;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.model.member.MembershipStatus;
import cn.techmarket.model.record.Industry;
import cn.techmarket.model.region.City;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.library.ContactInput;
import cn.techmarket.tenant.library.LibraryKind;
import cn.techmarket.tenant.library.LibraryKinds;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.LibraryWriter;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.library.RecordMeta;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A city's demo members, for the demo loader: a verified enterprise, university, bank and broker,
 * and an application still waiting, each owned by the demo realm's person of the same name
 * ({@code changchun-enterprise}, …, {@code changchun-applicant}), so that a newcomer can sign in
 * as each of them.
 */
@Component
public class MemberDemo {

    private static final Logger log = LoggerFactory.getLogger(MemberDemo.class);

    private final MemberStore store;
    private final LibraryKinds kinds;
    private final LibraryWriter writer;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MemberDemo(MemberStore store, LibraryKinds kinds, LibraryWriter writer, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.kinds = kinds;
        this.writer = writer;
        this.clock = clock;
    }

    /** Adds the demo members unless the city already has members. */
    public void loadDemo(HostedTenant tenant) {
        store.ensureIndexes(tenant);
        if (store.count(tenant) > 0) {
            log.info("{}: members already held, demo members not loaded", tenant.id());
            return;
        }
        String city = shortName(tenant.city());
        String region = tenant.city().regionCode();
        Instant applied = clock.instant().minus(Duration.ofDays(30));
        String operator = tenant.id() + "-operator";
        List<Member> members = List.of(
                verified(tenant, "enterprise", new MembershipApplicationInput(MemberKind.ENTERPRISE, city + "华创新材料科技有限公司",
                        PartyCodes.withCheck("91" + region + "MC0000001"), region, city + "高新区创新路88号",
                        contact("李经理"), List.of(Industry.CHEMICAL_NEW_MATERIALS, Industry.CARBON_FIBER),
                        "专注石墨烯导热材料与复合材料的研发和生产，国家高新技术企业。", null, List.of()), applied, operator),
                verified(tenant, "university", new MembershipApplicationInput(MemberKind.UNIVERSITY, city + "理工学院",
                        PartyCodes.withCheck("12" + region + "MC0000002"), region, city + "学府路1号",
                        contact("技术转移办公室"), List.of(Industry.OPTOELECTRONICS, Industry.INFORMATION_TECHNOLOGY),
                        "设有技术转移中心，面向企业开展成果转化与联合攻关。", null, List.of()), applied, operator),
                verified(tenant, "bank", new MembershipApplicationInput(MemberKind.FINANCING_INSTITUTION, bankName(tenant.city()),
                        PartyCodes.withCheck("91" + region + "MC0000003"), region, city + "金融街6号",
                        contact("科技金融部"), List.of(), "提供知识产权质押贷款、科技信用贷款。", null, List.of()), applied, operator),
                verified(tenant, "broker", new MembershipApplicationInput(MemberKind.BROKER, "王明",
                        PartyCodes.residentIdWithCheck(region + "19850312001"), region, null,
                        contact("王明"), List.of(Industry.ADVANCED_EQUIPMENT),
                        "从事技术转移八年，促成校企合作项目三十余项。",
                        new MembershipApplicationInput.BrokerCertificateInput("JSJJR-2024-" + region + "-001", BrokerLevel.INTERMEDIATE,
                                city + "技术转移中心"), List.of()), applied, operator),
                new MembershipApplicationInput(MemberKind.ENTERPRISE, city + "智能装备有限公司",
                        PartyCodes.withCheck("91" + region + "MC0000005"), region, city + "经开区装备路18号",
                        contact("张总"), List.of(Industry.ADVANCED_EQUIPMENT), "工业机器人集成与智能产线改造。", null, List.of())
                        .toMember(id("applicant"), tenant.id(), tenant.id() + "-applicant", clock.instant().minus(Duration.ofDays(2))));
        members.forEach(member -> store.documents().insert(tenant, member));
        otherEnterprises(tenant, city, applied, operator).forEach(member -> store.documents().insert(tenant, member));
        // the enterprise publishes a demand and drafts an achievement; the university publishes an achievement;
        listing(tenant, RecordKind.DEMAND, 0, members.get(0), Lifecycle.PUBLISHED);
        listing(tenant, RecordKind.ACHIEVEMENT, 0, members.get(0), Lifecycle.DRAFT);
        listing(tenant, RecordKind.ACHIEVEMENT, 1, members.get(1), Lifecycle.PUBLISHED);
        log.info("{}: loaded {} demo members and their listings", tenant.id(), members.size());
        events.publishEvent(new DemoMembersLoaded(tenant));
    }

    /** Fields of the city's other demo enterprises, with the industry each works in. */
    private static final List<Map.Entry<String, Industry>> FIELDS = List.of(
            Map.entry("光电科技", Industry.OPTOELECTRONICS), Map.entry("精密机械", Industry.ADVANCED_EQUIPMENT),
            Map.entry("生物医药", Industry.BIOMEDICINE), Map.entry("新材料", Industry.CHEMICAL_NEW_MATERIALS),
            Map.entry("智能装备", Industry.ADVANCED_EQUIPMENT), Map.entry("农业科技", Industry.AGRI_FOOD_PROCESSING),
            Map.entry("碳纤维制品", Industry.CARBON_FIBER), Map.entry("汽车零部件", Industry.AUTOMOTIVE),
            Map.entry("软件技术", Industry.INFORMATION_TECHNOLOGY), Map.entry("新能源科技", Industry.NEW_ENERGY),
            Map.entry("环保科技", Industry.ENERGY_SAVING_ENVIRONMENT), Map.entry("医疗器械", Industry.BIOMEDICINE));
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙");
    private static final List<String> BRANDS = List.of("瑞光", "华泰", "启元", "博达", "远创", "恒信", "鼎源", "卓通", "新宏", "宏科", "德润", "凯盛");

    /**
     * The city's other verified enterprises (demo-enterprise-01 …): who else files financing needs,
     * exhibits and attends activities. Their people cannot sign in; the demo people act for the five above.
     */
    private List<Member> otherEnterprises(HostedTenant tenant, String city, Instant applied, String operator) {
        String region = tenant.city().regionCode();
        List<Member> enterprises = new java.util.ArrayList<>();
        for (int i = 1; i <= FIELDS.size(); i++) {
            Map.Entry<String, Industry> field = FIELDS.get(i - 1);
            String name = city + BRANDS.get(i - 1) + field.getKey() + "有限公司";
            String who = String.format("enterprise-%02d", i);
            enterprises.add(verified(tenant, who, new MembershipApplicationInput(MemberKind.ENTERPRISE, name,
                    PartyCodes.withCheck("91" + region + "MC1" + String.format("%06d", i)), region, city + "高新区科技大街" + (100 + i) + "号",
                    contact(SURNAMES.get(i % SURNAMES.size()) + "经理"), List.of(field.getValue()),
                    "从事" + field.getValue().label() + "领域产品研发与生产的科技型中小企业。", null, List.of()),
                    applied.minus(Duration.ofDays(30L * i)), operator));
        }
        return enterprises;
    }

    /** The demo bank's name in the city, e.g. 长春农村商业银行科技支行. */
    public static String bankName(City city) {
        return shortName(city) + "农村商业银行科技支行";
    }

    private static String shortName(City city) {
        return city.name().replaceFirst("(市|州|朝鲜族自治州)$", "");
    }

    /** One of the kind's demo records, as the member's own, in the lifecycle given. */
    private void listing(HostedTenant tenant, RecordKind kind, int index, Member owner, Lifecycle lifecycle) {
        importOwned(tenant, kinds.of(kind), index, owner, lifecycle);
    }

    private <R extends LibraryRecord> void importOwned(HostedTenant tenant, LibraryKind<R> kind, int index, Member owner, Lifecycle lifecycle) {
        // far beyond the kind's own demo records, so that it is a record of its own
        R record = kind.demo().record(tenant.city(), 900_000 + index);
        RecordMeta base = record.meta();
        String person = owner.users().get(0).subject();
        RecordMeta meta = new RecordMeta(tenant.id(), lifecycle, base.version(), 0, base.createdAt(), person, base.updatedAt(), person,
                lifecycle == Lifecycle.PUBLISHED ? base.publishedAt() : null, owner.globalId(), null);
        writer.importInOrder(tenant, kind.library(), List.of(kind.library().type().cast(record.withMeta(meta))));
    }

    private static Member verified(HostedTenant tenant, String who, MembershipApplicationInput application, Instant applied, String operator) {
        return application.toMember(id(who), tenant.id(), tenant.id() + "-" + who, applied)
                .moved(MembershipStatus.VERIFIED, operator, applied.plus(Duration.ofDays(2)), null);
    }

    /** Stable ids, so the demo members are the same records after every start. */
    private static String id(String who) {
        return "demo-" + who;
    }

    private static ContactInput contact(String name) {
        return new ContactInput(name, "0431-8888" + String.format("%04d", Math.abs(name.hashCode()) % 10000), null);
    }
}
