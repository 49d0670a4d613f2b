package cn.techmarket.tenant.inbox;

import cn.techmarket.model.contract.ContractStatus;
import cn.techmarket.model.member.MembershipStatus;
import cn.techmarket.tenant.contract.Contract;
import cn.techmarket.tenant.contract.ContractChanged;
import cn.techmarket.tenant.library.LibraryKinds;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.library.RecordCommitted;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.MembershipChanged;
import cn.techmarket.tenant.member.Members;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells people what concerns them, as each step is stored: the operators what they must act on
 * (an application, a record submitted for review, a contract a member filed), a member's people
 * what became of theirs. Runs on the writing thread, right after the write.
 */
@Component
class InboxPostman {

    private static final List<String> OPERATORS = List.of(InboxMessage.OPERATORS);

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

    private String title(LibraryRecord record) {
        return kinds.of(record.kind()).searchEntry(record).title();
    }
}
