package cn.techmarket.tenant.financingrequest;

import cn.techmarket.tenant.library.Inputs;
import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.errors.Reasons;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.achievement.Achievement;
import cn.techmarket.tenant.achievement.Patent;
import cn.techmarket.tenant.achievement.PublishedAchievements;
import cn.techmarket.tenant.crossmarket.DemandCard;
import cn.techmarket.tenant.crossmarket.InstitutionCard;
import cn.techmarket.tenant.crossmarket.MemberCard;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.financing.FinancingInstitution;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * 银企对接: an enterprise's people (or its city's operators) file a financing request and send it
 * to financing institutions of any city; each institution's people answer on the institution's own
 * track. Nobody else learns that the request exists.
 */
@Component
class FinancingRequests {

    static final WorkflowDocuments<FinancingRequest> DOCUMENTS = new WorkflowDocuments<>("financingRequests", FinancingRequest.class,
            FinancingRequest.TYPE_NAME);

    /** More institutions than this is a mailing, not a request. */
    static final int MAX_TRACKS = 20;

    private final Members members;
    private final OtherMarkets markets;
    private final PublishedAchievements achievements;
    private final Clock clock;

    FinancingRequests(Members members, OtherMarkets markets, PublishedAchievements achievements, Clock clock) {
        this.members = members;
        this.markets = markets;
        this.achievements = achievements;
        this.clock = clock;
    }

    FinancingRequest file(HostedTenant tenant, Caller caller, String author, FinancingRequestInput input, NewIds ids) {
        Member enterprise = members.actingFor(tenant, caller, "input.memberId", input.memberId(), "name the enterprise the request is for");
        if (enterprise.kind() != MemberKind.ENTERPRISE) {
            throw new BadInputException("input.memberId", "is " + enterprise.kind().label() + "; an enterprise (企业) asks for financing");
        }
        List<String> pledged = pledged(tenant, enterprise, input);
        String achievementId = input.achievementId() == null ? null
                : GlobalId.encode(tenant.id(), Achievement.class.getSimpleName(), achievements.find(tenant, "input.achievementId", input.achievementId()).id());
        String demandId = null;
        if (input.demandId() != null) {
            DemandCard demand = markets.publishedDemand(caller, "input.demandId", input.demandId());
            if (!tenant.id().equals(demand.tenantId()) || !enterprise.globalId().equals(demand.owner())) {
                throw new BadInputException("input.demandId", "is not a published demand of the enterprise");
            }
            demandId = demand.id();
        }
        Instant now = clock.instant();
        String demand = demandId;
        return DOCUMENTS.insertOnce(tenant, ids, id -> new FinancingRequest(id, tenant.id(), 1, enterprise.globalId(), enterprise.name(),
                input.title().strip(), input.amount().setScale(2), input.purpose().strip(), input.termMonths(), input.stage(), input.industry(),
                List.copyOf(new LinkedHashSet<>(input.collateral())), Inputs.blankToNull(input.collateralNote()), pledged, achievementId, demand,
                FinancingRequest.Status.OPEN, null, List.of(),
                List.of(new FinancingRequest.Transition(now, author, null, FinancingRequest.Status.OPEN, null)), now, author, now));
    }

    /** The achievements whose patents are pledged: the enterprise's own, each with a granted patent, and only with IP_PLEDGE. */
    private List<String> pledged(HostedTenant tenant, Member enterprise, FinancingRequestInput input) {
        List<String> given = input.pledgedAchievementIds() == null ? List.of() : input.pledgedAchievementIds();
        boolean ipPledge = input.collateral().contains(FinancingRequest.Collateral.IP_PLEDGE);
        if (ipPledge && given.isEmpty()) {
            throw new BadInputException("input.pledgedAchievementIds", "name the achievements whose patents are pledged (知识产权质押)");
        }
        if (!ipPledge && !given.isEmpty()) {
            throw new BadInputException("input.pledgedAchievementIds", "patents are pledged only with IP_PLEDGE collateral");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "input.pledgedAchievementIds[" + i + "]";
            Achievement achievement = achievements.find(tenant, field, given.get(i));
            if (!enterprise.globalId().equals(achievement.meta().owner())) {
                throw new BadInputException(field, "is not the enterprise's own achievement");
            }
            if (achievement.patents().stream().noneMatch(patent -> patent.status() == Patent.PatentStatus.GRANTED)) {
                throw new BadInputException(field, "has no granted patent (已授权专利) to pledge");
            }
            ids.add(GlobalId.encode(tenant.id(), Achievement.class.getSimpleName(), achievement.id()));
        }
        return List.copyOf(ids);
    }

