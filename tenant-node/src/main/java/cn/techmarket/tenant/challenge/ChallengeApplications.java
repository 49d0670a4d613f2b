package cn.techmarket.tenant.challenge;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.id.MalformedIdException;
import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.crossmarket.MemberCard;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Applications for lists (揭榜申请): sent while a list is open by the people of a verified member of
 * any market, confirmed by each consortium partner's people, withdrawn by the applicant while the
 * list is open. Private: the applicant's people, the market's operators and province staff.
 */
@Component
class ChallengeApplications implements ApplicationRunner {

    static final WorkflowDocuments<ChallengeApplication> DOCUMENTS = new WorkflowDocuments<>("challenge_applications",
            ChallengeApplication.class, ChallengeApplication.TYPE_NAME);
    private static final Set<MemberKind> APPLICANT_KINDS = Set.of(MemberKind.ENTERPRISE, MemberKind.UNIVERSITY, MemberKind.INSTITUTE,
            MemberKind.RESEARCHER, MemberKind.SERVICE_INSTITUTION);

    private final HostedTenants tenants;
    private final ChallengeStore store;
    private final OtherMarkets markets;
    private final Clock clock;

    ChallengeApplications(HostedTenants tenants, ChallengeStore store, OtherMarkets markets, Clock clock) {
        this.tenants = tenants;
        this.store = store;
        this.markets = markets;
        this.clock = clock;
    }

    ChallengeApplication apply(HostedTenant tenant, Caller caller, String challengeId, ChallengeApplicationInput input, NewIds ids) {
        Challenge challenge = store.published(tenant, "id", challengeId);
        Instant now = clock.instant();
        if (!challenge.acceptingApplications(now)) {
            throw BadInputException.illegalTransition("id", challenge.stage() == ChallengeStage.OPEN
                    ? "applications closed at " + MarketTime.format(challenge.deadline()) : "the list is " + challenge.stage().label());
        }
        String id = ids.next();
        ChallengeApplication earlier = tenant.mongo().findById(id, ChallengeApplication.class, DOCUMENTS.collection());
        if (earlier != null) {
            return earlier;
        }
        MemberCard lead = markets.actingFor(caller, "input.memberId", input.memberId());
        if (!APPLICANT_KINDS.contains(lead.kind())) {
            throw new BadInputException("input.memberId", "a " + lead.kind().label() + " does not apply for lists; enterprises, universities,"
                    + " institutes, researchers and service institutions do");
        }
        if (challenge.nomination() != null && challenge.nomination().memberId().equals(lead.id())) {
            throw new BadInputException("input.memberId", "the enterprise that set the problem does not apply for its own list");
        }
        List<String> partners = input.partners() == null ? List.of() : input.partners();
        for (int i = 0; i < partners.size(); i++) {
            String partner = partners.get(i);
            try {
                TypedId.decode(partner, Member.TYPE_NAME);
            } catch (MalformedIdException e) {
                throw new BadInputException("input.partners[" + i + "]", "is not the id of a member");
            }
            if (partner.equals(lead.id()) || partners.indexOf(partner) != i) {
                throw new BadInputException("input.partners[" + i + "]", "names the lead or another partner again");
            }
        }
        List<String> avoid = input.avoidExperts() == null ? List.of() : input.avoidExperts().stream().distinct().toList();
        for (int i = 0; i < avoid.size(); i++) {
            try {
                TypedId.decode(avoid.get(i), "Expert");
            } catch (MalformedIdException e) {
                throw new BadInputException("input.avoidExperts[" + i + "]", "is not the id of an expert");
            }
        }
        MilestoneInput.check("input.milestones", input.milestones(), LocalDate.ofInstant(now, MarketTime.ZONE));
        ChallengeApplication application = new ChallengeApplication(id, tenant.id(), challenge.id(), 1,
                new ChallengeApplication.Party(lead.id(), lead.tenantId(), lead.name(), lead.kind(), caller.subject(), now),
                partners.stream().map(partner -> new ChallengeApplication.Party(partner, TypedId.decode(partner, Member.TYPE_NAME).tenantId(),
                        null, null, null, null)).toList(),
                input.team().stream().map(t -> new ChallengeApplication.TeamMember(t.name().strip(), blankToNull(t.title()), t.institution().strip(),
                        blankToNull(t.role()))).toList(),
                input.plan().strip(), input.budget(),
                input.milestones().stream().map(m -> new ChallengeApplication.PlannedMilestone(m.title().strip(), m.deliverable().strip(), m.due(),
                        m.paymentPercent())).toList(),
                input.attachments() == null ? List.of() : input.attachments().stream()
                        .map(a -> new Member.Attachment(a.name(), a.mediaType(), a.sizeBytes(), a.sha256())).toList(),
                avoid, Set.of(caller.subject()), null, now, now);
        try {
            DOCUMENTS.insert(tenant, application);
        } catch (DuplicateKeyException sameLead) {
            throw new BadInputException("input.memberId", "this member has already applied for the list", "ALREADY_APPLIED");
        }
        return application;
    }

