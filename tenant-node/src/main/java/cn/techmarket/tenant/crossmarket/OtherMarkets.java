package cn.techmarket.tenant.crossmarket;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.id.MalformedIdException;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.model.record.Industry;
import cn.techmarket.tenant.contract.LinkedContracts;
import cn.techmarket.tenant.demand.Demand;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.expert.Expert;
import cn.techmarket.tenant.expert.ExpertKind;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.library.LibraryKinds;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.serviceinstitution.ServiceInstitution;
import cn.techmarket.tenant.financing.FinancingInstitution;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What a market needs to know of members and records of other markets: whether a person acts for a
 * verified member of any city (a Changchun enterprise applying at the province's market), a
 * demand's owner, the experts of every city. The tenants this node hosts are read in their own
 * stores; any other is asked through the hub, with the caller's own token, so the member's market
 * decides what the caller may see exactly as it does for the caller directly.
 */
@Component
public class OtherMarkets {

    /** A draw's pool is at most this many experts of the field. */
    static final int POOL_LIMIT = 500;
    private static final int SEARCH_PAGE = 100;

    private final HostedTenants tenants;
    private final Members members;
    private final LibraryStore library;
    private final HttpSyncGraphQlClient hub;
    private final LinkedContracts contracts;
    private final LibraryKinds kinds;

    OtherMarkets(HostedTenants tenants, Members members, LibraryStore library, HubProperties properties, RestClient.Builder rest,
                 LinkedContracts contracts, LibraryKinds kinds) {
        this.kinds = kinds;
        this.contracts = contracts;
        this.tenants = tenants;
        this.members = members;
        this.library = library;
        this.hub = properties.url() == null ? null : client(properties, rest);
    }

    /**
     * The verified member the id names, of any market, which the caller acts for.
     *
     * @throws BadInputException naming {@code field}: not found when it is not the caller's (as if it did not exist), invalid when not verified
     */
    public MemberCard actingFor(Caller caller, String field, String memberId) {
        String tenantId = tenantOf(field, memberId);
        Optional<HostedTenant> hosted = tenants.find(tenantId);
        if (hosted.isPresent()) {
            Member member = members.requireActive(hosted.get(), field, memberId, caller.subject());
            return new MemberCard(member.globalId(), member.tenantId(), member.kind(), member.name(), member.creditCode());
        }
        Map<String, Object> found = ask(caller, field, "query($id: ID!) { node(id: $id) { ... on Member { id tenantId kind status name creditCode users { subject } } } }",
                Map.of("id", memberId), "node");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> users = found == null ? List.of() : (List<Map<String, Object>>) found.getOrDefault("users", List.of());
        if (found == null || users.stream().noneMatch(user -> caller.subject().equals(user.get("subject")))) {
            throw new RecordNotFoundException(field);
        }
        if (!"VERIFIED".equals(found.get("status"))) {
            throw new BadInputException(field, "the member is " + String.valueOf(found.get("status")).toLowerCase()
                    + "; only a verified member acts on the market");
        }
        return new MemberCard((String) found.get("id"), (String) found.get("tenantId"), MemberKind.valueOf((String) found.get("kind")),
                (String) found.get("name"), (String) found.get("creditCode"));
    }

    /** A published demand of any market. */
    public DemandCard publishedDemand(Caller caller, String field, String demandId) {
        String tenantId = tenantOf(field, demandId);
        Optional<HostedTenant> hosted = tenants.find(tenantId);
        if (hosted.isPresent()) {
            GlobalId id;
            try {
                id = GlobalId.decode(demandId);
            } catch (MalformedIdException notARecord) {
                throw new BadInputException(field, "is not the id of a demand");
            }
            return library.find(hosted.get(), id)
                    .filter(record -> record instanceof Demand && record.meta().lifecycle() == Lifecycle.PUBLISHED)
                    .map(record -> (Demand) record)
                    .map(demand -> new DemandCard(demandId, tenantId, demand.title(), demand.problem(), demand.industry(), demand.enterpriseName(),
                            demand.meta().owner()))
                    .orElseThrow(() -> new RecordNotFoundException(field));
        }
        Map<String, Object> found = ask(caller, field, "query($id: ID!) { node(id: $id) { ... on Demand { id tenantId title problem industry"
                + " enterpriseName owner lifecycle } } }", Map.of("id", demandId), "node");
        if (found == null || !"PUBLISHED".equals(found.get("lifecycle"))) {
            throw new RecordNotFoundException(field);
        }
        return new DemandCard(demandId, tenantId, (String) found.get("title"), (String) found.get("problem"),
                Industry.valueOf((String) found.get("industry")), (String) found.get("enterpriseName"), (String) found.get("owner"));
    }

    /**
     * A published library record of any market (an achievement, a demand, an expert, an institution),
     * as an activity shows it: what it is, what it is called and whose it is.
     */
    public RecordCard publishedRecord(Caller caller, String field, String recordId) {
        GlobalId id;
        try {
            id = GlobalId.decode(recordId);
        } catch (MalformedIdException notARecord) {
            throw new BadInputException(field, "is not the id of a library record");
        }
        Optional<HostedTenant> hosted = tenants.find(id.tenantId());
        if (hosted.isPresent()) {
            return library.find(hosted.get(), id).filter(record -> record.meta().lifecycle() == Lifecycle.PUBLISHED)
                    .map(record -> new RecordCard(recordId, id.tenantId(), id.kind(), kinds.of(id.kind()).searchEntry(record).title(), record.meta().owner()))
                    .orElseThrow(() -> new RecordNotFoundException(field));
        }
        Map<String, Object> found = ask(caller, field, "query($id: ID!) { node(id: $id) { ... on LibraryRecord { id tenantId lifecycle owner }"
                + " ... on Achievement { title } ... on Demand { title } ... on Expert { name } ... on FinancingInstitution { name }"
                + " ... on ServiceInstitution { name } ... on Instrument { name } ... on Policy { title } ... on Challenge { title } } }",
                Map.of("id", recordId), "node");
        if (found == null || !"PUBLISHED".equals(found.get("lifecycle"))) {
            throw new RecordNotFoundException(field);
        }
        return new RecordCard(recordId, id.tenantId(), id.kind(), (String) (found.containsKey("title") ? found.get("title") : found.get("name")),
                (String) found.get("owner"));
    }

    /** A published service institution of any market. */
    public InstitutionCard serviceInstitution(Caller caller, String field, String institutionId) {
        return institution(caller, field, institutionId, ServiceInstitution.class, "service institution",
                found -> new InstitutionCard(institutionId, found.meta().tenantId(), found.name(), found.type().name(), found.meta().owner()));
    }

    /** A published financing institution of any market. */
    public InstitutionCard financingInstitution(Caller caller, String field, String institutionId) {
        return institution(caller, field, institutionId, FinancingInstitution.class, "financing institution",
                found -> new InstitutionCard(institutionId, found.meta().tenantId(), found.name(), found.type().name(), found.meta().owner()));
    }

    /** A published institution record of the type, read where it lives; {@code what} names the type to a client. */
    private <R extends LibraryRecord> InstitutionCard institution(Caller caller, String field, String institutionId, Class<R> type, String what,
                                                                  java.util.function.Function<R, InstitutionCard> card) {
        String tenantId = tenantOf(field, institutionId);
        Optional<HostedTenant> hosted = tenants.find(tenantId);
        if (hosted.isPresent()) {
            GlobalId id;
            try {
                id = GlobalId.decode(institutionId);
            } catch (MalformedIdException notARecord) {
                throw new BadInputException(field, "is not the id of a " + what);
            }
            return library.find(hosted.get(), id)
                    .filter(record -> type.isInstance(record) && record.meta().lifecycle() == Lifecycle.PUBLISHED)
                    .map(type::cast).map(card)
                    .orElseThrow(() -> new RecordNotFoundException(field));
        }
        String typeName = type.getSimpleName();
        Map<String, Object> found = ask(caller, field, "query($id: ID!) { node(id: $id) { ... on " + typeName + " { id tenantId name type owner"
                + " lifecycle } } }", Map.of("id", institutionId), "node");
        if (found == null || !"PUBLISHED".equals(found.get("lifecycle"))) {
            throw new RecordNotFoundException(field);
        }
        return new InstitutionCard(institutionId, tenantId, (String) found.get("name"), (String) found.get("type"), (String) found.get("owner"));
    }

    /** A contract of any market, as the caller may see it (a contract's own city's operators do). */
    public ContractCard contract(Caller caller, String field, String contractId) {
        String tenantId = tenantOf(field, contractId);
        Optional<HostedTenant> hosted = tenants.find(tenantId);
        if (hosted.isPresent()) {
            return contracts.find(hosted.get(), contractId)
                    .map(found -> new ContractCard(contractId, tenantId, found.status().name(), found.matchId(), found.registrationNumber()))
                    .orElseThrow(() -> new RecordNotFoundException(field));
        }
        Map<String, Object> found = ask(caller, field, "query($id: ID!) { node(id: $id) { ... on Contract { id status matchId registrationNumber } } }",
                Map.of("id", contractId), "node");
        if (found == null) {
            throw new RecordNotFoundException(field);
        }
        return new ContractCard(contractId, tenantId, (String) found.get("status"), (String) found.get("matchId"), (String) found.get("registrationNumber"));
    }

    /**
     * The open match (global id) of another market that put the achievement before the buyer, as the
     * caller may see that market's matches (a buyer's people see their own demand's).
     */
    @SuppressWarnings("unchecked")
    public Optional<String> openMatchElsewhere(Caller caller, String matchTenantId, String achievementId, String buyerMemberId) {
        if (hub == null || caller.isAnonymous()) {
            return Optional.empty();
        }
        try {
            Map<String, Object> page = ask(caller, "matchId", "query($t: ID!) { tenant(id: $t) { matches(first: 100) { edges { node { id candidateId"
                    + " demandOwner status } } } } }", Map.of("t", matchTenantId), "tenant.matches");
            List<Map<String, Object>> edges = page == null ? List.of() : (List<Map<String, Object>>) page.get("edges");
            return edges.stream().map(edge -> (Map<String, Object>) edge.get("node"))
                    .filter(m -> achievementId.equals(m.get("candidateId")) && buyerMemberId.equals(m.get("demandOwner"))
                            && List.of("PROPOSED", "CONTACTED", "NEGOTIATING").contains(m.get("status")))
                    .map(m -> (String) m.get("id")).findFirst();
        } catch (BadInputException notSeen) {
            return Optional.empty();
        }
    }

    /**
     * Tells the market that keeps a match that a contract linking it was registered (it checks the
     * contract itself), with the caller's own token; a market that does not answer is told nothing.
     *
     * @return whether the match's market took it
     */
    public boolean tellMatchSigned(Caller caller, String matchId, String contractId) {
        try {
            Object signed = ask(caller, "matchId", "mutation($id: ID!, $c: ID!) { signMatchByContract(id: $id, contractId: $c) { status } }",
                    Map.of("id", matchId, "c", contractId), "signMatchByContract");
            return signed != null;
        } catch (BadInputException unreachable) {
            return false;
        }
    }

    /**
     * The published experts of the field in every market (at most {@value #POOL_LIMIT}), in id order:
     * the province's, through its search, when the hub is known; else those of the hosted tenants.
     */
    public List<ExpertCard> experts(Caller caller, String field, Industry industry) {
        List<ExpertCard> pool = hub == null ? hostedExperts(industry) : provinceExperts(caller, field, industry);
        return pool.stream().sorted(Comparator.comparing(ExpertCard::id)).limit(POOL_LIMIT).toList();
    }

    private List<ExpertCard> hostedExperts(Industry industry) {
        List<ExpertCard> pool = new ArrayList<>();
        for (HostedTenant tenant : tenants.all()) {
            for (Expert expert : library.publishedWhere(tenant, ExpertKind.LIBRARY, where("fields").is(industry.name()), POOL_LIMIT)) {
                pool.add(new ExpertCard(GlobalId.encode(tenant.id(), Expert.class.getSimpleName(), expert.id()), tenant.id(), expert.name(),
                        expert.institution(), expert.meta().owner()));
            }
        }
        return pool;
    }

    @SuppressWarnings("unchecked")
    private List<ExpertCard> provinceExperts(Caller caller, String field, Industry industry) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> page = ask(caller, field, "query($industry: Industry!, $first: Int!, $after: String) { search(kind: EXPERT,"
                    + " filter: {industries: [$industry]}, sort: NEWEST, first: $first, after: $after) { hits { id cursor } } }",
                    variables("industry", industry.name(), "first", SEARCH_PAGE, "after", after), "search");
            List<Map<String, Object>> hits = (List<Map<String, Object>>) page.get("hits");
            hits.forEach(hit -> ids.add((String) hit.get("id")));
            after = hits.size() < SEARCH_PAGE ? null : (String) hits.get(hits.size() - 1).get("cursor");
        } while (after != null && ids.size() < POOL_LIMIT);
        List<ExpertCard> pool = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += SEARCH_PAGE) {
            List<Map<String, Object>> experts = ask(caller, field, "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Expert { id tenantId name"
                    + " institution owner } } }", Map.of("ids", ids.subList(from, Math.min(ids.size(), from + SEARCH_PAGE))), "nodes");
            experts.stream().filter(java.util.Objects::nonNull).filter(expert -> expert.get("id") != null)
                    .forEach(expert -> pool.add(new ExpertCard((String) expert.get("id"), (String) expert.get("tenantId"), (String) expert.get("name"),
                            (String) expert.get("institution"), (String) expert.get("owner"))));
        }
        return pool;
    }

    private <T> T ask(Caller caller, String field, String document, Map<String, Object> variables, String path) {
        if (hub == null) {
            throw new RecordNotFoundException(field);
        }
        ClientGraphQlResponse response;
        try {
            response = hub.mutate().headers(headers -> caller.bearerToken().ifPresent(headers::setBearerAuth)).build()
                    .document(document).variables(variables).executeSync();
        } catch (RuntimeException unreachable) {
            throw unavailable(field);
        }
        if (!response.getErrors().isEmpty() && response.field(path).getValue() == null) {
            throw unavailable(field);
        }
        return response.field(path).getValue();
    }

    private static BadInputException unavailable(String field) {
        return new BadInputException(field, "the market it belongs to did not answer; nothing was changed, try again later", "MARKET_UNAVAILABLE");
    }

    private static String tenantOf(String field, String globalId) {
        try {
            return GlobalId.parts(globalId)[0];
        } catch (MalformedIdException e) {
            throw new BadInputException(field, "is not an id of this platform");
        }
    }

    private static Map<String, Object> variables(Object... pairs) {
        Map<String, Object> variables = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], pairs[i + 1]);
        }
        return variables;
    }

    private static HttpSyncGraphQlClient client(HubProperties properties, RestClient.Builder rest) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        return HttpSyncGraphQlClient.builder(rest.clone().baseUrl(properties.url().resolve("/graphql").toString()).requestFactory(requests).build())
                .build();
    }
}
