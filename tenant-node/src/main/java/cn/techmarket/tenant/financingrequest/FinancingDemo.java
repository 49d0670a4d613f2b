package cn.techmarket.tenant.financingrequest;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.demo.DemoDice;
import cn.techmarket.tenant.financing.BankInstitutionDemo;
import cn.techmarket.tenant.financing.FinancingInstitution;
import cn.techmarket.tenant.financing.FinancingProduct;
import cn.techmarket.tenant.member.DemoMembersLoaded;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.MemberDemo;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The demo's bank–enterprise financing: a year of the city's enterprises' requests, at the scale
 * the seeds report (Jilin: 39 enterprises with 7.6 亿 of financing intentions from two sessions),
 * sent to the city's demo bank and, every other one, to the bank of another city this node hosts.
 * Each institution's answers are spread over the weeks after the request, as a real one's would
 * be; the newest requests are still being answered.
 */
@Component
class FinancingDemo {

    private static final Logger log = LoggerFactory.getLogger(FinancingDemo.class);
    static final int REQUESTS = 16;
    private static final List<String> PURPOSES = List.of("中试线建设", "新产品量产", "研发中心建设", "设备更新改造", "成果转化产业化", "市场推广与流动资金");
    private static final List<FinancingRequest.Collateral> COLLATERALS = List.of(FinancingRequest.Collateral.CREDIT,
            FinancingRequest.Collateral.RECEIVABLES, FinancingRequest.Collateral.GUARANTEE, FinancingRequest.Collateral.EQUIPMENT,
            FinancingRequest.Collateral.REAL_ESTATE);
    private static final List<String> DECLINES = List.of("企业近两年经营性现金流不足，暂不符合授信条件", "抵押物评估价值不足，建议补充担保措施",
            "项目处于研发早期，建议先申请天使投资或科技专项资金");

    private final Members members;
    private final HostedTenants tenants;
    private final Clock clock;

