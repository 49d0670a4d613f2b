package cn.techmarket.tenant.deadline;

import cn.techmarket.tenant.tenancy.HostedTenant;

import java.time.Instant;

/**
 * What happens when a deadline of one topic comes. A handler may be called again for the same
 * deadline (a node stopped after acting, before it recorded that it had), so its effect must be a
 * move its subject makes only once, such as a conditional write from the state the deadline ends.
 */
public interface DeadlineHandler {

    /** The topic the handler answers, e.g. {@code listing-notice}. */
    String topic();

    Outcome fire(HostedTenant tenant, String subjectId, Instant now);

    /** What firing did. */
    sealed interface Outcome {

        /** The deadline is over: it does not fire again unless scheduled anew. */
        record Done() implements Outcome {
        }

        /** The subject's deadline moved (an auction extended): fire again then. */
        record Later(Instant dueAt) implements Outcome {
        }

        static Outcome done() {
            return new Done();
        }

        static Outcome later(Instant dueAt) {
            return new Later(dueAt);
        }
    }
}
