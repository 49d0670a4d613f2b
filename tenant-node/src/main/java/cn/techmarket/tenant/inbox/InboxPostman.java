package cn.techmarket.tenant.inbox;

import cn.techmarket.model.contract.ContractStatus;
import cn.techmarket.model.member.MembershipStatus;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.contract.Contract;
import cn.techmarket.tenant.contract.ContractChanged;
import cn.techmarket.tenant.library.LibraryKinds;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.library.RecordCommitted;
import cn.techmarket.tenant.member.ColleaguesChanged;
import cn.techmarket.tenant.instrument.Booking;
import cn.techmarket.tenant.instrument.BookingChanged;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.MembershipChanged;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.matching.Match;
import cn.techmarket.tenant.matching.MatchChanged;
import cn.techmarket.tenant.matching.MeetingRequest;
import cn.techmarket.tenant.matching.MeetingRequestChanged;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.model.matching.MatchStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import cn.techmarket.tenant.settlement.PaymentOverdue;
import cn.techmarket.tenant.settlement.PaymentPlan;
import cn.techmarket.tenant.trading.Listing;
import cn.techmarket.tenant.trading.ListingChanged;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells people what concerns them, as each step is stored: the operators what they must act on
 * (an application, a record submitted for review, a contract a member filed), a member's people
 * what became of theirs. Runs on the writing thread, right after the write.
 */
@Component
class InboxPostman {

    private static final List<String> OPERATORS = List.of(InboxMessage.OPERATORS);
    private static final Map<MatchStatus, String> MATCH_STEPS = Map.of(MatchStatus.CONTACTED, "已联系", MatchStatus.NEGOTIATING, "洽谈中",
            MatchStatus.SIGNED, "已签约", MatchStatus.CLOSED, "已关闭");

    private final Inbox inbox;
    private final Members members;
    private final LibraryKinds kinds;

    InboxPostman(Inbox inbox, Members members, LibraryKinds kinds) {
        this.inbox = inbox;
        this.members = members;
        this.kinds = kinds;
    }

    @EventListener
    void membership(MembershipChanged change) {
        Member member = change.member();
        String name = member.name() + "（" + member.kind().label() + "）";
        List<String> people = member.users().stream().map(Member.MemberUser::subject).toList();
        switch (member.status()) {
            case APPLIED -> inbox.deliver(change.tenant(), OPERATORS, InboxTopic.MEMBERSHIP_APPLIED, member.globalId(),
                    (change.from() == null ? "新的会员申请：" : "会员申请已补充：") + name, null);
            case VERIFIED -> inbox.deliver(change.tenant(), people,
                    change.from() == MembershipStatus.SUSPENDED ? InboxTopic.MEMBERSHIP_REINSTATED : InboxTopic.MEMBERSHIP_VERIFIED,
                    member.globalId(), (change.from() == MembershipStatus.SUSPENDED ? "会员已恢复：" : "会员申请已通过：") + name, null);
            case RETURNED -> inbox.deliver(change.tenant(), people, InboxTopic.MEMBERSHIP_RETURNED, member.globalId(),
                    "会员申请被退回补充：" + name, member.statusReason());
            case REJECTED -> inbox.deliver(change.tenant(), people, InboxTopic.MEMBERSHIP_REJECTED, member.globalId(),
                    "会员申请未通过：" + name, member.statusReason());
            case SUSPENDED -> inbox.deliver(change.tenant(), people, InboxTopic.MEMBERSHIP_SUSPENDED, member.globalId(),
                    "会员已暂停：" + name, member.statusReason());
        }
    }

    @EventListener
    void colleagues(ColleaguesChanged change) {
        Member member = change.member();
        String name = member.name() + "（" + member.kind().label() + "）";
        inbox.deliver(change.tenant(), List.of(change.colleague()), change.added() ? InboxTopic.COLLEAGUE_ADDED : InboxTopic.COLLEAGUE_REMOVED,
                member.globalId(), (change.added() ? "您已被添加为会员的经办人：" : "您已不再是会员的经办人：") + name, null);
    }

