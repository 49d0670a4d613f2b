package cn.techmarket.tenant.challenge;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.model.region.City;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.model.region.Provinces;
import cn.techmarket.tenant.demo.DemoLibraryLoaded;
import cn.techmarket.tenant.demo.DemoDice;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * The demo's applications at a province market's first list: Changchun's demo university alone, and
 * Jilin's demo university leading Changchun's demo enterprise, each the demo realm's person of
 * that member ({@code changchun-university} …), so that a demo user sees their own.
 */
@Component
class ChallengeDemo {

    private final Clock clock;

    ChallengeDemo(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void load(DemoLibraryLoaded loaded) {
        HostedTenant tenant = loaded.tenant();
        if (!tenant.city().isProvinceMarket() || tenant.mongo().getCollection(ChallengeApplications.DOCUMENTS.collection()).estimatedDocumentCount() > 0) {
            return;
        }
        Challenge list = tenant.mongo().findById(DemoDice.localId("c", 0), Challenge.class, ChallengeKind.LIBRARY.collection());
        if (list == null) {
            return;
        }
        List<City> cities = Provinces.JILIN;
        City changchun = cities.get(0);
        City jilin = cities.get(1);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, MarketTime.ZONE);
        List<ChallengeApplication.PlannedMilestone> plan = List.of(
                new ChallengeApplication.PlannedMilestone("样机研制", "样机及第三方测试报告", today.plusMonths(6), 40),
                new ChallengeApplication.PlannedMilestone("示范应用", "示范运行报告与用户证明", today.plusMonths(18), 60));
        ChallengeApplication solo = new ChallengeApplication("demo-solo", tenant.id(), list.id(), 1,
                party(changchun, "university", "长春理工学院", MemberKind.UNIVERSITY, now.minus(3, ChronoUnit.DAYS)), List.of(),
                List.of(new ChallengeApplication.TeamMember("刘建华", "教授", "长春理工学院", "项目负责人"),
                        new ChallengeApplication.TeamMember("赵丽", "副教授", "长春理工学院", "技术骨干")),
                "以自主研发的低铂催化剂为核心，联合整车企业开展寒区验证。", list.funding().multiply(BigDecimal.valueOf(0.9)), plan, List.of(), List.of(),
                Set.of(changchun.tenantId() + "-university"), null, now.minus(3, ChronoUnit.DAYS), now.minus(3, ChronoUnit.DAYS));
        ChallengeApplication consortium = new ChallengeApplication("demo-consortium", tenant.id(), list.id(), 1,
                party(jilin, "university", "吉林理工学院", MemberKind.UNIVERSITY, now.minus(2, ChronoUnit.DAYS)),
                List.of(party(changchun, "enterprise", "长春华创新材料科技有限公司", MemberKind.ENTERPRISE, now.minus(1, ChronoUnit.DAYS))),
                List.of(new ChallengeApplication.TeamMember("王海", "研究员", "吉林理工学院", "项目负责人"),
                        new ChallengeApplication.TeamMember("李经理", "高级工程师", "长春华创新材料科技有限公司", "工程化负责人")),
                "高校负责电堆设计与材料，企业负责批量制造与整车集成，分两阶段完成攻关。", list.funding(), plan, List.of(), List.of(),
                Set.of(jilin.tenantId() + "-university", changchun.tenantId() + "-enterprise"), null, now.minus(2, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.DAYS));
        tenant.mongo().insert(List.of(solo, consortium), ChallengeApplications.DOCUMENTS.collection());
    }

    private static ChallengeApplication.Party party(City city, String who, String name, MemberKind kind, Instant at) {
        return new ChallengeApplication.Party(new TypedId(city.tenantId(), "Member", "demo-" + who).encode(), city.tenantId(), name, kind,
                city.tenantId() + "-" + who, at);
    }
}
