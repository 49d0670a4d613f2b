package cn.techmarket.tenant.matching;

import cn.techmarket.model.text.English;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.matching.MeetingStatus;
import cn.techmarket.tenant.demand.Demand;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.library.LibraryIds;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The expert menu (专家菜单): an enterprise picks experts from its suggestions and asks to meet
 * them; each request is then tracked as {@link MeetingStatus#canMoveTo} allows.
 */
@Component
class ExpertMenu {

    private final MatchStore store;
    private final LibraryStore library;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ExpertMenu(MatchStore store, LibraryStore library, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.library = library;
        this.clock = clock;
        this.events = events;
    }

    /**
     * One request per picked expert; all or none are made.
     *
     * @param mayAsk refuses, naming the field, a caller who may not ask for this demand
     */
    List<MeetingRequest> request(HostedTenant tenant, String author, MeetingRequestInput input, Consumer<Demand> mayAsk) {
        Demand demand = MatchWorkflow.ownDemand(tenant, library, "input.demandId", input.demandId());
        mayAsk.accept(demand);
        Instant now = clock.instant();
        List<Instant> times = input.proposedTimes() == null ? List.of() : List.copyOf(input.proposedTimes());
        for (int i = 0; i < times.size(); i++) {
            if (!times.get(i).isAfter(now)) {
                throw new BadInputException("input.proposedTimes[" + i + "]", "must be in the future");
            }
        }
        Set<String> seen = new HashSet<>();
        List<MeetingRequest> requests = new ArrayList<>();
        for (int i = 0; i < input.experts().size(); i++) {
            MeetingRequestInput.PickedExpert expert = input.experts().get(i);
            String field = "input.experts[" + i + "].id";
            GlobalId expertId = LibraryIds.decode(field, expert.id());
            if (expertId.kind() != RecordKind.EXPERT) {
                throw new BadInputException(field, "is not the id of an Expert");
            }
            if (!seen.add(expert.id())) {
                throw new BadInputException(field, "is picked twice");
            }
            if (store.meetings().stream(tenant, where("demandId").is(input.demandId()).and("expertId").is(expert.id())
                    .and("status").in(MeetingStatus.REQUESTED.name(), MeetingStatus.SCHEDULED.name())).findAny().isPresent()) {
                throw new BadInputException(field, "already has an open meeting request for this demand");
            }
            requests.add(new MeetingRequest(LibraryIds.next(), tenant.id(), input.demandId(), demand.enterpriseName(), expert.id(),
                    expertId.tenantId(), expert.name().strip(), input.topic().strip(), times, null, MeetingStatus.REQUESTED, null,
                    List.of(new MeetingRequest.Transition(now, author, null, MeetingStatus.REQUESTED, null)), 1, now, author, now,
                    demand.meta().owner()));
        }
        requests.forEach(request -> {
            store.meetings().insert(tenant, request);
            events.publishEvent(new MeetingRequestChanged(tenant, request, null, author));
        });
        return requests;
    }

    /** @param mayMove refuses a caller who may not move this request */
    MeetingRequest move(HostedTenant tenant, String actor, String id, long expectedVersion, MeetingStatus target, Instant scheduledAt,
                        String reason, Consumer<MeetingRequest> mayMove) {
        MeetingRequest current = store.meetings().atVersion(tenant, id, expectedVersion, mayMove);
        if (!current.status().canMoveTo(target)) {
            throw BadInputException.illegalTransition("id", English.withArticle(label(current.status()) + " meeting request") + " cannot become " + label(target));
        }
        if (target == MeetingStatus.SCHEDULED && scheduledAt == null) {
            throw new BadInputException("scheduledAt", "must give the agreed time to schedule the meeting");
        }
        if (target != MeetingStatus.SCHEDULED && scheduledAt != null) {
            throw new BadInputException("scheduledAt", "is only given when scheduling");
        }
        boolean needsReason = target == MeetingStatus.DECLINED || target == MeetingStatus.CANCELLED;
        if (needsReason && (reason == null || reason.isBlank())) {
            throw new BadInputException("reason", "must say why the meeting is " + label(target));
        }
        if (reason != null && reason.length() > 500) {
            throw new BadInputException("reason", "must be at most 500 characters");
        }
        MeetingRequest next = current.moved(target, scheduledAt, actor, clock.instant(), reason == null || reason.isBlank() ? null : reason.strip());
        store.meetings().replace(tenant, current, next);
        events.publishEvent(new MeetingRequestChanged(tenant, next, current.status(), actor));
        return next;
    }

    private static String label(MeetingStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