    /** Sends the request to the institutions not yet asked; those already asked keep their tracks, so a retry sends nothing twice. */
    FinancingRequest send(HostedTenant tenant, Caller caller, String author, String id, List<String> institutionIds) {
        FinancingRequest current = enterpriseSide(tenant, caller, id);
        if (institutionIds.isEmpty() || institutionIds.size() > 10) {
            throw new BadInputException("institutionIds", "send to 1 to 10 institutions at a time");
        }
        List<InstitutionCard> institutions = new ArrayList<>();
        for (int i = 0; i < institutionIds.size(); i++) {
            String field = "institutionIds[" + i + "]";
            InstitutionCard institution = markets.financingInstitution(caller, field, institutionIds.get(i));
            if (institution.owner() == null) {
                throw new BadInputException(field, "the institution has no member on the platform to answer");
            }
            institutions.add(institution);
        }
        return DOCUMENTS.change(tenant, current.id(), request -> {
            requireOpen(request);
            List<InstitutionCard> fresh = institutions.stream().filter(card -> request.trackOf(card.id()).isEmpty())
                    .filter(distinctBy(new java.util.HashSet<>())).toList();
            if (fresh.isEmpty()) {
                return request;
            }
            if (request.tracks().size() + fresh.size() > MAX_TRACKS) {
                throw new BadInputException("institutionIds", "a request goes to at most " + MAX_TRACKS + " institutions");
            }
            Instant now = clock.instant();
            return request.withTracks(tracks -> {
                fresh.forEach(card -> tracks.add(new FinancingRequest.Track(card.id(), card.tenantId(), card.name(),
                        FinancingInstitution.InstitutionType.valueOf(card.type()), card.owner(), FinancingRequest.TrackStatus.SENT, null, null, null,
                        List.of(new FinancingRequest.Step(now, author, null, FinancingRequest.TrackStatus.SENT, null)), now, now)));
                return tracks;
            }, now);
        });
    }

    private static java.util.function.Predicate<InstitutionCard> distinctBy(Set<String> seen) {
        return card -> seen.add(card.id());
    }

    FinancingRequest withdraw(HostedTenant tenant, Caller caller, String author, String id, long expectedVersion, String reason) {
        FinancingRequest current = DOCUMENTS.atVersion(tenant, id, expectedVersion, found -> {
            if (!enterpriseSide(tenant, caller, found)) {
                throw new RecordNotFoundException("id");
            }
        });
        requireOpen(current);
        FinancingRequest next = current.moved(FinancingRequest.Status.WITHDRAWN, author, clock.instant(), Reasons.stated("reason", reason));
        DOCUMENTS.replace(tenant, current, next);
        return next;
    }

    /** An institution's step on its own track. Taking the step the track already took, with the same terms, changes nothing. */
    FinancingRequest answer(HostedTenant tenant, Caller caller, String author, String id, String institutionId, Answer answer) {
        FinancingRequest found = DOCUMENTS.find(tenant, "id", id).orElseThrow(() -> new RecordNotFoundException("id"));
        FinancingRequest.Track track = found.trackOf(institutionId).orElseThrow(() -> new RecordNotFoundException("institutionId"));
        if (!actsFor(caller, track.institutionMember())) {
            throw new RecordNotFoundException(visible(tenant, caller, found) ? "institutionId" : "id");
        }
        return DOCUMENTS.change(tenant, found.id(), request -> {
            FinancingRequest.Track now = request.trackOf(institutionId).orElseThrow();
            if (answer.alreadyTaken(now)) {
                return request;
            }
            requireOpen(request);
            if (!answer.from().contains(now.status())) {
                throw BadInputException.illegalTransition("institutionId", "the institution's answer is " + now.status().label() + " (" + now.status() + ")");
            }
            answer.check(now, tenant);
            Instant at = clock.instant();
            FinancingRequest.Track moved = now.moved(answer.to(), author, at, answer.reason(), answer.terms(), answer.disbursement());
            FinancingRequest next = request.withTracks(tracks -> {
                tracks.replaceAll(t -> t.institution().equals(institutionId) ? moved : t);
                return tracks;
            }, at);
            return answer.to() == FinancingRequest.TrackStatus.DISBURSED ? next.moved(FinancingRequest.Status.FUNDED, author, at, null) : next;
        });
    }