    @EventListener
    void listing(RecordCommitted change) {
        LibraryRecord record = change.after();
        String owner = record.meta().owner();
        Lifecycle to = record.meta().lifecycle();
        if (owner == null || change.created() || change.before().meta().lifecycle() == to) {
            return;
        }
        String what = record.kind().label() + "「" + title(record) + "」";
        String about = record.globalId().encode();
        switch (to) {
            case SUBMITTED -> inbox.deliver(change.tenant(), OPERATORS, InboxTopic.LISTING_SUBMITTED, about, "待审核：" + what, null);
            case PUBLISHED -> inbox.deliver(change.tenant(), members.peopleOf(change.tenant(), owner), InboxTopic.LISTING_PUBLISHED, about,
                    "已发布：" + what, null);
            case RETURNED -> inbox.deliver(change.tenant(), members.peopleOf(change.tenant(), owner), InboxTopic.LISTING_RETURNED, about,
                    "被退回修改：" + what, record.meta().reviewNote());
            case WITHDRAWN -> inbox.deliver(change.tenant(), members.peopleOf(change.tenant(), owner), InboxTopic.LISTING_WITHDRAWN, about,
                    "已撤下：" + what, null);
            default -> {
            }
        }
    }

    @EventListener
    void contract(ContractChanged change) {
        Contract contract = change.contract();
        if (contract.filedBy() == null) {
            return;
        }
        String what = "技术合同「" + contract.title() + "」";
        List<String> people = members.peopleOf(change.tenant(), contract.filedBy());
        if (change.from() == null) {
            inbox.deliver(change.tenant(), OPERATORS, InboxTopic.CONTRACT_FILED, contract.globalId(), "会员提交合同登记：" + what, null);
        } else if (contract.status() == ContractStatus.SUBMITTED) {
            inbox.deliver(change.tenant(), OPERATORS, InboxTopic.CONTRACT_FILED, contract.globalId(), "会员已修改合同：" + what, null);
        } else if (contract.status() == ContractStatus.REGISTERED) {
            inbox.deliver(change.tenant(), people, InboxTopic.CONTRACT_REGISTERED, contract.globalId(),
                    "合同已登记：" + what + "，登记号 " + contract.registrationNumber(), null);
        } else if (contract.status() == ContractStatus.RETURNED) {
            inbox.deliver(change.tenant(), people, InboxTopic.CONTRACT_RETURNED, contract.globalId(), "合同被退回修改：" + what, contract.statusReason());
        } else if (contract.status() == ContractStatus.REJECTED) {
            inbox.deliver(change.tenant(), people, InboxTopic.CONTRACT_REJECTED, contract.globalId(), "合同未予登记：" + what, contract.statusReason());
        }
    }

    @EventListener
    void match(MatchChanged change) {
        Match match = change.match();
        String what = "「" + match.demandTitle() + "」与「" + match.candidateTitle() + "」";
        List<String> owners = people(change.tenant(), match.demandOwner(), change.actor());
        if (change.from() == null) {
            inbox.deliver(change.tenant(), owners, InboxTopic.MATCH_PROPOSED, match.globalId(), "新的撮合推荐：" + what, null);
            List<String> operators = new ArrayList<>(operatorsOf(change.tenant(), match.candidateTenantId()));
            if (match.broker().memberId() == null) {
                operators.remove(InboxMessage.OPERATORS); // the operators proposed it themselves
            }
            inbox.deliver(change.tenant(), operators, InboxTopic.MATCH_PROPOSED, match.globalId(),
                    "技术经纪人" + match.broker().name() + "提出撮合：" + what, null);
            return;
        }
        List<String> told = new ArrayList<>(owners);
        told.addAll(people(change.tenant(), match.broker().memberId(), change.actor()));
        inbox.deliver(change.tenant(), told, InboxTopic.MATCH_MOVED, match.globalId(),
                "撮合" + MATCH_STEPS.get(match.status()) + "：" + what, match.closeReason());
    }

    @EventListener
    void meeting(MeetingRequestChanged change) {
        MeetingRequest request = change.request();
        String what = request.enterpriseName() + "约见专家" + request.expertName() + "：" + request.topic();
        String about = request.globalId();
        switch (request.status()) {
            case REQUESTED -> inbox.deliver(change.tenant(), operatorsOf(change.tenant(), request.expertTenantId()),
                    InboxTopic.MEETING_REQUESTED, about, "新的约见请求：" + what, null);
            case SCHEDULED -> inbox.deliver(change.tenant(), people(change.tenant(), request.demandOwner(), change.actor()),
                    InboxTopic.MEETING_SCHEDULED, about, "约见已安排：" + what, null);
            case DECLINED -> inbox.deliver(change.tenant(), people(change.tenant(), request.demandOwner(), change.actor()),
                    InboxTopic.MEETING_DECLINED, about, "约见未能安排：" + what, request.statusReason());
            case CANCELLED -> inbox.deliver(change.tenant(), operatorsOf(change.tenant(), request.expertTenantId()),
                    InboxTopic.MEETING_CANCELLED, about, "约见已取消：" + what, request.statusReason());
            default -> {
            }
        }
    }