    FinancingDemo(Members members, HostedTenants tenants, Clock clock) {
        this.members = members;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** After the members' own demo, unless the city already has financing requests. */
    @EventListener
    @Order(150)
    void loadDemo(DemoMembersLoaded loaded) {
        HostedTenant tenant = loaded.tenant();
        if (tenant.city().isProvinceMarket() || tenant.mongo().count(new Query(), FinancingRequests.DOCUMENTS.collection()) > 0) {
            return;
        }
        List<Member> enterprises = members.verified(tenant, MemberKind.ENTERPRISE).stream().sorted(Comparator.comparing(Member::id)).toList();
        if (enterprises.isEmpty()) {
            return;
        }
        List<HostedTenant> others = tenants.all().stream().filter(other -> !other.id().equals(tenant.id()) && !other.city().isProvinceMarket()).toList();
        Instant now = clock.instant();
        for (int i = 0; i < REQUESTS; i++) {
            FinancingRequest request = request(tenant, enterprises.get(i % enterprises.size()), others, i, now);
            tenant.mongo().insert(request, FinancingRequests.DOCUMENTS.collection());
        }
        log.info("{}: loaded {} demo financing requests", tenant.id(), REQUESTS);
    }

    private FinancingRequest request(HostedTenant tenant, Member enterprise, List<HostedTenant> others, int i, Instant now) {
        DemoDice dice = new DemoDice(tenant.city(), "financing-request", i);
        Instant filed = now.minus(Duration.ofDays(360 - 22L * i)).minus(Duration.ofHours(dice.nextInt(48)));
        BigDecimal amount = BigDecimal.valueOf(50 + dice.nextInt(60) * 50L).multiply(BigDecimal.valueOf(10_000)).setScale(2);
        String person = enterprise.users().isEmpty() ? tenant.id() + "-operator" : enterprise.users().get(0).subject();
        List<FinancingRequest.Track> tracks = new ArrayList<>();
        tracks.add(track(tenant, tenant, amount, filed, i, now));
        if (i % 2 == 1 && !others.isEmpty()) {
            // the other city's bank answers more slowly, and declines what the first bank took
            tracks.add(track(tenant, others.get(i % others.size()), amount, filed.plus(Duration.ofDays(1)), i % 5 < 3 ? 3 : 4, now));
        }
        boolean funded = tracks.stream().anyMatch(track -> track.status() == FinancingRequest.TrackStatus.DISBURSED);
        boolean withdrawn = !funded && i == 9;
        List<FinancingRequest.Transition> history = new ArrayList<>();
        history.add(new FinancingRequest.Transition(filed, person, null, FinancingRequest.Status.OPEN, null));
        Instant last = tracks.stream().map(FinancingRequest.Track::updatedAt).max(Comparator.naturalOrder()).orElse(filed);
        FinancingRequest.Status status = FinancingRequest.Status.OPEN;
        if (funded) {
            status = FinancingRequest.Status.FUNDED;
            history.add(new FinancingRequest.Transition(last, tenant.id() + "-bank", FinancingRequest.Status.OPEN, status, null));
        } else if (withdrawn) {
            status = FinancingRequest.Status.WITHDRAWN;
            last = last.plus(Duration.ofDays(2));
            history.add(new FinancingRequest.Transition(last, person, FinancingRequest.Status.OPEN, status, "已通过股东增资解决资金需求"));
        }
        return new FinancingRequest(String.format("demo-financing-%02d", i), tenant.id(), 1 + tracks.stream().mapToLong(t -> t.steps().size()).sum(),
                enterprise.globalId(), enterprise.name(), enterprise.name().replaceFirst("有限公司$", "") + dice.pick(PURPOSES) + "项目", amount,
                "用于" + dice.pick(PURPOSES) + "，预计投产后年新增销售收入" + (amount.intValue() / 5_000) + "万元。", 12 * (1 + dice.nextInt(3)),
                dice.pick(List.of(FinancingProduct.EnterpriseStage.STARTUP, FinancingProduct.EnterpriseStage.GROWTH, FinancingProduct.EnterpriseStage.MATURE)),
                enterprise.industries().isEmpty() ? DemoDice.INDUSTRIES.get(0) : enterprise.industries().get(0),
                List.of(dice.pick(COLLATERALS)), null, List.of(), null, null, status, withdrawn ? "已通过股东增资解决资金需求" : null, List.copyOf(tracks),
                List.copyOf(history), filed, person, last.isAfter(now) ? now : last);
    }

    /**
     * The bank of the city's track, its answers by the request's number: 0–2 of every five approved
     * and paid out, 3 declined, 4 still under due diligence; each step only once its day has come.
     */
    private static FinancingRequest.Track track(HostedTenant tenant, HostedTenant bankCity, BigDecimal amount, Instant sent, int i, Instant now) {
        String institution = cn.techmarket.model.id.GlobalId.encode(bankCity.id(), "FinancingInstitution", BankInstitutionDemo.LOCAL_ID);
        String member = new TypedId(bankCity.id(), Member.TYPE_NAME, "demo-bank").encode();
        String actor = bankCity.id() + "-bank";
        List<FinancingRequest.Step> steps = new ArrayList<>();
        steps.add(new FinancingRequest.Step(sent, tenant.id() + "-enterprise", null, FinancingRequest.TrackStatus.SENT, null));
        FinancingRequest.TrackStatus status = FinancingRequest.TrackStatus.SENT;
        FinancingRequest.Terms approved = null;
        FinancingRequest.Disbursement disbursement = null;
        String declined = null;
        int outcome = i % 5;
        List<Object[]> plan = new ArrayList<>();
        plan.add(new Object[]{FinancingRequest.TrackStatus.INTERESTED, 3});
        plan.add(new Object[]{FinancingRequest.TrackStatus.DUE_DILIGENCE, 8});
        if (outcome <= 2) {
            plan.add(new Object[]{FinancingRequest.TrackStatus.APPROVED, 21});
            plan.add(new Object[]{FinancingRequest.TrackStatus.DISBURSED, 30});
        } else if (outcome == 3) {
            plan.add(new Object[]{FinancingRequest.TrackStatus.DECLINED, 14});
        }
        Instant updated = sent;
        for (Object[] step : plan) {
            Instant at = sent.plus(Duration.ofDays((Integer) step[1]));
            if (at.isAfter(now)) {
                break;
            }
            FinancingRequest.TrackStatus to = (FinancingRequest.TrackStatus) step[0];
            String reason = null;
            switch (to) {
                case APPROVED -> approved = new FinancingRequest.Terms(amount.multiply(BigDecimal.valueOf(6 + i % 5, 1)).setScale(2,
                        java.math.RoundingMode.HALF_UP).min(amount), new BigDecimal("3.65").add(BigDecimal.valueOf(i % 4 * 15L, 2)), 12 * (1 + i % 3));
                case DISBURSED -> disbursement = new FinancingRequest.Disbursement(approved.amount(), at.atZone(MarketTime.ZONE).toLocalDate());
                case DECLINED -> {
                    declined = DECLINES.get(i % DECLINES.size());
                    reason = declined;
                }
                default -> {
                }
            }
            steps.add(new FinancingRequest.Step(at, actor, status, to, reason));
            status = to;
            updated = at;
        }
        return new FinancingRequest.Track(institution, bankCity.id(), MemberDemo.bankName(bankCity.city()), FinancingInstitution.InstitutionType.BANK, member, status,
                approved, declined, disbursement, List.copyOf(steps), sent, updated);
    }
}