    /** A partner's person confirms the member takes part; confirming again changes nothing. */
    ChallengeApplication confirmPartner(HostedTenant tenant, Caller caller, String applicationId, String memberId) {
        ChallengeApplication application = DOCUMENTS.find(tenant, "id", applicationId).orElseThrow(() -> new RecordNotFoundException("id"));
        ChallengeApplication.Party partner = application.partners().stream().filter(p -> p.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("id"));
        MemberCard card = markets.actingFor(caller, "memberId", memberId);
        if (partner.confirmed()) {
            return application;
        }
        Challenge challenge = store.find(tenant, "id", ChallengeKind.globalId(tenant, application.challengeId()));
        ChallengeStore.requireStage(challenge, ChallengeStage.OPEN);
        Instant now = clock.instant();
        ChallengeApplication confirmed = application.confirmedBy(new ChallengeApplication.Party(card.id(), card.tenantId(), card.name(), card.kind(),
                caller.subject(), now), caller.subject(), now);
        DOCUMENTS.replace(tenant, application, confirmed);
        return confirmed;
    }

    /** The applicant's person who sent it withdraws it while the list is open. */
    ChallengeApplication withdraw(HostedTenant tenant, Caller caller, String applicationId, long expectedVersion, String reason) {
        ChallengeApplication application = DOCUMENTS.atVersion(tenant, applicationId, expectedVersion, found -> {
            if (!caller.subject().equals(found.lead().confirmedBy())) {
                throw new RecordNotFoundException("id");
            }
        });
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new BadInputException("reason", "say why, in at most 500 characters");
        }
        if (application.withdrawn()) {
            throw BadInputException.illegalTransition("id", "the application is already withdrawn");
        }
        Challenge challenge = store.find(tenant, "id", ChallengeKind.globalId(tenant, application.challengeId()));
        ChallengeStore.requireStage(challenge, ChallengeStage.OPEN);
        ChallengeApplication withdrawn = application.withdrawn(reason.strip(), clock.instant());
        DOCUMENTS.replace(tenant, application, withdrawn);
        return withdrawn;
    }

    /** A list's applications the caller may read, oldest first: all of them for the operators and province staff. */
    List<ChallengeApplication> of(HostedTenant tenant, Caller caller, Challenge challenge) {
        Query query = new Query(where("challengeId").is(challenge.id())).with(Sort.by("createdAt", "_id"));
        if (!caller.readsPrivateDataOf(tenant.id())) {
            query.addCriteria(where("people").is(caller.subject()));
        }
        return tenant.mongo().find(query, ChallengeApplication.class, DOCUMENTS.collection());
    }

    /** The applications the person sent or confirmed, at any list of this market, newest first. */
    List<ChallengeApplication> mine(HostedTenant tenant, Caller caller) {
        return tenant.mongo().find(new Query(where("people").is(caller.subject())).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(200),
                ChallengeApplication.class, DOCUMENTS.collection());
    }

    /**
     * 联合体邀请: the applications naming the member as a partner that has not confirmed yet, for a
     * person who acts for it; they read them to decide.
     */
    List<ChallengeApplication> invitations(HostedTenant tenant, Caller caller, String memberId) {
        MemberCard member = markets.actingFor(caller, "memberId", memberId);
        return tenant.mongo().find(new Query(where("partners").elemMatch(where("memberId").is(member.id()).and("confirmedBy").is(null))
                        .and("withdrawalReason").is(null)).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(50),
                ChallengeApplication.class, DOCUMENTS.collection());
    }

    /** The applications not withdrawn. */
    int countActive(HostedTenant tenant, Challenge challenge) {
        return (int) tenant.mongo().count(new Query(where("challengeId").is(challenge.id()).and("withdrawalReason").is(null)), DOCUMENTS.collection());
    }

    /** The applications that go to review: not withdrawn, every partner confirmed. */
    List<ChallengeApplication> complete(HostedTenant tenant, Challenge challenge) {
        return tenant.mongo().find(new Query(where("challengeId").is(challenge.id()).and("withdrawalReason").is(null)).with(Sort.by("_id")),
                ChallengeApplication.class, DOCUMENTS.collection()).stream().filter(ChallengeApplication::complete).toList();
    }

    static boolean mayRead(HostedTenant tenant, Caller caller, ChallengeApplication application) {
        return caller.readsPrivateDataOf(tenant.id()) || application.people().contains(caller.subject());
    }

    @Override
    public void run(ApplicationArguments args) {
        tenants.all().forEach(ChallengeApplications::ensureIndexes);
    }

    private static void ensureIndexes(HostedTenant tenant) {
        tenant.mongo().indexOps(ChallengeReviews.COLLECTION).createIndex(new Index().on("challengeId", Sort.Direction.ASC).named("challenge"));
        var indexes = tenant.mongo().indexOps(DOCUMENTS.collection());
        indexes.createIndex(new Index().on("challengeId", Sort.Direction.ASC).on("lead.memberId", Sort.Direction.ASC).unique().named("one_per_lead"));
        indexes.createIndex(new Index().on("people", Sort.Direction.ASC).named("people"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