    @EventListener
    void booking(BookingChanged change) {
        Booking booking = change.booking();
        String when = booking.start().atZone(MarketTime.ZONE).format(java.time.format.DateTimeFormatter.ofPattern("M月d日 HH:mm"));
        String what = booking.bookerName() + "预约「" + booking.instrumentName() + "」" + when;
        List<String> unit = booking.unit() == null ? OPERATORS : people(change.tenant(), booking.unit(), change.actor());
        List<String> booker = people(change.tenant(), booking.booker(), change.actor());
        String about = booking.globalId();
        switch (booking.status()) {
            case REQUESTED -> inbox.deliver(change.tenant(), unit, InboxTopic.BOOKING_REQUESTED, about, "新的仪器预约：" + what, null);
            case CONFIRMED -> inbox.deliver(change.tenant(), booker, InboxTopic.BOOKING_CONFIRMED, about, "预约已确认：" + what, null);
            case DECLINED -> inbox.deliver(change.tenant(), booker, InboxTopic.BOOKING_DECLINED, about, "预约未被接受：" + what, booking.statusReason());
            case CANCELLED -> inbox.deliver(change.tenant(), concat(booker, unit),
                    InboxTopic.BOOKING_CANCELLED, about, "预约已取消：" + what, booking.statusReason());
            case COMPLETED -> inbox.deliver(change.tenant(), booker, InboxTopic.BOOKING_COMPLETED, about, "机时已记录，请确认并评价：" + what, null);
            case ACCEPTED -> inbox.deliver(change.tenant(), unit, InboxTopic.BOOKING_ACCEPTED, about,
                    "用户已确认服务（" + booking.rating().score() + "星）：" + what, booking.rating().comment());
        }
    }

    /** The operators what to review and objections to resolve; the owner's people each step the listing takes. */
    @EventListener
    void listing(ListingChanged change) {
        Listing listing = change.listing();
        String what = "「" + listing.achievementTitle() + "」" + listing.mode().label() + "挂牌";
        if (change.from() == null) {
            inbox.deliver(change.tenant(), OPERATORS, InboxTopic.TRADE_LISTING_SUBMITTED, listing.globalId(), "新的挂牌申请：" + what, null);
        } else if (change.from() != listing.status()) {
            inbox.deliver(change.tenant(), people(change.tenant(), listing.owner(), change.actor()), InboxTopic.TRADE_LISTING_MOVED,
                    listing.globalId(), what + "：" + listing.status().label(), listing.statusReason());
        } else if (listing.hasOpenObjection() && listing.objections().get(listing.objections().size() - 1).lodgedBy().equals(change.actor())) {
            inbox.deliver(change.tenant(), OPERATORS, InboxTopic.TRADE_OBJECTION_LODGED, listing.globalId(), "挂牌异议待处理：" + what,
                    listing.objections().get(listing.objections().size() - 1).reasons());
        }
    }

    @EventListener
    void overdue(PaymentOverdue overdue) {
        PaymentPlan plan = overdue.plan();
        PaymentPlan.Milestone milestone = overdue.milestone();
        inbox.deliver(overdue.tenant(), concat(OPERATORS, plan.people()), InboxTopic.PAYMENT_OVERDUE, plan.contractId(),
                "付款逾期：" + plan.title() + " 第" + milestone.number() + "期", "应于" + milestone.dueOn() + "支付" + milestone.amount().toPlainString()
                        + "元，尚欠" + milestone.outstanding().toPlainString() + "元");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        second.stream().filter(person -> !both.contains(person)).forEach(both::add);
        return both;
    }

    /** This sub-market's operators, and another city's when it is involved. */
    private static List<String> operatorsOf(HostedTenant tenant, String partnerTenantId) {
        return partnerTenantId.equals(tenant.id()) ? OPERATORS : List.of(InboxMessage.OPERATORS, InboxMessage.operatorsOf(partnerTenantId));
    }

    /** The people of a member, but the one who took the step. */
    private List<String> people(HostedTenant tenant, String memberId, String actor) {
        return memberId == null ? List.of() : members.peopleOf(tenant, memberId).stream().filter(person -> !person.equals(actor)).toList();
    }

    private String title(LibraryRecord record) {
        return kinds.of(record.kind()).searchEntry(record).title();
    }
}
