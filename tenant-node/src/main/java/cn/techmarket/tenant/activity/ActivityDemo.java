package cn.techmarket.tenant.activity;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.achievement.Achievement;
import cn.techmarket.tenant.achievement.AchievementKind;
import cn.techmarket.tenant.demo.DemoDice;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.member.DemoMembersLoaded;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
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

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The demo's year of activities for each city, at the scale the seeds report (Jilin: four online
 * exhibitions showing 371 achievements; six fairs with 40-odd intention agreements worth 2.5 亿;
 * two bank–enterprise sessions with 7.6 亿 of financing intentions): a concluded exhibition and a
 * rolling one still open, four fairs, three roadshows and a bank–enterprise session held, each
 * with its registrations, check-ins, questions and outcomes; and a fair and a roadshow to come.
 */
@Component
class ActivityDemo {

    private static final Logger log = LoggerFactory.getLogger(ActivityDemo.class);
    private static final List<Activity.FairFormat> FORMATS = List.of(Activity.FairFormat.THEMED, Activity.FairFormat.UNIVERSITIES,
            Activity.FairFormat.COMPREHENSIVE, Activity.FairFormat.SALON);
    private static final List<String> FAIR_THEMES = List.of("新材料产业专题对接会", "两院十校科技成果对接会", "高新技术企业科技成果精准对接会",
            "科学家与企业家交流分享沙龙");

    private final LibraryStore library;
    private final Members members;
    private final Clock clock;

    ActivityDemo(LibraryStore library, Members members, Clock clock) {
        this.library = library;
        this.members = members;
        this.clock = clock;
    }

