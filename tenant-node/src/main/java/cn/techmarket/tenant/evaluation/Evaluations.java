package cn.techmarket.tenant.evaluation;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.errors.Reasons;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.tenant.achievement.Achievement;
import cn.techmarket.tenant.achievement.PublishedAchievements;
import cn.techmarket.tenant.crossmarket.InstitutionCard;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Evaluations: requested by the people of the member that owns the achievement (or the operators
 * for it), accepted, declined and reported by the people of the institution's member, withdrawn
 * by the requester before the report. A filed report is public; the rest is the two sides' and
 * the operators'.
 */
@Component
public class Evaluations {

    static final WorkflowDocuments<Evaluation> DOCUMENTS = new WorkflowDocuments<>("evaluations", Evaluation.class, Evaluation.TYPE_NAME);

    private final PublishedAchievements achievements;
    private final Members members;
    private final OtherMarkets markets;
    private final Clock clock;

    Evaluations(PublishedAchievements achievements, Members members, OtherMarkets markets, Clock clock) {
        this.achievements = achievements;
        this.members = members;
        this.markets = markets;
        this.clock = clock;
    }

    /** A reported evaluation of the achievement (both global ids), for a listing that cites it. */
    public Optional<Evaluation> reportedOf(HostedTenant tenant, String field, String evaluationId, String achievementId) {
        return DOCUMENTS.find(tenant, field, evaluationId)
                .filter(evaluation -> evaluation.status() == Evaluation.Status.REPORTED && evaluation.achievementId().equals(achievementId));
    }

    Evaluation request(HostedTenant tenant, Caller caller, String author, EvaluationRequestInput input, NewIds ids) {
        Achievement achievement = achievements.find(tenant, "input.achievementId", input.achievementId());
        String owner = achievement.meta().owner();
        if (owner == null) {
            throw new BadInputException("input.achievementId", "the achievement belongs to no member");
        }
        Member requester;
        try {
            requester = members.requireActive(tenant, "input.achievementId", owner, caller.operates(tenant.id()) ? null : caller.subject());
        } catch (RecordNotFoundException notTheirs) {
            throw new BadInputException("input.achievementId", "only the people of the member that owns the achievement ask for its evaluation");
        }
        InstitutionCard institution = markets.serviceInstitution(caller, "input.institutionId", input.institutionId());
        if (!"EVALUATION".equals(institution.type())) {
            throw new BadInputException("input.institutionId", "is not an evaluation institution (评估评价)");
        }
        if (institution.owner() == null) {
            throw new BadInputException("input.institutionId", "the institution has no member on the platform to take the request");
        }
        Instant now = clock.instant();
        return DOCUMENTS.insertOnce(tenant, ids, id -> new Evaluation(id, tenant.id(), 1,
                GlobalId.encode(tenant.id(), Achievement.class.getSimpleName(), achievement.id()), achievement.title(), requester.globalId(),
                requester.name(), institution.id(), institution.tenantId(), institution.name(), institution.owner(), input.purpose().strip(),
                Evaluation.Status.REQUESTED, null, null, List.of(new Evaluation.Transition(now, author, null, Evaluation.Status.REQUESTED, null)),
                now, author, now));
    }

    Evaluation accept(HostedTenant tenant, Caller caller, String author, String id, long expectedVersion) {
        Evaluation current = institutionSide(tenant, caller, id, expectedVersion);
        require(current, Evaluation.Status.REQUESTED);
        return saved(tenant, current, current.moved(Evaluation.Status.ACCEPTED, author, clock.instant(), null, null));
    }

    Evaluation decline(HostedTenant tenant, Caller caller, String author, String id, long expectedVersion, String reason) {
        Evaluation current = institutionSide(tenant, caller, id, expectedVersion);
        require(current, Evaluation.Status.REQUESTED);
        return saved(tenant, current, current.moved(Evaluation.Status.DECLINED, author, clock.instant(), Reasons.stated("reason", reason), null));
    }