    /** A step an institution takes, from the answers it may follow. */
    record Answer(FinancingRequest.TrackStatus to, Set<FinancingRequest.TrackStatus> from, String reason, FinancingRequest.Terms terms,
                  FinancingRequest.Disbursement disbursement) {

        static Answer interested() {
            return new Answer(FinancingRequest.TrackStatus.INTERESTED, Set.of(FinancingRequest.TrackStatus.SENT), null, null, null);
        }

        static Answer dueDiligence() {
            return new Answer(FinancingRequest.TrackStatus.DUE_DILIGENCE, Set.of(FinancingRequest.TrackStatus.INTERESTED), null, null, null);
        }

        static Answer approved(FinancingTermsInput terms) {
            return new Answer(FinancingRequest.TrackStatus.APPROVED, Set.of(FinancingRequest.TrackStatus.DUE_DILIGENCE), null,
                    new FinancingRequest.Terms(terms.amount().setScale(2), terms.ratePercent().setScale(2), terms.termMonths()), null);
        }

        static Answer declined(String reason) {
            return new Answer(FinancingRequest.TrackStatus.DECLINED, Set.of(FinancingRequest.TrackStatus.SENT, FinancingRequest.TrackStatus.INTERESTED,
                    FinancingRequest.TrackStatus.DUE_DILIGENCE), Reasons.stated("reason", reason), null, null);
        }

        static Answer disbursed(DisbursementInput disbursement) {
            return new Answer(FinancingRequest.TrackStatus.DISBURSED, Set.of(FinancingRequest.TrackStatus.APPROVED), null, null,
                    new FinancingRequest.Disbursement(disbursement.amount().setScale(2), disbursement.disbursedOn()));
        }

        boolean alreadyTaken(FinancingRequest.Track track) {
            return track.status() == to && java.util.Objects.equals(terms, terms == null ? null : track.approved())
                    && java.util.Objects.equals(disbursement, disbursement == null ? null : track.disbursement())
                    && java.util.Objects.equals(reason, reason == null ? null : track.declineReason());
        }

        void check(FinancingRequest.Track track, HostedTenant tenant) {
            if (disbursement == null) {
                return;
            }
            if (disbursement.amount().compareTo(track.approved().amount()) > 0) {
                throw new BadInputException("disbursement.amount", "is more than the " + track.approved().amount() + " approved");
            }
            java.time.LocalDate approvedOn = track.updatedAt().atZone(MarketTime.ZONE).toLocalDate();
            if (disbursement.on().isBefore(approvedOn)) {
                throw new BadInputException("disbursement.disbursedOn", "is before the approval on " + approvedOn);
            }
        }
    }

    /** The requests a member's people see: an enterprise's own, or those sent to an institution the member keeps. */
    List<FinancingRequest> ofMember(HostedTenant tenant, Caller caller, String memberId) {
        MemberCard member = markets.actingFor(caller, "memberId", memberId);
        Criteria whose = member.kind() == MemberKind.FINANCING_INSTITUTION ? where("tracks.institutionMember").is(memberId)
                : where("enterprise").is(memberId);
        return tenant.mongo().find(new Query(whose).with(Sort.by(Sort.Order.desc("createdAt"))).limit(200), FinancingRequest.class,
                DOCUMENTS.collection());
    }

    Window<FinancingRequest> page(HostedTenant tenant, FinancingRequest.Status status, ScrollSubrange subrange) {
        return DOCUMENTS.page(tenant, status == null ? new Criteria() : where("status").is(status), subrange);
    }

    FinancingRequest find(HostedTenant tenant, Caller caller, String id) {
        return DOCUMENTS.find(tenant, "id", id).filter(request -> visible(tenant, caller, request)).orElse(null);
    }

    /** The tracks the caller sees: every one for the enterprise's side and the market's staff, an institution's own for its people. */
    List<FinancingRequest.Track> tracksSeenBy(HostedTenant tenant, Caller caller, FinancingRequest request) {
        if (caller.readsPrivateDataOf(tenant.id()) || enterpriseSide(tenant, caller, request)) {
            return request.tracks();
        }
        return request.tracks().stream().filter(track -> actsFor(caller, track.institutionMember())).toList();
    }

    boolean visible(HostedTenant tenant, Caller caller, FinancingRequest request) {
        return caller.readsPrivateDataOf(tenant.id()) || enterpriseSide(tenant, caller, request)
                || request.tracks().stream().map(FinancingRequest.Track::institutionMember).distinct().anyMatch(member -> actsFor(caller, member));
    }

    private FinancingRequest enterpriseSide(HostedTenant tenant, Caller caller, String id) {
        return DOCUMENTS.find(tenant, "id", id).filter(request -> enterpriseSide(tenant, caller, request))
                .orElseThrow(() -> new RecordNotFoundException("id"));
    }

    private boolean enterpriseSide(HostedTenant tenant, Caller caller, FinancingRequest request) {
        return caller.operates(tenant.id()) || (!caller.isAnonymous() && members.peopleOf(tenant, request.enterprise()).contains(caller.subject()));
    }

    private boolean actsFor(Caller caller, String memberId) {
        if (caller.isAnonymous()) {
            return false;
        }
        try {
            markets.actingFor(caller, "id", memberId);
            return true;
        } catch (BadInputException notTheirs) {
            return false;
        }
    }

    void ensureIndexes(HostedTenant tenant) {
        tenant.mongo().indexOps(DOCUMENTS.collection()).createIndex(new Index().on("enterprise", Sort.Direction.ASC));
        tenant.mongo().indexOps(DOCUMENTS.collection()).createIndex(new Index().on("tracks.institutionMember", Sort.Direction.ASC));
        tenant.mongo().indexOps(DOCUMENTS.collection()).createIndex(new Index().on("history.at", Sort.Direction.ASC));
    }

    private static void requireOpen(FinancingRequest request) {
        if (request.status() != FinancingRequest.Status.OPEN) {
            throw BadInputException.illegalTransition("id", "the request is " + request.status().label() + " (" + request.status() + ")");
        }
    }
}
