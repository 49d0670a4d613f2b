package cn.techmarket.tenant.inbox;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

import java.util.List;

/** A person's inbox at this sub-market; an operator's holds the operators' messages too, each read for themselves. */
@Controller
class InboxController {

    /** What a reader sees: the newest messages and how many are unread in all. */
    record InboxPage(List<InboxMessage> messages, long unread) {
    }

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @QueryMapping("inbox")
    InboxPage inboxPage(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument Boolean unreadOnly, @Argument Integer first) {
        List<String> groups = groups(tenant, caller);
        return new InboxPage(inbox.messages(tenant, caller.subject(), groups, Boolean.TRUE.equals(unreadOnly), first == null ? 20 : first),
                inbox.unread(tenant, caller.subject(), groups));
    }

    @MutationMapping
    InboxPage markInboxRead(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument List<String> ids) {
        List<String> groups = groups(tenant, caller);
        inbox.markRead(tenant, caller.subject(), groups, ids);
        return new InboxPage(inbox.messages(tenant, caller.subject(), groups, false, 20), inbox.unread(tenant, caller.subject(), groups));
    }

    @SubscriptionMapping
    Flux<InboxMessage> inboxMessages(@ContextValue HostedTenant tenant, @ContextValue Caller caller) {
        return inbox.live(tenant, caller.subject(), groups(tenant, caller));
    }

    /** This sub-market's operators read the operators' messages; another city's, those about their city. */
    private static List<String> groups(HostedTenant tenant, Caller caller) {
        if (caller.operates(tenant.id())) {
            return List.of(InboxMessage.OPERATORS);
        }
        return caller.tenant() != null && caller.operates(caller.tenant()) ? List.of(InboxMessage.operatorsOf(caller.tenant())) : List.of();
    }

    @SchemaMapping(typeName = "InboxMessage", field = "read")
    boolean read(InboxMessage message, @ContextValue Caller caller) {
        return message.readBy(caller.subject());
    }
}
