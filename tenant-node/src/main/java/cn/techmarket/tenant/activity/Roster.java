package cn.techmarket.tenant.activity;

import cn.techmarket.tenant.documents.WorkflowDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Who registered to attend an activity (报名), in the order they registered: a seat each while the
 * capacity lasts, then the waiting list (候补), whose first moves up when a seat is given back.
 * One document per activity, its id the activity's.
 */
public record Roster(String id, String tenantId, long version, List<Registration> registrations, Instant updatedAt)
        implements WorkflowDocuments.Versioned {

    /** registered (已报名) or waitlisted (候补) → checked in (已签到) at the event; registered or waitlisted → cancelled (已取消). */
    public enum Status {
        REGISTERED("已报名"), WAITLISTED("候补"), CHECKED_IN("已签到"), CANCELLED("已取消");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        boolean seated() {
            return this == REGISTERED || this == CHECKED_IN;
        }
    }

    /** A member's registration (global id, any city), made by one of its people. */
    public record Registration(String memberId, String memberTenantId, String name, Status status, String registeredBy, Instant registeredAt,
                               Instant checkedInAt, Instant cancelledAt) {

        Registration to(Status status, Instant at) {
            return new Registration(memberId, memberTenantId, name, status, registeredBy, registeredAt,
                    status == Status.CHECKED_IN ? at : checkedInAt, status == Status.CANCELLED ? at : cancelledAt);
        }
    }

    static Roster empty(String activityId, String tenantId, Instant at) {
        return new Roster(activityId, tenantId, 0, List.of(), at);
    }

    Optional<Registration> of(String memberId) {
        return registrations.stream().filter(r -> r.memberId().equals(memberId)).findFirst();
    }

    long seated() {
        return registrations.stream().filter(r -> r.status().seated()).count();
    }

    /** Where a waitlisted registration stands on the list, from 1. */
    int waitPosition(String memberId) {
        int position = 0;
        for (Registration registration : registrations) {
            if (registration.status() == Status.WAITLISTED) {
                position++;
                if (registration.memberId().equals(memberId)) {
                    return position;
                }
            }
        }
        return 0;
    }

    Roster changed(UnaryOperator<List<Registration>> change, Instant at) {
        return new Roster(id, tenantId, version + 1, List.copyOf(change.apply(new ArrayList<>(registrations))), at);
    }
}