    /** After the members' own demo, unless the market already has activities. */
    @EventListener
    @Order(200)
    void loadDemo(DemoMembersLoaded loaded) {
        HostedTenant tenant = loaded.tenant();
        if (tenant.city().isProvinceMarket() || tenant.mongo().count(new Query(), Activities.DOCUMENTS.collection()) > 0) {
            return;
        }
        List<Member> enterprises = members.verified(tenant, MemberKind.ENTERPRISE).stream().sorted(Comparator.comparing(Member::id)).toList();
        List<Achievement> exhibits = library.publishedWhere(tenant, AchievementKind.LIBRARY, where("meta.owner").is(null), 60);
        if (enterprises.isEmpty()) {
            return;
        }
        String city = tenant.city().name();
        String operator = tenant.id() + "-operator";
        Instant now = clock.instant();
        List<Activity> activities = new ArrayList<>();
        List<Roster> rosters = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Member university = member(tenant, "demo-university");
        Member bank = member(tenant, "demo-bank");

        Instant shown = now.minus(Duration.ofDays(200));
        activities.add(exhibition(tenant, "demo-exhibition-1", city + "科技成果网上展会（第一期）", shown, shown.plus(Duration.ofDays(30)),
                exhibits.subList(0, Math.min(40, exhibits.size())), operator, Activity.Status.CONCLUDED));
        activities.add(exhibition(tenant, "demo-exhibition-2", city + "流动的网上展会·常设展", now.minus(Duration.ofDays(45)), null,
                exhibits.subList(Math.max(0, exhibits.size() - 25), exhibits.size()), operator, Activity.Status.PUBLISHED));
        rosters.add(roster(tenant, activities.get(0), enterprises.subList(0, Math.min(8, enterprises.size())), false));
        for (int i = 0; i < 4; i++) {
            Instant starts = now.minus(Duration.ofDays(320 - 75L * i)).plus(Duration.ofHours(1));
            DemoDice dice = new DemoDice(tenant.city(), "fair", i);
            List<Activity.Outcome> outcomes = new ArrayList<>();
            for (int n = 1, agreements = 3 + dice.nextInt(4); n <= agreements; n++) {
                Member enterprise = enterprises.get((i * 3 + n) % enterprises.size());
                outcomes.add(new Activity.Outcome(n, Activity.OutcomeKind.INTENTION_AGREEMENT,
                        List.of(new Activity.Party(enterprise.globalId(), enterprise.name()), university == null
                                ? new Activity.Party(null, "吉林大学") : new Activity.Party(university.globalId(), university.name())),
                        BigDecimal.valueOf(50 + dice.nextInt(16) * 50L).multiply(BigDecimal.valueOf(10_000)).setScale(2), "技术开发与成果转化合作意向",
                        null, operator, starts.plus(Duration.ofHours(5))));
            }
            Activity fair = held(tenant, "demo-fair-" + (i + 1), Activity.Kind.FAIR, FORMATS.get(i), city + FAIR_THEMES.get(i), starts,
                    starts.plus(Duration.ofHours(6)), 120, List.of(), outcomes, operator);
            activities.add(fair);
            rosters.add(roster(tenant, fair, enterprises, true));
        }
        for (int i = 0; i < 3; i++) {
            Instant starts = now.minus(Duration.ofDays(280 - 80L * i)).plus(Duration.ofHours(6));
            List<Activity.Participant> pitches = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                Member enterprise = enterprises.get((i * 2 + p + 1) % enterprises.size());
                pitches.add(new Activity.Participant(p + 1, Activity.Role.PRESENTER, null, null, tenant.id(), enterprise.name(), enterprise.globalId(),
                        null, starts.plus(Duration.ofMinutes(30L * p)), starts.plus(Duration.ofMinutes(30L * p + 25)), null,
                        "https://live.example.cn/" + tenant.id() + "/roadshow-" + (i + 1) + "-" + (p + 1),
                        "主营" + (enterprise.industries().isEmpty() ? "高新技术" : enterprise.industries().get(0).label()) + "产品，拟融资用于扩产。",
                        BigDecimal.valueOf(500L + 500L * p).multiply(BigDecimal.valueOf(10_000)).setScale(2), Activity.Consent.ACCEPTED, null,
                        starts.minus(Duration.ofDays(14)), operator, starts.minus(Duration.ofDays(12)), enterprise.users().isEmpty() ? operator
                        : enterprise.users().get(0).subject()));
            }
            Activity roadshow = held(tenant, "demo-roadshow-" + (i + 1), Activity.Kind.ROADSHOW, null, city + "科技型企业常态化融资路演（第" + (i + 1) + "期）",
                    starts, starts.plus(Duration.ofHours(2)), 200, pitches, List.of(), operator);
            activities.add(roadshow);
            Roster roster = roster(tenant, roadshow, enterprises, true);
            rosters.add(roster);
            Roster.Registration asker = roster.registrations().get(roster.registrations().size() - 1);
            Instant asked = starts.plus(Duration.ofMinutes(15));
            questions.add(new Question("demo-question-" + (i + 1), tenant.id(), 3, roadshow.id(), tenant.id() + "-enterprise", asker.memberId(),
                    asker.name(), "贵公司产品目前的毛利率和主要客户是哪些？", Question.Status.PUBLISHED,
                    new Question.Answer("综合毛利率约35%，主要客户为省内整车与装备制造企业。", pitches.get(0).title(), operator, asked.plus(Duration.ofMinutes(5))),
                    asked, asked.plus(Duration.ofMinutes(5))));
        }
        Instant session = now.minus(Duration.ofDays(150)).plus(Duration.ofHours(2));
        List<Activity.Outcome> financing = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            Member enterprise = enterprises.get(n % enterprises.size());
            financing.add(new Activity.Outcome(n, Activity.OutcomeKind.FINANCING_INTENTION, List.of(new Activity.Party(enterprise.globalId(),
                    enterprise.name()), bank == null ? new Activity.Party(null, "科技支行") : new Activity.Party(bank.globalId(), bank.name())),
                    BigDecimal.valueOf(300L + 400L * n).multiply(BigDecimal.valueOf(10_000)).setScale(2), "知识产权质押贷款融资意向", null, operator,
                    session.plus(Duration.ofHours(3))));
        }
        Activity bankSession = held(tenant, "demo-bank-enterprise-1", Activity.Kind.BANK_ENTERPRISE, null, city + "银企对接会", session,
                session.plus(Duration.ofHours(4)), 150, List.of(), financing, operator);
        activities.add(bankSession);
        rosters.add(roster(tenant, bankSession, enterprises, true));
        Instant fairAhead = now.plus(Duration.ofDays(10));
        activities.add(upcoming(tenant, "demo-fair-next", Activity.Kind.FAIR, Activity.FairFormat.THEMED, city + "先进装备制造专题对接会", fairAhead,
                fairAhead.plus(Duration.ofHours(6)), 150, operator));
        Instant roadshowAhead = now.plus(Duration.ofDays(20));
        activities.add(upcoming(tenant, "demo-roadshow-next", Activity.Kind.ROADSHOW, null, city + "科技型企业常态化融资路演（第4期）", roadshowAhead,
                roadshowAhead.plus(Duration.ofHours(2)), 200, operator));
        rosters.add(roster(tenant, activities.get(activities.size() - 2), enterprises.subList(0, Math.min(5, enterprises.size())), false));
        activities.forEach(activity -> tenant.mongo().insert(activity, Activities.DOCUMENTS.collection()));
        rosters.forEach(roster -> tenant.mongo().insert(roster, Rosters.DOCUMENTS.collection()));
        questions.forEach(question -> tenant.mongo().insert(question, Questions.DOCUMENTS.collection()));
        log.info("{}: loaded {} demo activities", tenant.id(), activities.size());
    }

    private Member member(HostedTenant tenant, String id) {
        try {
            return members.requireActive(tenant, "demo", new cn.techmarket.model.id.TypedId(tenant.id(), Member.TYPE_NAME, id).encode(), null);
        } catch (RuntimeException absent) {
            return null;
        }
    }

    private static Activity exhibition(HostedTenant tenant, String id, String title, Instant starts, Instant ends, List<Achievement> exhibits, String operator,
                                       Activity.Status status) {
        List<Activity.Hall> halls = List.of(new Activity.Hall(1, "新材料与先进装备馆", "新材料、先进装备、汽车零部件"),
                new Activity.Hall(2, "生物医药与现代农业馆", "生物医药、农产品加工、节能环保"));
        List<Activity.Participant> participants = new ArrayList<>();
        for (Achievement achievement : exhibits) {
            participants.add(new Activity.Participant(participants.size() + 1, Activity.Role.EXHIBIT,
                    GlobalId.encode(tenant.id(), Achievement.class.getSimpleName(), achievement.id()), RecordKind.ACHIEVEMENT, tenant.id(),
                    achievement.title(), null, participants.size() % 2 + 1, null, null, null, null, null, null, Activity.Consent.ACCEPTED, null,
                    starts.minus(Duration.ofDays(10)), operator, starts.minus(Duration.ofDays(10)), operator));
        }
        List<Activity.Transition> history = new ArrayList<>(List.of(
                new Activity.Transition(starts.minus(Duration.ofDays(20)), operator, null, Activity.Status.DRAFT, null),
                new Activity.Transition(starts.minus(Duration.ofDays(7)), operator, Activity.Status.DRAFT, Activity.Status.PUBLISHED, null)));
        if (status == Activity.Status.CONCLUDED) {
            history.add(new Activity.Transition(ends, operator, Activity.Status.PUBLISHED, Activity.Status.CONCLUDED, null));
        }
        return new Activity(id, tenant.id(), history.size(), Activity.Kind.EXHIBITION, null, title, "推介可转化的科技成果", "按展厅浏览成果，在线联系成果方。",
                List.of(), true, null, starts, ends, null, halls, status, null, List.copyOf(participants), List.of(), List.copyOf(history),
                starts.minus(Duration.ofDays(20)), operator, history.get(history.size() - 1).at());
    }

    private static Activity held(HostedTenant tenant, String id, Activity.Kind kind, Activity.FairFormat format, String title, Instant starts, Instant ends,
                                 int capacity, List<Activity.Participant> participants, List<Activity.Outcome> outcomes, String operator) {
        List<Activity.Transition> history = List.of(
                new Activity.Transition(starts.minus(Duration.ofDays(20)), operator, null, Activity.Status.DRAFT, null),
                new Activity.Transition(starts.minus(Duration.ofDays(14)), operator, Activity.Status.DRAFT, Activity.Status.PUBLISHED, null),
                new Activity.Transition(ends.plus(Duration.ofDays(1)), operator, Activity.Status.PUBLISHED, Activity.Status.CONCLUDED, null));
        return new Activity(id, tenant.id(), 3, kind, format, title, null, null, List.of(), kind == Activity.Kind.ROADSHOW,
                kind == Activity.Kind.ROADSHOW ? null : tenant.city().name() + "科技大市场交易大厅", starts, ends, capacity, List.of(),
                Activity.Status.CONCLUDED, null, participants, outcomes, history, starts.minus(Duration.ofDays(20)), operator, ends.plus(Duration.ofDays(1)));
    }

    private static Activity upcoming(HostedTenant tenant, String id, Activity.Kind kind, Activity.FairFormat format, String title, Instant starts,
                                     Instant ends, int capacity, String operator) {
        Instant drafted = starts.minus(Duration.ofDays(25));
        Instant published = drafted.plus(Duration.ofDays(3));
        return new Activity(id, tenant.id(), 2, kind, format, title, null, null, List.of(), kind == Activity.Kind.ROADSHOW,
                kind == Activity.Kind.ROADSHOW ? null : tenant.city().name() + "科技大市场交易大厅", starts, ends, capacity, List.of(),
                Activity.Status.PUBLISHED, null, List.of(), List.of(), List.of(new Activity.Transition(drafted, operator, null, Activity.Status.DRAFT, null),
                new Activity.Transition(published, operator, Activity.Status.DRAFT, Activity.Status.PUBLISHED, null)), drafted, operator, published);
    }

    /** The members registered in turn; at a held activity with check-in, two in three of them checked in. */
    private static Roster roster(HostedTenant tenant, Activity activity, List<Member> who, boolean checkIn) {
        List<Roster.Registration> registrations = new ArrayList<>();
        for (int i = 0; i < who.size(); i++) {
            Member member = who.get(i);
            Instant registered = activity.startsAt().minus(Duration.ofDays(10)).plus(Duration.ofHours(i));
            boolean attended = checkIn && i % 3 != 2;
            registrations.add(new Roster.Registration(member.globalId(), tenant.id(), member.name(),
                    attended ? Roster.Status.CHECKED_IN : Roster.Status.REGISTERED, member.users().isEmpty() ? tenant.id() + "-operator"
                    : member.users().get(0).subject(), registered, attended ? activity.startsAt().minus(Duration.ofMinutes(20)) : null, null));
        }
        return new Roster(activity.id(), tenant.id(), registrations.size(), List.copyOf(registrations), activity.startsAt());
    }
}
