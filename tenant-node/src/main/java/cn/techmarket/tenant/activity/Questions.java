package cn.techmarket.tenant.activity;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.crossmarket.MemberCard;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * 路演问答: attendees with a seat ask while the roadshow runs; the organisers publish or reject each
 * question; a presenter's people (or the organisers) answer the published ones.
 */
@Component
class Questions {

    static final WorkflowDocuments<Question> DOCUMENTS = new WorkflowDocuments<>("activityQuestions", Question.class, Question.TYPE_NAME);
    /** Questions are taken from a little before the roadshow begins. */
    static final Duration OPENS_BEFORE = Duration.ofMinutes(30);

    private final OtherMarkets markets;
    private final Rosters rosters;
    private final Clock clock;

    Questions(OtherMarkets markets, Rosters rosters, Clock clock) {
        this.markets = markets;
        this.rosters = rosters;
        this.clock = clock;
    }

    Question ask(HostedTenant tenant, Caller caller, String author, Activity activity, String memberId, String text, NewIds ids) {
        MemberCard member = markets.actingFor(caller, "memberId", memberId);
        if (activity.kind() != Activity.Kind.ROADSHOW) {
            throw new BadInputException("id", "questions are put at a roadshow (项目路演)");
        }
        Activities.requireStatus(activity, Activity.Status.PUBLISHED);
        Instant now = clock.instant();
        if (now.isBefore(activity.startsAt().minus(OPENS_BEFORE)) || activity.ended(now)) {
            throw BadInputException.illegalTransition("id", "questions are taken while the roadshow runs");
        }
        Roster.Registration seat = rosters.of(tenant, activity).of(member.id()).filter(r -> r.status().seated())
                .orElseThrow(() -> new BadInputException("memberId", "register for the roadshow first; attendees with a seat ask"));
        if (text == null || text.isBlank() || text.length() > 500) {
            throw new BadInputException("text", "ask in 1 to 500 characters");
        }
        return DOCUMENTS.insertOnce(tenant, ids, id -> new Question(id, tenant.id(), 1, activity.id(), author, seat.memberId(), seat.name(),
                text.strip(), Question.Status.PENDING, null, now, now));
    }

    Question moderate(HostedTenant tenant, Activity activity, String questionId, boolean publish) {
        Question.Status to = publish ? Question.Status.PUBLISHED : Question.Status.REJECTED;
        return DOCUMENTS.change(tenant, of(tenant, activity, questionId).id(), question -> {
            if (question.status() == to) {
                return question;
            }
            if (question.status() != Question.Status.PENDING) {
                throw BadInputException.illegalTransition("questionId", "the question is " + question.status().label());
            }
            return question.moderated(to, clock.instant());
        });
    }

    /** A published question answered by the organisers or by the people of a presenter who accepted. */
    Question answer(HostedTenant tenant, Caller caller, String author, Activity activity, String questionId, String text) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new BadInputException("text", "answer in 1 to 2000 characters");
        }
        String by = caller.operates(tenant.id()) ? "主办方" : presenterActedFor(caller, activity)
                .orElseThrow(() -> new BadInputException("id", "the organisers or a presenter answer")).title();
        return DOCUMENTS.change(tenant, of(tenant, activity, questionId).id(), question -> {
            if (question.status() != Question.Status.PUBLISHED) {
                throw BadInputException.illegalTransition("questionId", "only a published question is answered; this one is "
                        + question.status().label());
            }
            if (question.answer() != null && question.answer().text().equals(text.strip())) {
                return question;
            }
            Instant now = clock.instant();
            return question.answered(new Question.Answer(text.strip(), by, author, now), now);
        });
    }

    private Optional<Activity.Participant> presenterActedFor(Caller caller, Activity activity) {
        if (caller.isAnonymous()) {
            return Optional.empty();
        }
        return activity.participants().stream()
                .filter(p -> p.role() == Activity.Role.PRESENTER && p.consent() == Activity.Consent.ACCEPTED && p.owner() != null)
                .filter(p -> {
                    try {
                        markets.actingFor(caller, "id", p.owner());
                        return true;
                    } catch (BadInputException notTheirs) {
                        return false;
                    }
                }).findFirst();
    }

    private Question of(HostedTenant tenant, Activity activity, String questionId) {
        return DOCUMENTS.find(tenant, "questionId", questionId).filter(q -> q.activityId().equals(activity.id()))
                .orElseThrow(() -> new RecordNotFoundException("questionId"));
    }

    /** The questions the caller sees, oldest first: published ones, the caller's own, and every one for the organisers. */
    List<Question> seenBy(HostedTenant tenant, Caller caller, Activity activity) {
        Criteria criteria = where("activityId").is(activity.id());
        if (!caller.readsPrivateDataOf(tenant.id())) {
            criteria = criteria.orOperator(where("status").is(Question.Status.PUBLISHED), where("askedBy").is(caller.isAnonymous() ? null : caller.subject()));
        }
        return tenant.mongo().find(new Query(criteria).with(Sort.by(Sort.Order.asc("askedAt"))).limit(500), Question.class, DOCUMENTS.collection());
    }

    static boolean visibleTo(HostedTenant tenant, Caller caller, Question question) {
        return question.status() == Question.Status.PUBLISHED || caller.readsPrivateDataOf(tenant.id())
                || (!caller.isAnonymous() && question.askedBy().equals(caller.subject()));
    }

    /** Questions of the activity changed at or after {@code since}, oldest change first: what a live feed polls. */
    List<Question> changedSince(HostedTenant tenant, String activityId, Instant since) {
        return tenant.mongo().find(new Query(where("activityId").is(activityId).and("updatedAt").gte(since)).with(Sort.by(Sort.Order.asc("updatedAt")))
                .limit(500), Question.class, DOCUMENTS.collection());
    }

    void ensureIndexes(HostedTenant tenant) {
        tenant.mongo().indexOps(DOCUMENTS.collection()).createIndex(new Index().on("activityId", Sort.Direction.ASC).on("updatedAt", Sort.Direction.ASC));
    }
}