    Evaluation report(HostedTenant tenant, Caller caller, String author, String id, long expectedVersion, EvaluationReportInput input) {
        Evaluation current = institutionSide(tenant, caller, id, expectedVersion);
        require(current, Evaluation.Status.ACCEPTED);
        if (input.valueHigh().compareTo(input.valueLow()) < 0) {
            throw new BadInputException("report.valueHigh", "is below the value range's low end");
        }
        Instant now = clock.instant();
        Evaluation.Report report = new Evaluation.Report(input.method(), input.valueLow().setScale(2), input.valueHigh().setScale(2), input.readiness(),
                input.maturity(), input.findings().strip(), new Member.Attachment(input.file().name(), input.file().mediaType(),
                input.file().sizeBytes(), input.file().sha256()), now, author);
        return saved(tenant, current, current.moved(Evaluation.Status.REPORTED, author, now, null, report));
    }

    Evaluation withdraw(HostedTenant tenant, Caller caller, String author, String id, long expectedVersion, String reason) {
        Evaluation current = DOCUMENTS.atVersion(tenant, id, expectedVersion, found -> {
            if (!requesterSide(tenant, caller, found)) {
                throw new RecordNotFoundException("id");
            }
        });
        require(current, Evaluation.Status.REQUESTED, Evaluation.Status.ACCEPTED);
        return saved(tenant, current, current.moved(Evaluation.Status.WITHDRAWN, author, clock.instant(), Reasons.stated("reason", reason), null));
    }

    /** The achievement's evaluations the caller may see: reported ones for anyone, all for the two sides and the operators. */
    List<Evaluation> ofAchievement(HostedTenant tenant, Caller caller, String achievementId) {
        return tenant.mongo().find(new Query(where("achievementId").is(achievementId)).with(Sort.by(Sort.Order.desc("createdAt"))).limit(50),
                Evaluation.class, DOCUMENTS.collection()).stream().filter(e -> visible(tenant, caller, e)).toList();
    }

    /** Reported evaluations of each achievement (global ids), newest first. */
    List<Evaluation> reportedOf(HostedTenant tenant, Collection<String> achievementIds) {
        return tenant.mongo().find(new Query(where("achievementId").in(achievementIds).and("status").is(Evaluation.Status.REPORTED.name()))
                .with(Sort.by(Sort.Order.desc("updatedAt"))), Evaluation.class, DOCUMENTS.collection());
    }

    /** The evaluations of or for the member the caller acts for (checked where the member lives): asked by it, or asked of its institution. */
    List<Evaluation> ofMember(HostedTenant tenant, Caller caller, String memberId) {
        markets.actingFor(caller, "memberId", memberId);
        return tenant.mongo().find(new Query(new org.springframework.data.mongodb.core.query.Criteria().orOperator(where("requester").is(memberId),
                where("institutionMember").is(memberId))).with(Sort.by(Sort.Order.desc("createdAt"))).limit(200), Evaluation.class,
                DOCUMENTS.collection());
    }

    Evaluation find(HostedTenant tenant, Caller caller, String id) {
        return DOCUMENTS.find(tenant, "id", id).filter(evaluation -> visible(tenant, caller, evaluation)).orElse(null);
    }

    private boolean visible(HostedTenant tenant, Caller caller, Evaluation evaluation) {
        return evaluation.status() == Evaluation.Status.REPORTED || caller.readsPrivateDataOf(tenant.id()) || requesterSide(tenant, caller, evaluation)
                || institutionPerson(caller, evaluation);
    }

    private boolean requesterSide(HostedTenant tenant, Caller caller, Evaluation evaluation) {
        return caller.operates(tenant.id()) || (!caller.isAnonymous() && members.peopleOf(tenant, evaluation.requester()).contains(caller.subject()));
    }

    private boolean institutionPerson(Caller caller, Evaluation evaluation) {
        if (caller.isAnonymous()) {
            return false;
        }
        try {
            markets.actingFor(caller, "id", evaluation.institutionMember());
            return true;
        } catch (BadInputException notTheirs) {
            return false;
        }
    }

    private Evaluation institutionSide(HostedTenant tenant, Caller caller, String id, long expectedVersion) {
        return DOCUMENTS.atVersion(tenant, id, expectedVersion, found -> {
            if (!institutionPerson(caller, found)) {
                throw new RecordNotFoundException("id");
            }
        });
    }

    private Evaluation saved(HostedTenant tenant, Evaluation current, Evaluation next) {
        DOCUMENTS.replace(tenant, current, next);
        return next;
    }

    private static void require(Evaluation evaluation, Evaluation.Status... allowed) {
        if (!Set.of(allowed).contains(evaluation.status())) {
            throw BadInputException.illegalTransition("id", "the evaluation is " + evaluation.status().label() + " (" + evaluation.status() + ")");
        }
    }

}
