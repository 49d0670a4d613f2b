package cn.techmarket.tenant.inbox;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

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
        boolean operator = caller.operates(tenant.id());
        return new InboxPage(inbox.messages(tenant, caller.subject(), operator, Boolean.TRUE.equals(unreadOnly), first == null ? 20 : first),
                inbox.unread(tenant, caller.subject(), operator));
    }

    @MutationMapping
    InboxPage markInboxRead(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument List<String> ids) {
        boolean operator = caller.operates(tenant.id());
        inbox.markRead(tenant, caller.subject(), operator, ids);
        return new InboxPage(inbox.messages(tenant, caller.subject(), operator, false, 20), inbox.unread(tenant, caller.subject(), operator));
    }

    @SchemaMapping(typeName = "InboxMessage", field = "read")
    boolean read(InboxMessage message, @ContextValue Caller caller) {
        return message.readBy(caller.subject());
    }
}
