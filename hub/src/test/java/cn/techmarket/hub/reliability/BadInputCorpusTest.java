package cn.techmarket.hub.reliability;

import cn.techmarket.model.contract.PartyCodes;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.id.TypedId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import cn.techmarket.hub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus, sent over HTTP to the hub and straight to a tenant node: malformed JSON
 * and GraphQL, deep and cyclic fragments, alias and batching abuse, huge strings and lists,
 * invalid ids and enums, wrong types, injection strings and invalid Unicode. Every case must get a
 * clear error (a GraphQL error body with a message; no 5xx, no stack trace, no internal names),
 * and when the corpus is done nothing anywhere has changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@HubIntegrationTest(properties = {
        "market.hub.search.index-prefix=corpus-test", "market.hub.registry.probe-interval=1h",
        "market.graphql.rate-limit.requests-per-second=10000"})
class BadInputCorpusTest {

    @RegisterExtension
    // with the demo members: members' writes are refused for the member they name, not for its absence
    static final TenantNode node = TenantNodeProcesses.start("corpus", List.of("changchun", "jilin"), cn.techmarket.infra.process.FreePort.find(),
            List.of("--market.node.demo.members=true"));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "corpus_hub");
        RegistryBootstrap.of(registry).cities(node, "changchun", "jilin");
    }

    @AfterAll
    void stop() {
        System.out.printf("bad-input corpus: %d cases (%d at the hub, %d at a tenant node), every one refused with a clear error; state unchanged%n",
                CASES.get(), AT_HUB.get(), CASES.get() - AT_HUB.get());
        System.out.printf("bad-input corpus: the most expensive request took %d ms and %d ms of its server's CPU (%s)%n",
                worst.wallMillis(), worst.cpuMillis(), worst.name());
    }

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger AT_HUB = new AtomicInteger();

    /** What one request cost: wall time at the client, CPU time of the server that answered. */
    record Cost(String name, long wallMillis, long cpuMillis) {
    }

    private Cost worst = new Cost("none", 0, 0);
    /** Writes every non-ASCII character as a \\u escape, so a lone surrogate reaches the server as sent. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();
    /** What a client must never read in an error: stack frames and the names of what runs inside. */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "at java.", "cn.techmarket", "org.springframework",
            "com.mongodb", "co.elastic", "graphql.", "tools.jackson", "NullPointer");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String before;
    private String achievement;
    private String contract;
    /** A cursor of a search for everything, given to other searches. */
    private String otherSearchCursor;

    /** One request of the corpus: where it goes, as whom, and the raw bytes of its body. */
    record Case(String name, boolean hub, String client, String contentType, byte[] body) {
        @Override
        public String toString() {
            return (hub ? "hub: " : "tenant: ") + name;
        }
    }

    @BeforeAll
    void recordsAndState() throws Exception {
        var operator = HubSecurity.client(node.endpoint("changchun"), "changchun-operator");
        achievement = operator.document("mutation { createAchievement(input: {title: \"语料测试成果\", summary: \"用于坏输入语料。\","
                + " industry: CARBON_FIBER, maturity: PILOT, ownerInstitution: \"吉林大学\", transferModes: [LICENSE]}) { id } }")
                .executeSync().field("createAchievement.id").getValue();
        contract = GlobalId.encode("changchun", "Contract", "000000000000000000000000");
        var anonymous = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", null);
        otherSearchCursor = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                anonymous.document("{ search(first: 2) { pageInfo { endCursor } } }").executeSync().field("search.pageInfo.endCursor").getValue(),
                java.util.Objects::nonNull);
        before = state();
    }

    @AfterAll
    void nothingChanged() throws Exception {
        assertThat(state()).as("the corpus changed nothing at the hub or either tenant").isEqualTo(before);
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputGetsAClearErrorAndChangesNothing() {
        List<Case> cases = new ArrayList<>();
        for (boolean hub : List.of(true, false)) {
            cases.addAll(transport(hub));
            cases.addAll(graphQl(hub));
            cases.addAll(values(hub));
        }
        cases.addAll(hubOnly());
        cases.addAll(tenantOnly());
        assertThat(cases).as("the corpus").hasSizeGreaterThanOrEqualTo(200);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    private void check(Case c) throws Exception {
        CASES.incrementAndGet();
        if (c.hub()) {
            AT_HUB.incrementAndGet();
        }
        ProcessHandle server = c.hub() ? ProcessHandle.current() : ProcessHandle.of(node.process().pid()).orElseThrow();
        Duration cpuBefore = server.info().totalCpuDuration().orElse(Duration.ZERO);
        long started = System.nanoTime();
        HttpResponse<String> response = send(c);
        Cost cost = new Cost(c.toString(), (System.nanoTime() - started) / 1_000_000,
                server.info().totalCpuDuration().orElse(Duration.ZERO).minus(cpuBefore).toMillis());
        if (cost.cpuMillis() > worst.cpuMillis()) {
            worst = cost;
        }
        // the hub's figure includes this client and the JVM's background work, so it only overstates
        assertThat(cost.cpuMillis()).as(c + ": server CPU for one request (ms)").isLessThan(1_000);
        String body = response.body();
        assertThat(response.statusCode()).as(c + ": status, " + body).isLessThan(500);
        assertThat(INTERNALS).as(c + ": internals in " + body).noneMatch(body::contains);
        // an error may be shown in a browser: nothing the client sent comes back as markup
        assertThat(body).as(c + ": markup echoed").doesNotContain("<script", "<img");
        assertThat(body).as(c + ": a body").isNotBlank();
        Map<String, Object> parsed = JSON.readValue(body, Map.class);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) parsed.get("errors");
        assertThat(errors).as(c + ": a GraphQL error body: " + body).isNotEmpty();
        assertThat(errors).allSatisfy(error -> assertThat((String) error.get("message")).isNotBlank());
    }

    // --- the corpus --------------------------------------------------------------------------

    /** Bodies that are not a GraphQL request at all. */
    private List<Case> transport(boolean hub) {
        String ok = hub ? "{ tenants { id } }" : "{ tenant { id } }";
        List<Case> cases = new ArrayList<>();
        for (String raw : List.of("", "{", "}", "not json", "null", "42", "\"query\"", "[]", "{\"query\": }", "{\"query\": 42}",
                "{\"query\": null}", "{\"query\": true}", "{\"query\": {\"$gt\": \"\"}}", "{\"query\": [\"{ x }\"]}",
                "{\"query\": \"" + ok + "\", \"variables\": \"x\"}", "{\"query\": \"" + ok + "\", \"variables\": [1]}",
                "{\"query\": \"" + ok + "\", \"operationName\": 7}", "{\"query\": \"" + ok + "\",}", "{'query': '" + ok + "'}",
                "{\"query\": \"" + ok + "\"} trailing", "[{\"query\": \"" + ok + "\"}, {\"query\": \"" + ok + "\"}]",
                "{\"query\": \"" + ok + "\", \"extensions\": 5}", "[".repeat(5_000) + "]".repeat(5_000),
                "{\"query\": \"" + ok + "\", \"variables\": {\"a\": 1" + "0".repeat(2_000) + "}}")) {
            cases.add(new Case("raw body " + shorten(raw), hub, null, "application/json", raw.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(new Case("invalid UTF-8 bytes", hub, null, "application/json",
                new byte[]{'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'}));
        cases.add(new Case("request over the size limit", hub, null, "application/json",
                request("query($t: String) { __typename }", Map.of("t", "长".repeat(100_000)))));
        cases.add(new Case("a form post", hub, null, "application/x-www-form-urlencoded", ("query=" + ok).getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("plain text", hub, null, "text/plain", ok.getBytes(StandardCharsets.UTF_8)));
        return cases;
    }

    /** Documents that are not valid GraphQL for the schema, or that ask too much of it. */
    private List<Case> graphQl(boolean hub) {
        String root = hub ? "tenants" : "tenant";
        List<String> documents = new ArrayList<>(List.of(
                "{", "}", "{ " + root + " { id }", "query {", "query q($x: ) { " + root + " { id } }", "{ " + root + "(id: ) { id } }",
                "mutation { }", "subscription { " + root + " { id } }", "{ noSuchField }", "{ " + root + " { noSuchField } }",
                "fragment f on Tenant { id }", "{ " + root + " { id } } { " + root + " { id } }", "query a { __typename } query a { __typename }",
                "{ " + root + " { ...f } } fragment f on Tenant { ...g } fragment g on Tenant { ...f }",
                "{ " + root + " { ...f } } fragment f on Tenant { ...f }",
                "{ " + root + " { ...missing } }", "{ " + root + " { ... on Achievement { title } } }",
                "query($x: Int!) { __typename }", "query($x: NoSuchType) { __typename }", "{ __typename(arg: 1) }",
                "{ " + root + " @nosuchdirective { id } }", "{ " + root + " @include { id } }", "#only a comment",
                "{ \"" + root + "\" }", "{ " + root + " { id } } garbage",
                "{ a: __typename }}}}",
                nested(hub, 40),
                aliases(hub, 300)));
        for (int length : List.of(101, 200, 500, 1_000, 1_400)) {
            documents.add(fragmentChain(root, length));
        }
        for (int levels : List.of(8, 20, 40)) {
            documents.add(fragmentTree(root, levels));
        }
        for (int spreads : List.of(21, 60)) {
            documents.add(wideFragments(root, spreads, 100));
        }
        List<Case> cases = new ArrayList<>();
        for (String document : documents) {
            cases.add(new Case("document " + shorten(document), hub, "province-staff", "application/json", request(document, Map.of())));
        }
        cases.add(new Case("an operation name that is not in the document", hub, null, "application/json",
                body(Map.of("query", "query a { __typename }", "operationName", "b"))));
        cases.add(new Case("two operations and no name", hub, null, "application/json",
                body(Map.of("query", "query a { __typename } query b { __typename }"))));
        return cases;
    }

    /** Valid documents with values that are wrong: types, enums, ids, sizes, injections, Unicode. */
    private List<Case> values(boolean hub) {
        String staff = "province-staff";
        String byId = "query($id: ID!) { node(id: $id) { id } }";
        String list = hub ? "query($first: Int) { tenant(id: \"changchun\") { achievements(first: $first) { edges { cursor } } } }"
                : "query($first: Int) { achievements(first: $first) { edges { cursor } } }";
        String after = hub ? "query($after: String) { tenant(id: \"changchun\") { achievements(first: 5, after: $after) { edges { cursor } } } }"
                : "query($after: String) { achievements(first: 5, after: $after) { edges { cursor } } }";
        String industry = hub ? "query($i: Industry) { tenant(id: \"changchun\") { achievements(filter: {industry: $i}) { edges { cursor } } } }"
                : "query($i: Industry) { achievements(filter: {industry: $i}) { edges { cursor } } }";
        String update = "mutation($id: ID!, $v: Int!, $input: AchievementInput!) { updateAchievement(id: $id, expectedVersion: $v, input: $input) { id } }";
        String operator = "changchun-operator";
        Map<String, Object> goodInput = new LinkedHashMap<>(Map.of("title", "更新后的标题", "summary", "摘要。", "industry", "CARBON_FIBER",
                "maturity", "PILOT", "ownerInstitution", "吉林大学", "transferModes", List.of("LICENSE")));
        List<Case> cases = new ArrayList<>();
        for (Object id : List.of("", "x", "%%%", "not-an-id", "Y2hhbmdjaHVu", "bm90OmFuOmlkOmF0OmFsbA", "🙂", "a".repeat(300),
                "{\"$gt\": \"\"}", "<script>alert(1)</script>", "*:*", "' OR 1=1 --", GlobalId.encode("changchun", "Cat", "a1"), GlobalId.encode("changchun", "Achievement", "bad id with spaces"),
                Map.of("$gt", ""), List.of("a", "b"), 12, true)) {
            cases.add(new Case("node(id: " + shorten(String.valueOf(id)) + ")", hub, staff, "application/json", request(byId, variables("id", id))));
        }
        for (Object first : List.of(0, -1, 101, 100_000, 2_147_483_648L, 1.5, "ten", "", List.of(1), Map.of("$gt", 0))) {
            cases.add(new Case("achievements(first: " + shorten(String.valueOf(first)) + ")", hub, staff, "application/json",
                    request(list, variables("first", first))));
        }
        for (Object cursor : List.of("x", "*:*", "{\"$gt\":\"\"}", "AAAA", "not a cursor at all", "😀😀😀", java.util.Collections.singletonMap("$ne", null))) {
            cases.add(new Case("achievements(after: " + shorten(String.valueOf(cursor)) + ")", hub, staff, "application/json",
                    request(after, variables("after", cursor))));
        }
        for (Object value : List.of("CAT", "carbon_fiber", "", "CARBON_FIBER; DROP", 3, Map.of("$in", List.of("CARBON_FIBER")))) {
            cases.add(new Case("industry " + shorten(String.valueOf(value)), hub, staff, "application/json", request(industry, variables("i", value))));
        }
        for (String surrogate : List.of("\ud800", "\udfff", "abc\ud83d", "\u0000", "a\u0007b", "\u001b[31m")) {
            cases.add(new Case("text with " + escape(surrogate), hub, staff, "application/json",
                    request("query($t: String) { __typename }", variables("t", surrogate))));
        }
        cases.add(new Case("a lone surrogate escaped in raw JSON", hub, staff, "application/json",
                "{\"query\": \"query($t: String) { __typename }\", \"variables\": {\"t\": \"\\udc00x\"}}".getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("a NUL escaped in the document", hub, staff, "application/json",
                "{\"query\": \"{ __typename \\u0000 }\"}".getBytes(StandardCharsets.UTF_8)));
        // writes by the city's own operator, each wrong in one place
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
                Map.entry("title", ""), Map.entry("title", "碳".repeat(201)), Map.entry("title", Map.of("$gt", "")),
                Map.entry("title", List.of("a")), Map.entry("industry", "NONE"), Map.entry("maturity", "TRL9"),
                Map.entry("askingPrice", "-1.00"), Map.entry("askingPrice", "1e400"), Map.entry("askingPrice", "12.345"),
                Map.entry("askingPrice", "NaN"), Map.entry("askingPrice", Map.of("$gt", 0)), Map.entry("transferModes", List.of("GIFT")),
                Map.entry("transferModes", "LICENSE; DROP"), Map.entry("keywords", List.of("k".repeat(10_000))),
                Map.entry("summary", "摘".repeat(5_001)), Map.entry("title", "\ud800"))) {
            Map<String, Object> input = new LinkedHashMap<>(goodInput);
            input.put(bad.getKey(), bad.getValue());
            if (hub) {
                continue; // the same inputs through the hub are in hubOnly, forwarded
            }
            cases.add(new Case("update with " + bad.getKey() + " = " + shorten(String.valueOf(bad.getValue())), false, operator,
                    "application/json", request(update, variables("id", achievement, "v", 1, "input", input))));
        }
        cases.add(new Case("update at a stale version", hub, operator, "application/json",
                request(update, variables("id", achievement, "v", 99, "input", goodInput))));
        cases.add(new Case("update of another city's record", hub, "jilin-operator", "application/json",
                request(update, variables("id", achievement, "v", 1, "input", goodInput))));
        cases.add(new Case("update without a token", hub, null, "application/json",
                request(update, variables("id", achievement, "v", 1, "input", goodInput))));
        cases.add(new Case("update with a forged token", hub, "forged", "application/json",
                request(update, variables("id", achievement, "v", 1, "input", goodInput))));
        cases.add(new Case("contract move on a contract that does not exist", hub, operator, "application/json",
                request("mutation($id: ID!) { startContractReview(id: $id, expectedVersion: 1) { id } }", variables("id", contract))));
        cases.add(new Case("an achievement id where a contract id belongs", hub, operator, "application/json",
                request("mutation($id: ID!) { startContractReview(id: $id, expectedVersion: 1) { id } }", variables("id", achievement))));
        cases.add(new Case("publish at a stale version", hub, operator, "application/json",
                request("mutation($id: ID!) { publish(id: $id, expectedVersion: 7) { id } }", variables("id", achievement))));
        cases.add(new Case("withdraw a draft", hub, operator, "application/json",
                request("mutation($id: ID!) { withdraw(id: $id, expectedVersion: 1) { id } }", variables("id", achievement))));
        cases.add(new Case("nodes with 101 ids", hub, staff, "application/json",
                request("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables("ids", java.util.Collections.nCopies(101, achievement)))));
        cases.add(new Case("nodes with a null id", hub, staff, "application/json",
                request("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables("ids", java.util.Arrays.asList(achievement, null)))));
        cases.add(new Case("a match proposal with Mongo operators for ids", hub, operator, "application/json",
                request((hub ? "mutation($input: MatchInput!) { proposeMatch(tenantId: \"changchun\", input: $input) { id } }"
                        : "mutation($input: MatchInput!) { proposeMatch(input: $input) { id } }"),
                        variables("input", Map.of("demandId", Map.of("$ne", ""), "candidateId", "x", "candidateTitle", "t",
                                "broker", Map.of("name", "赵"))))));
        cases.addAll(membershipApplications(hub));
        cases.addAll(membersInMatchmaking(hub));
        cases.addAll(instrumentSharing(hub, achievement));
        cases.addAll(policies(hub, achievement));
        cases.addAll(challengeLists(hub, achievement));
        cases.addAll(trading(hub, achievement));
        cases.addAll(financing(hub, achievement));
        cases.addAll(activities(hub, achievement));
        cases.add(new Case("statistics for year 0", hub, staff, "application/json",
                request(hub ? "{ tenant(id: \"changchun\") { contractStatistics(year: 0) { year } } }" : "{ contractStatistics(year: 0) { year } }", Map.of())));
        return cases;
    }

    /** Bookings, vouchers, usage reports and reviews, each wrong in one place: the same code and field at the hub and at the tenant. */
    private List<Case> instrumentSharing(boolean hub, String achievement) {
        String tenantArg = hub ? "tenantId: \"changchun\", " : "";
        String book = "mutation($input: BookingInput!) { bookInstrument(" + tenantArg + "input: $input, memberId: \"" + new TypedId("changchun", "Member", "demo-enterprise").encode()
                + "\") { id } }";
        Map<String, Object> good = Map.of("instrumentId", GlobalId.encode("changchun", "Instrument", "i0000001"), "mode", "ON_SITE",
                "start", "2099-01-05T01:00:00Z", "end", "2099-01-05T03:00:00Z", "purpose", "语料测试");
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
                Map.entry("instrumentId", achievement), Map.entry("instrumentId", Map.of("$ne", "")), Map.entry("mode", "REMOTE"),
                Map.entry("start", "明天上午"), Map.entry("end", "2099-01-05T00:00:00Z"), Map.entry("purpose", ""),
                Map.entry("samples", -1), Map.entry("purpose", "用".repeat(501)))) {
            Map<String, Object> input = new LinkedHashMap<>(good);
            input.put(bad.getKey(), bad.getValue());
            cases.add(new Case("a booking with " + bad.getKey() + " = " + shorten(String.valueOf(bad.getValue())), hub, "changchun-enterprise",
                    "application/json", request(book, variables("input", input))));
        }
        cases.add(new Case("a voucher of a million and one yuan", hub, "province-staff", "application/json",
                request("mutation($input: VoucherInput!) { issueVoucher(" + tenantArg + "input: $input) { id } }", variables("input",
                        Map.of("memberId", new TypedId("changchun", "Member", "demo-enterprise").encode(), "amount", "1000000.01", "validUntil", "2099-12-31")))));
        cases.add(new Case("a voucher payment on what is no booking", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { payWithVoucher(id: $id, expectedVersion: 1, voucherId: \"x\", amount: \"10.00\") { id } }",
                        variables("id", achievement))));
        cases.add(new Case("a usage report for the thirteenth month", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!, $input: UsageReportInput!) { reportInstrumentUsage(id: $id, input: $input) { month } }",
                        variables("id", GlobalId.encode("changchun", "Instrument", "i0000001"), "input",
                                Map.of("month", "2025-13", "effectiveHours", "1.00", "externalHours", "0", "income", "0")))));
        cases.add(new Case("a review of year 0", hub, "province-staff", "application/json",
                request(hub ? "{ tenant(id: \"changchun\") { instrumentReview(year: 0) { year } } }" : "{ instrumentReview(year: 0) { year } }", Map.of())));
        return cases;
    }

    /** Policy documents, each wrong in one place (a script for a link, a rule the market lacks, an end before the start), and an update of what is no policy. */
    private List<Case> policies(boolean hub, String achievement) {
        String create = "mutation($input: PolicyInput!) { createPolicy(" + (hub ? "tenantId: \"changchun\", " : "") + "input: $input) { id } }";
        Map<String, Object> good = Map.of("title", "语料政策", "issuer", "长春市科学技术局", "documentNumber", "长科发〔2026〕1号", "level", "CITY",
                "type", "GENERAL", "issuedOn", "2026-01-01", "summary", "语料测试。");
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
                Map.entry("sourceUrl", "javascript:alert(document.cookie)"), Map.entry("subsidyRules", List.of("free-money")),
                Map.entry("effectiveUntil", "2025-12-31"), Map.entry("level", "GALACTIC"), Map.entry("issuedOn", "2026-02-30"),
                Map.entry("regions", List.of("长".repeat(41))), Map.entry("industries", List.of(Map.of("$in", List.of()))))) {
            Map<String, Object> input = new LinkedHashMap<>(good);
            input.put(bad.getKey(), bad.getValue());
            cases.add(new Case("a policy with " + bad.getKey() + " = " + shorten(String.valueOf(bad.getValue())), hub, "changchun-operator",
                    "application/json", request(create, variables("input", input))));
        }
        cases.add(new Case("a policy update of what is no policy", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!, $input: PolicyInput!) { updatePolicy(id: $id, expectedVersion: 1, input: $input) { id } }",
                        variables("id", achievement, "input", good))));
        return cases;
    }

    /** 揭榜挂帅: lists, applications, reviews and payments, each wrong in one place, and steps on what is no list or application. */
    private List<Case> challengeLists(boolean hub, String achievement) {
        String tenantArg = hub ? "tenantId: \"changchun\", " : "";
        String create = "mutation($input: ChallengeInput!) { createChallenge(" + tenantArg + "input: $input) { id } }";
        Map<String, Object> list = Map.of("title", "语料榜单", "type", "GOVERNMENT_PROJECT", "industry", "NEW_ENERGY", "problem", "语料测试。",
                "indicators", List.of("指标"), "funding", "1000000.00", "funder", "吉林省科学技术厅", "deadline", "2099-06-30T09:00:00Z",
                "issuer", "吉林省科学技术厅");
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
                Map.entry("deadline", "2020-01-01T00:00:00Z"), Map.entry("deadline", "下个月"), Map.entry("funding", "-5"),
                Map.entry("type", "LOTTERY"), Map.entry("indicators", List.of()),
                Map.entry("criteria", List.of(Map.of("name", "方案", "weight", 90))),
                Map.entry("criteria", List.of(Map.of("name", "方案", "weight", 50), Map.of("name", "方案", "weight", 50))))) {
            Map<String, Object> input = new LinkedHashMap<>(list);
            input.put(bad.getKey(), bad.getValue());
            cases.add(new Case("a challenge list with " + bad.getKey() + " = " + shorten(String.valueOf(bad.getValue())), hub, "changchun-operator",
                    "application/json", request(create, variables("input", input))));
        }
        String member = new TypedId("changchun", "Member", "demo-enterprise").encode();
        Map<String, Object> application = Map.of("memberId", member, "team", List.of(Map.of("name", "周明", "institution", "吉林大学")),
                "plan", "语料方案", "budget", "100000.00",
                "milestones", List.of(Map.of("title", "样机", "deliverable", "样机", "due", "2099-01-01", "paymentPercent", 100)));
        String apply = "mutation($id: ID!, $input: ChallengeApplicationInput!) { applyForChallenge(id: $id, input: $input) { id } }";
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
                Map.entry("budget", "一百万"), Map.entry("team", List.of()), Map.entry("milestones", List.of(Map.of("title", "样机",
                        "deliverable", "样机", "due", "2099-01-01", "paymentPercent", 0))),
                Map.entry("avoidExperts", java.util.Collections.nCopies(6, "x")), Map.entry("memberId", Map.of("$ne", "")))) {
            Map<String, Object> input = new LinkedHashMap<>(application);
            input.put(bad.getKey(), bad.getValue());
            cases.add(new Case("a challenge application with " + bad.getKey() + " = " + shorten(String.valueOf(bad.getValue())), hub,
                    "changchun-enterprise", "application/json", request(apply, variables("id", achievement, "input", input))));
        }
        cases.add(new Case("a challenge application for what is no list", hub, "changchun-enterprise", "application/json",
                request(apply, variables("id", achievement, "input", application))));
        cases.add(new Case("a demand nomination of what is no demand", hub, "changchun-enterprise", "application/json",
                request("mutation($input: DemandNominationInput!) { nominateDemandAsChallenge(" + tenantArg + "input: $input) { id } }",
                        variables("input", Map.of("demandId", achievement, "memberId", member, "funding", "1000000.00", "indicators", List.of("指标"),
                                "deadline", "2099-06-30T09:00:00Z")))));
        cases.add(new Case("a reviewer draw of what is no list", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { drawChallengeReviewers(id: $id, expectedVersion: 1, count: 3) { id } }", variables("id", achievement))));
        cases.add(new Case("a review score of 101", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { recordChallengeReview(id: $id, expertId: \"x\", scores: [{criterion: \"方案\", score: 101}]) { total } }",
                        variables("id", achievement))));
        cases.add(new Case("a payment on the thirtieth of February", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!, $p: PaymentInput!) { recordChallengePayment(id: $id, expectedVersion: 1, milestone: 1, payment: $p) { id } }",
                        variables("id", achievement, "p", Map.of("amount", "100.00", "paidOn", "2026-02-30", "reference", "BF-1")))));
        cases.add(new Case("challenge statistics for year 0", hub, "changchun-operator", "application/json",
                request(hub ? "{ tenant(id: \"changchun\") { challengeStatistics(year: 0) { year } } }" : "{ challengeStatistics(year: 0) { year } }",
                        Map.of())));
        return cases;
    }

    /** 挂牌交易: listings, intents, bids, objections, deal contracts and payment plans, each wrong in one place, and steps on what is no listing or contract. */
    private List<Case> trading(boolean hub, String achievement) {
        String list = "mutation($input: ListingInput!) { listAchievement(" + (hub ? "tenantId: \"changchun\", " : "") + "input: $input) { id } }";
        Map<String, Object> good = Map.of("achievementId", achievement, "mode", "BIDDING", "terms", "ASSIGNMENT", "reservePrice", "1000000.00",
                "increment", "10000.00", "noticeDays", 10);
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
                Map.entry("reservePrice", "-1"), Map.entry("reservePrice", "1000000.001"), Map.entry("mode", "RAFFLE"), Map.entry("terms", "LEASE"),
                Map.entry("noticeDays", 0), Map.entry("noticeDays", 1000), Map.entry("deposit", "一万"), Map.entry("increment", "0"),
                Map.entry("auctionMinutes", 1), Map.entry("achievementId", Map.of("$ne", "")))) {
            Map<String, Object> input = new LinkedHashMap<>(good);
            input.put(bad.getKey(), bad.getValue());
            cases.add(new Case("a listing with " + bad.getKey() + " = " + shorten(String.valueOf(bad.getValue())), hub, "changchun-operator",
                    "application/json", request(list, variables("input", input))));
        }
        String member = new TypedId("changchun", "Member", "demo-enterprise").encode();
        String listing = new TypedId("changchun", "Listing", "000000000000000000000000").encode();
        String intent = "mutation($id: ID!, $input: IntentInput!) { registerIntent(id: $id, input: $input) { id } }";
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
                Map.entry("offeredPrice", "一百万"), Map.entry("offeredPrice", "0"), Map.entry("memberId", Map.of("$ne", "")),
                Map.entry("depositReference", "参".repeat(101)))) {
            Map<String, Object> input = new LinkedHashMap<>(Map.of("memberId", member, "offeredPrice", "1000000.00"));
            input.put(bad.getKey(), bad.getValue());
            cases.add(new Case("an intent with " + bad.getKey() + " = " + shorten(String.valueOf(bad.getValue())), hub, "changchun-enterprise",
                    "application/json", request(intent, variables("id", listing, "input", input))));
        }
        cases.add(new Case("an intent for what is no listing", hub, "changchun-enterprise", "application/json",
                request(intent, variables("id", achievement, "input", Map.of("memberId", member, "offeredPrice", "1000000.00")))));
        cases.add(new Case("a bid to a thousandth of a yuan", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { placeBid(id: $id, memberId: \"" + member + "\", amount: \"1000000.001\") { id } }", variables("id", listing))));
        cases.add(new Case("an objection without reasons", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { lodgeObjection(id: $id, reasons: \"\") { id } }", variables("id", listing))));
        cases.add(new Case("an objection resolved on what is no listing", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { resolveObjection(id: $id, expectedVersion: 1, number: 1, upheld: true, resolution: \"成立\") { id } }",
                        variables("id", achievement))));
        cases.add(new Case("a listing rejected without a reason", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { rejectListing(id: $id, expectedVersion: 1, reason: \" \") { id } }", variables("id", listing))));
        cases.add(new Case("a listing withdrawn with a reason of 1001 characters", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!, $r: String!) { withdrawListing(id: $id, expectedVersion: 1, reason: $r) { id } }",
                        variables("id", listing, "r", "因".repeat(1001)))));
        cases.add(new Case("a listing reinstated that is no listing", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { reinstateListing(id: $id, expectedVersion: 1, reason: \"已补正\") { id } }", variables("id", achievement))));
        cases.add(new Case("a buyer chosen by a malformed member id", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { chooseBuyer(id: $id, expectedVersion: 1, memberId: \"{$ne: 1}\") { id } }", variables("id", listing))));
        cases.add(new Case("a listing listed again at a negative reserve", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { relistAchievement(id: $id, expectedVersion: 1, reservePrice: \"-1\") { id } }", variables("id", listing))));
        cases.add(new Case("a listing approved at a stale version", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { approveListing(id: $id, expectedVersion: 7) { id } }", variables("id", listing))));
        cases.add(new Case("a deal contract signed in 2099", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!, $input: DealContractInput!) { submitDealContract(id: $id, input: $input) { id } }",
                        variables("id", listing, "input", Map.of("memberId", member, "signedOn", "2099-01-01", "technologyIncome", "10.00")))));
        cases.add(new Case("a payment plan with a milestone of nothing", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!, $m: [PaymentMilestoneInput!]!) { setPaymentPlan(id: $id, milestones: $m) { id } }",
                        variables("id", contract, "m", List.of(Map.of("condition", "首期", "amount", "0", "dueOn", "2099-01-01"))))));
        cases.add(new Case("an evaluation asked of what is no institution", hub, "changchun-operator", "application/json",
                request("mutation($input: EvaluationRequestInput!) { requestEvaluation(" + (hub ? "tenantId: \"changchun\", " : "")
                        + "input: $input) { id } }", variables("input", Map.of("achievementId", achievement, "institutionId", "x", "purpose", "定价")))));
        String evaluation = new TypedId("changchun", "Evaluation", "000000000000000000000000").encode();
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(Map.entry("readiness", 10), Map.entry("method", "ASTROLOGY"),
                Map.entry("valueLow", "-1"), Map.entry("file", Map.of("name", "r.pdf", "mediaType", "application/pdf", "sizeBytes", 1, "sha256", "xyz")))) {
            Map<String, Object> report = new LinkedHashMap<>(Map.of("method", "INCOME", "valueLow", "1.00", "valueHigh", "2.00", "readiness", 5,
                    "maturity", "PILOT", "findings", "语料", "file", Map.of("name", "r.pdf", "mediaType", "application/pdf", "sizeBytes", 1,
                            "sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")));
            report.put(bad.getKey(), bad.getValue());
            cases.add(new Case("an evaluation report with " + bad.getKey() + " = " + shorten(String.valueOf(bad.getValue())), hub, "changchun-enterprise",
                    "application/json", request("mutation($id: ID!, $r: EvaluationReportInput!) { fileEvaluationReport(id: $id, expectedVersion: 2,"
                    + " report: $r) { id } }", variables("id", evaluation, "r", report))));
        }
        cases.add(new Case("an evaluation accepted that is no evaluation", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { acceptEvaluation(id: $id, expectedVersion: 1) { id } }", variables("id", achievement))));
        cases.add(new Case("an evaluation declined without a reason", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { declineEvaluation(id: $id, expectedVersion: 1, reason: \"\") { id } }", variables("id", evaluation))));
        cases.add(new Case("an evaluation withdrawn with a reason of 1001 characters", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!, $r: String!) { withdrawEvaluation(id: $id, expectedVersion: 1, reason: $r) { id } }",
                        variables("id", evaluation, "r", "因".repeat(1001)))));
        cases.add(new Case("a match signed by what is no contract", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { signMatchByContract(id: $id, contractId: \"x\") { id } }",
                        variables("id", new TypedId("changchun", "Match", "000000000000000000000000").encode()))));
        cases.add(new Case("a payment on what is no contract", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!, $p: PaymentInput!) { recordPayment(id: $id, expectedVersion: 1, milestone: 1, payment: $p) { id } }",
                        variables("id", contract, "p", Map.of("amount", "100.00", "paidOn", "2026-01-01", "reference", "ICBC-1")))));
        return cases;
    }

    /** 银企对接: financing requests, each wrong in one place, and institutions' answers with bad terms or on what is no request. */
    private List<Case> financing(boolean hub, String achievement) {
        String file = "mutation($input: FinancingRequestInput!) { fileFinancingRequest(" + (hub ? "tenantId: \"changchun\", " : "") + "input: $input) { id } }";
        String enterprise = new TypedId("changchun", "Member", "demo-enterprise").encode();
        Map<String, Object> good = Map.of("memberId", enterprise, "title", "语料测试融资", "amount", "1000000.00", "purpose", "用于坏输入语料。",
                "termMonths", 12, "stage", "GROWTH", "industry", "CARBON_FIBER", "collateral", List.of("CREDIT"));
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
                Map.entry("amount", "-1"), Map.entry("amount", "9999.99"), Map.entry("amount", "一百万"), Map.entry("amount", "1000000.001"),
                Map.entry("termMonths", 0), Map.entry("termMonths", 361), Map.entry("stage", "UNICORN"), Map.entry("industry", "ALCHEMY"),
                Map.entry("collateral", List.of()), Map.entry("collateral", List.of("GOODWILL")), Map.entry("collateral", List.of("IP_PLEDGE")),
                Map.entry("pledgedAchievementIds", List.of(achievement)), Map.entry("title", ""), Map.entry("purpose", "用".repeat(2001)),
                Map.entry("memberId", new TypedId("changchun", "Member", "demo-bank").encode()), Map.entry("memberId", Map.of("$ne", "")),
                Map.entry("achievementId", "not-an-id"), Map.entry("demandId", achievement))) {
            Map<String, Object> input = new LinkedHashMap<>(good);
            input.put(bad.getKey(), bad.getValue());
            cases.add(new Case("a financing request with " + bad.getKey() + " = " + shorten(String.valueOf(bad.getValue())), hub,
                    "changchun-enterprise", "application/json", request(file, variables("input", input))));
        }
        String request = new TypedId("changchun", "FinancingRequest", "000000000000000000000000").encode();
        String institution = GlobalId.encode("changchun", "FinancingInstitution", "demo-bank-institution");
        cases.add(new Case("a financing request sent to no institution", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { sendFinancingRequest(id: $id, institutionIds: []) { id } }", variables("id", request))));
        cases.add(new Case("a financing request sent to what is no institution", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!, $to: [ID!]!) { sendFinancingRequest(id: $id, institutionIds: $to) { id } }",
                        variables("id", request, "to", List.of(achievement)))));
        cases.add(new Case("a financing request withdrawn without a reason", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { withdrawFinancingRequest(id: $id, expectedVersion: 1, reason: \" \") { id } }", variables("id", request))));
        cases.add(new Case("interest in what is no financing request", hub, "changchun-bank", "application/json",
                request("mutation($id: ID!, $i: ID!) { expressFinancingInterest(id: $id, institutionId: $i) { id } }",
                        variables("id", achievement, "i", institution))));
        cases.add(new Case("due diligence on a malformed institution id", hub, "changchun-bank", "application/json",
                request("mutation($id: ID!) { startDueDiligence(id: $id, institutionId: \"{$ne: 1}\") { id } }", variables("id", request))));
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(Map.entry("amount", "0"), Map.entry("ratePercent", "36.01"),
                Map.entry("ratePercent", "三厘"), Map.entry("termMonths", 0))) {
            Map<String, Object> terms = new LinkedHashMap<>(Map.of("amount", "1000000.00", "ratePercent", "3.65", "termMonths", 12));
            terms.put(bad.getKey(), bad.getValue());
            cases.add(new Case("financing approved with " + bad.getKey() + " = " + bad.getValue(), hub, "changchun-bank", "application/json",
                    request("mutation($id: ID!, $i: ID!, $t: FinancingTermsInput!) { approveFinancing(id: $id, institutionId: $i, terms: $t) { id } }",
                            variables("id", request, "i", institution, "t", terms))));
        }
        cases.add(new Case("financing declined with a reason of 1001 characters", hub, "changchun-bank", "application/json",
                request("mutation($id: ID!, $i: ID!, $r: String!) { declineFinancing(id: $id, institutionId: $i, reason: $r) { id } }",
                        variables("id", request, "i", institution, "r", "因".repeat(1001)))));
        cases.add(new Case("a disbursement dated in 2099", hub, "changchun-bank", "application/json",
                request("mutation($id: ID!, $i: ID!) { recordDisbursement(id: $id, institutionId: $i, disbursement: {amount: \"100.00\","
                        + " disbursedOn: \"2099-01-01\"}) { id } }", variables("id", request, "i", institution))));
        cases.add(new Case("a disbursement of minus one yuan", hub, "changchun-bank", "application/json",
                request("mutation($id: ID!, $i: ID!) { recordDisbursement(id: $id, institutionId: $i, disbursement: {amount: \"-1.00\","
                        + " disbursedOn: \"2026-01-01\"}) { id } }", variables("id", request, "i", institution))));
        return cases;
    }

    /** Activities: each wrong in one place, invitations, registrations, questions and outcomes on what is no activity or with bad values. */
    private List<Case> activities(boolean hub, String achievement) {
        String create = "mutation($input: ActivityInput!) { createActivity(" + (hub ? "tenantId: \"changchun\", " : "") + "input: $input) { id } }";
        Map<String, Object> good = Map.of("kind", "FAIR", "fairFormat", "THEMED", "title", "语料测试对接会", "online", false, "place", "长春",
                "startsAt", "2026-06-01T01:00:00Z", "endsAt", "2026-06-01T08:00:00Z", "capacity", 100);
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
                Map.entry("kind", "PARTY"), Map.entry("fairFormat", "BANQUET"), Map.entry("title", ""), Map.entry("title", "题".repeat(201)),
                Map.entry("place", " "), Map.entry("startsAt", "tomorrow"), Map.entry("endsAt", "2026-05-01T00:00:00Z"), Map.entry("capacity", 0),
                Map.entry("capacity", 100_001), Map.entry("halls", List.of(Map.of("name", "新材料馆"))), Map.entry("industries", List.of("ALCHEMY")),
                Map.entry("online", "yes"))) {
            Map<String, Object> input = new LinkedHashMap<>(good);
            input.put(bad.getKey(), bad.getValue());
            cases.add(new Case("an activity with " + bad.getKey() + " = " + shorten(String.valueOf(bad.getValue())), hub, "changchun-operator",
                    "application/json", request(create, variables("input", input))));
        }
        Map<String, Object> noEnd = new LinkedHashMap<>(good);
        noEnd.remove("endsAt");
        cases.add(new Case("a fair without an end", hub, "changchun-operator", "application/json", request(create, variables("input", noEnd))));
        String activity = new TypedId("changchun", "Activity", "000000000000000000000000").encode();
        for (Map<String, Object> input : List.<Map<String, Object>>of(Map.of("role", "EXHIBIT"), Map.of("role", "GUEST", "recordId", achievement),
                Map.of("role", "PRESENTER", "recordId", achievement, "streamUrl", "javascript:alert(1)"),
                Map.of("role", "PRESENTER", "memberId", "x", "pitch", "融资", "amountSought", "-5"))) {
            cases.add(new Case("an invitation " + shorten(input.toString()), hub, "changchun-operator", "application/json",
                    request("mutation($id: ID!, $input: ParticipantInput!) { inviteParticipant(id: $id, input: $input) { id } }",
                            variables("id", activity, "input", input))));
        }
        cases.add(new Case("an invitation to what is no activity", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!, $input: ParticipantInput!) { inviteParticipant(id: $id, input: $input) { id } }",
                        variables("id", achievement, "input", Map.of("role", "EXHIBIT", "recordId", achievement)))));
        cases.add(new Case("an invitation declined without a reason", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { answerInvitation(id: $id, number: 1, accept: false) { id } }", variables("id", activity))));
        String member = new TypedId("changchun", "Member", "demo-enterprise").encode();
        cases.add(new Case("a registration for what is no activity", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!, $m: ID!) { registerForActivity(id: $id, memberId: $m) { id } }", variables("id", activity, "m", member))));
        cases.add(new Case("a registration for a malformed member", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { registerForActivity(id: $id, memberId: \"<img src=x>\") { id } }", variables("id", activity))));
        cases.add(new Case("a registration cancelled of what is no activity", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!, $m: ID!) { cancelActivityRegistration(id: $id, memberId: $m) { id } }", variables("id", achievement, "m", member))));
        cases.add(new Case("a check-in at what is no activity", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!, $m: ID!) { checkInAttendee(id: $id, memberId: $m) { id } }", variables("id", activity, "m", member))));
        cases.add(new Case("a question of 501 characters", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!, $m: ID!, $t: String!) { askQuestion(id: $id, memberId: $m, text: $t) { id } }",
                        variables("id", activity, "m", member, "t", "问".repeat(501)))));
        cases.add(new Case("a question moderated that is no question", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { moderateQuestion(id: $id, questionId: \"nope\", publish: true) { id } }", variables("id", activity))));
        cases.add(new Case("an empty answer", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { answerQuestion(id: $id, questionId: \"nope\", text: \"\") { id } }", variables("id", activity))));
        for (Map<String, Object> input : List.<Map<String, Object>>of(Map.of("kind", "DONATION"),
                Map.of("kind", "INTENTION_AGREEMENT", "amount", "-1", "parties", List.of(Map.of("name", "甲"), Map.of("name", "乙"))),
                Map.of("kind", "INTENTION_AGREEMENT", "amount", "100.00", "parties", List.of(Map.of("name", ""))),
                Map.of("kind", "MATCH_STARTED", "broker", Map.of("name", "")))) {
            cases.add(new Case("an outcome " + shorten(input.toString()), hub, "changchun-operator", "application/json",
                    request("mutation($id: ID!, $input: ActivityOutcomeInput!) { recordActivityOutcome(id: $id, input: $input) { id } }",
                            variables("id", activity, "input", input))));
        }
        cases.add(new Case("an activity published at a stale version", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { publishActivity(id: $id, expectedVersion: 9) { id } }", variables("id", activity))));
        cases.add(new Case("an activity cancelled without a reason", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { cancelActivity(id: $id, expectedVersion: 1, reason: \"\") { id } }", variables("id", activity))));
        cases.add(new Case("an activity concluded that is no activity", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { concludeActivity(id: $id, expectedVersion: 1) { id } }", variables("id", achievement))));
        cases.add(new Case("an activity updated with a capacity of -3", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!, $input: ActivityInput!) { updateActivity(id: $id, expectedVersion: 1, input: $input) { id } }",
                        variables("id", activity, "input", Map.of("kind", "ROADSHOW", "title", "路演", "online", true, "startsAt", "2026-06-01T01:00:00Z",
                                "endsAt", "2026-06-01T03:00:00Z", "capacity", -3)))));
        return cases;
    }

    /** Applications for membership, each wrong in one place, and membership steps on what is no membership. */
    private List<Case> membershipApplications(boolean hub) {
        String person = "changchun-applicant";
        String apply = hub ? "mutation($input: MembershipApplicationInput!) { applyForMembership(tenantId: \"changchun\", input: $input) { id } }"
                : "mutation($input: MembershipApplicationInput!) { applyForMembership(input: $input) { id } }";
        Map<String, Object> good = new LinkedHashMap<>(Map.of("kind", "ENTERPRISE", "name", "语料测试企业",
                "creditCode", PartyCodes.withCheck("91220102MA0000C01"), "regionCode", "220102",
                "contact", Map.of("name", "赵敏", "phone", "0431-81234567")));
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
                Map.entry("creditCode", "91220102MA0000C0X"), Map.entry("creditCode", PartyCodes.residentIdWithCheck("22010219850312001")),
                Map.entry("creditCode", Map.of("$ne", "")), Map.entry("kind", "BROKER"), Map.entry("kind", "GOVERNMENT"),
                Map.entry("name", ""), Map.entry("name", "名".repeat(201)), Map.entry("regionCode", "2201"),
                Map.entry("regionCode", "<script>"), Map.entry("contact", Map.of("phone", "call me")),
                Map.entry("contact", Map.of("email", "not an address")), Map.entry("industries", List.of("ALCHEMY")),
                Map.entry("broker", Map.of("certificateNumber", "JSJJR-1", "level", "SENIOR")),
                Map.entry("documents", List.of(Map.of("name", "执照.pdf", "mediaType", "application/pdf", "sizeBytes", 1, "sha256", "abc"))),
                Map.entry("documents", java.util.Collections.nCopies(21, Map.of("name", "执照.pdf", "mediaType", "application/pdf",
                        "sizeBytes", 1, "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))))) {
            Map<String, Object> input = new LinkedHashMap<>(good);
            input.put(bad.getKey(), bad.getValue());
            cases.add(new Case("membership application with " + bad.getKey() + " = " + shorten(String.valueOf(bad.getValue())), hub, person,
                    "application/json", request(apply, variables("input", input))));
        }
        cases.add(new Case("membership application by an operator", hub, "changchun-operator", "application/json",
                request(apply, variables("input", good))));
        cases.add(new Case("membership application without a token", hub, null, "application/json", request(apply, variables("input", good))));
        String noSuchMember = GlobalId.encode("changchun", "Member", "000000000000000000000000");
        cases.add(new Case("verify a membership that does not exist", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 1) { id } }", variables("id", noSuchMember))));
        cases.add(new Case("an achievement id where a membership id belongs", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 1) { id } }", variables("id", achievement))));
        String createDemand = hub ? "mutation($input: DemandInput!, $m: ID) { createDemand(tenantId: \"changchun\", input: $input, memberId: $m) { id } }"
                : "mutation($input: DemandInput!, $m: ID) { createDemand(input: $input, memberId: $m) { id } }";
        Map<String, Object> demand = Map.of("title", "语料测试需求", "problem", "用于坏输入语料。", "industry", "NEW_ENERGY", "enterpriseName", "语料企业");
        for (Object memberId : java.util.Arrays.asList(null, "not-an-id", achievement, GlobalId.encode("changchun", "Member", "demo-applicant"),
                GlobalId.encode("changchun", "Member", "demo-bank"), GlobalId.encode("jilin", "Member", "demo-enterprise"))) {
            cases.add(new Case("a member's demand for memberId " + shorten(String.valueOf(memberId)), hub, "changchun-enterprise", "application/json",
                    request(createDemand, variables("input", demand, "m", memberId))));
        }
        String submitContract = hub ? "mutation($input: ContractInput!, $m: ID) { submitContract(tenantId: \"changchun\", input: $input, memberId: $m) { id } }"
                : "mutation($input: ContractInput!, $m: ID) { submitContract(input: $input, memberId: $m) { id } }";
        Map<String, Object> contract = Map.of("type", "LICENSE", "title", "语料测试合同",
                "seller", Map.of("name", "吉林大学", "creditCode", PartyCodes.withCheck("12220000MA0000001"), "kind", "UNIVERSITY"),
                "buyer", Map.of("name", "某公司", "creditCode", "91350100M000100Y43", "kind", "ENTERPRISE"),
                "amount", "100000.00", "technologyIncome", "100000.00", "signedOn", "2026-03-01");
        for (Object memberId : java.util.Arrays.asList(null, GlobalId.encode("changchun", "Member", "demo-enterprise"), "not-an-id")) {
            cases.add(new Case("a contract filed by a member that is no party, memberId " + shorten(String.valueOf(memberId)), hub,
                    "changchun-enterprise", "application/json", request(submitContract, variables("input", contract, "m", memberId))));
        }
        String markRead = hub ? "mutation($ids: [ID!]!) { markInboxRead(tenantId: \"changchun\", ids: $ids) { unread } }"
                : "mutation($ids: [ID!]!) { markInboxRead(ids: $ids) { unread } }";
        cases.add(new Case("mark 101 inbox messages read", hub, "changchun-enterprise", "application/json",
                request(markRead, variables("ids", java.util.Collections.nCopies(101, "0123456789abcdef01234567")))));
        cases.add(new Case("mark inbox messages read without a token", hub, null, "application/json",
                request(markRead, variables("ids", List.of("0123456789abcdef01234567")))));
        cases.add(new Case("submit for review a record of no member of one's own", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { submitForReview(id: $id, expectedVersion: 1) { id } }", variables("id", achievement))));
        cases.add(new Case("return for revision without a reason", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { returnForRevision(id: $id, expectedVersion: 1, reason: \" \") { id } }", variables("id", achievement))));
        cases.add(new Case("return for revision a draft", hub, "changchun-operator", "application/json",
                request("mutation($id: ID!) { returnForRevision(id: $id, expectedVersion: 1, reason: \"改\") { id } }", variables("id", achievement))));
        cases.add(new Case("reapply for a membership that is not one's own", hub, person, "application/json",
                request("mutation($id: ID!, $input: MembershipApplicationInput!) { reapplyForMembership(id: $id, expectedVersion: 1, input: $input) { id } }",
                        variables("id", GlobalId.encode("changchun", "Member", "demo-enterprise"), "input", good))));
        return cases;
    }

    /** Brokers' and demand owners' steps in matchmaking, colleagues, and what links a contract to a match, each wrong once. */
    private List<Case> membersInMatchmaking(boolean hub) {
        String broker = GlobalId.encode("changchun", "Member", "demo-broker");
        String enterprise = GlobalId.encode("changchun", "Member", "demo-enterprise");
        String demoMatch = GlobalId.encode("changchun", "Match", "demo-match");
        String demand = GlobalId.encode("changchun", "Demand", "d0900000");
        String propose = hub ? "mutation($input: MatchInput!, $m: ID) { proposeMatch(tenantId: \"changchun\", input: $input, memberId: $m) { id } }"
                : "mutation($input: MatchInput!, $m: ID) { proposeMatch(input: $input, memberId: $m) { id } }";
        Map<String, Object> proposal = Map.of("demandId", demand, "candidateId", GlobalId.encode("jilin", "Achievement", "a0000001"),
                "candidateTitle", "语料候选");
        Map<String, Object> namingBroker = new LinkedHashMap<>(proposal);
        namingBroker.put("broker", Map.of("name", "赵"));
        List<Case> cases = new ArrayList<>();
        for (Object memberId : java.util.Arrays.asList(null, enterprise, "not-an-id", GlobalId.encode("jilin", "Member", "demo-broker"))) {
            cases.add(new Case("a broker's proposal as memberId " + shorten(String.valueOf(memberId)), hub, "changchun-broker", "application/json",
                    request(propose, variables("input", proposal, "m", memberId))));
        }
        cases.add(new Case("a broker member's proposal naming a broker too", hub, "changchun-broker", "application/json",
                request(propose, variables("input", namingBroker, "m", broker))));
        cases.add(new Case("an operator's proposal naming no broker", hub, "changchun-operator", "application/json",
                request(propose, variables("input", proposal, "m", null))));
        cases.add(new Case("an enterprise's proposal as a broker", hub, "changchun-enterprise", "application/json",
                request(propose, variables("input", proposal, "m", enterprise))));
        cases.add(new Case("a demand's owner moving the broker's match", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { negotiateMatch(id: $id, expectedVersion: 2) { id } }", variables("id", demoMatch))));
        cases.add(new Case("contact a contacted match", hub, "changchun-broker", "application/json",
                request("mutation($id: ID!) { contactMatch(id: $id, expectedVersion: 2) { id } }", variables("id", demoMatch))));
        cases.add(new Case("a contact that is no telephone number", hub, "changchun-broker", "application/json",
                request("mutation($id: ID!, $c: ContactInput) { contactMatch(id: $id, expectedVersion: 2, candidateContact: $c) { id } }",
                        variables("id", demoMatch, "c", Map.of("phone", "<script>alert(1)</script>")))));
        String request = hub ? "mutation($input: MeetingRequestInput!) { requestExpertMeetings(tenantId: \"changchun\", input: $input) { id } }"
                : "mutation($input: MeetingRequestInput!) { requestExpertMeetings(input: $input) { id } }";
        cases.add(new Case("a meeting request for another member's demand", hub, "changchun-bank", "application/json",
                request(request, variables("input", Map.of("demandId", demand, "topic", "咨询",
                        "experts", List.of(Map.of("id", GlobalId.encode("jilin", "Expert", "e0000001"), "name", "专家")))))));
        cases.add(new Case("cancel a meeting request that does not exist", hub, "changchun-enterprise", "application/json",
                request("mutation($id: ID!) { cancelMeeting(id: $id, expectedVersion: 1, reason: \"不需要了\") { id } }",
                        variables("id", GlobalId.encode("changchun", "MeetingRequest", "000000000000000000000000")))));
        String colleague = "mutation($id: ID!, $s: String!) { %s(id: $id, expectedVersion: 3, subject: $s) { id } }";
        for (Object subject : List.of("<script>", "", "x".repeat(65), "a b")) {
            cases.add(new Case("invite colleague " + shorten(String.valueOf(subject)), hub, "changchun-enterprise", "application/json",
                    request(colleague.formatted("inviteColleague"), variables("id", enterprise, "s", subject))));
        }
        cases.add(new Case("invite a colleague to another's member", hub, "changchun-bank", "application/json",
                request(colleague.formatted("inviteColleague"), variables("id", enterprise, "s", "zhang.wei"))));
        cases.add(new Case("the owner removing themselves", hub, "changchun-enterprise", "application/json",
                request(colleague.formatted("removeColleague"), variables("id", enterprise, "s", "changchun-enterprise"))));
        String submit = hub ? "mutation($input: ContractInput!) { submitContract(tenantId: \"changchun\", input: $input) { id } }"
                : "mutation($input: ContractInput!) { submitContract(input: $input) { id } }";
        for (Object matchId : List.of(demoMatch, "not-an-id", demand)) {
            cases.add(new Case("a contract linking " + shorten(String.valueOf(matchId)), hub, "changchun-operator", "application/json",
                    request(submit, variables("input", Map.of("type", "LICENSE", "title", "语料测试合同",
                            "seller", Map.of("name", "吉林大学", "creditCode", PartyCodes.withCheck("12220000MA0000001"), "kind", "UNIVERSITY"),
                            "buyer", Map.of("name", "某公司", "creditCode", "91350100M000100Y43", "kind", "ENTERPRISE"),
                            "amount", "100000.00", "technologyIncome", "100000.00", "signedOn", "2026-03-01", "matchId", matchId)))));
        }
        cases.add(new Case("broker ranking for year 0", hub, "province-staff", "application/json",
                request(hub ? "{ tenant(id: \"changchun\") { brokerRanking(year: 0) { name } } }" : "{ brokerRanking(year: 0) { name } }", Map.of())));
        if (hub) {
            for (String arguments : List.of("year: 2026, first: 0", "year: 2026, first: 201", "year: 99999")) {
                cases.add(new Case("province broker ranking(" + arguments + ")", true, "province-staff", "application/json",
                        request("{ province { brokerRanking(" + arguments + ") { rank } } }", Map.of())));
            }
        }
        return cases;
    }

    /** What only the hub serves: the registry, search, matching, province figures; and writes it forwards. */
    private List<Case> hubOnly() {
        String admin = "platform-admin";
        String staff = "province-staff";
        String register = "mutation($input: TenantInput!) { registerTenant(input: $input) { id } }";
        List<Case> cases = new ArrayList<>();
        for (Map<String, Object> input : List.<Map<String, Object>>of(
                Map.of("id", "Bad Id", "name", "坏", "regionCode", "220100", "endpoint", "http://127.0.0.1:1/g"),
                Map.of("id", "x", "name", "坏", "regionCode", "220100", "endpoint", "http://127.0.0.1:1/g"),
                Map.of("id", "siping", "name", "", "regionCode", "220300", "endpoint", "http://127.0.0.1:1/g"),
                Map.of("id", "siping", "name", "四平", "regionCode", "2203", "endpoint", "http://127.0.0.1:1/g"),
                Map.of("id", "siping", "name", "四平", "regionCode", "ABCDEF", "endpoint", "http://127.0.0.1:1/g"),
                Map.of("id", "siping", "name", "四平", "regionCode", "220300", "endpoint", "ftp://127.0.0.1/g"),
                Map.of("id", "siping", "name", "四平", "regionCode", "220300", "endpoint", "javascript:alert(1)"),
                Map.of("id", "siping", "name", "四平", "regionCode", "220300", "endpoint", "not a url"),
                Map.of("id", "siping", "name", "四平", "regionCode", "220300"),
                Map.of("id", Map.of("$gt", ""), "name", "四平", "regionCode", "220300", "endpoint", "http://127.0.0.1:1/g"))) {
            cases.add(new Case("registerTenant " + shorten(input.toString()), true, admin, "application/json", request(register, variables("input", input))));
        }
        cases.add(new Case("the province's calendar of 101 activities", true, null, "application/json",
                request("query { upcomingActivities(first: 101) { id } }", Map.of())));
        cases.add(new Case("province activity statistics of year 1", true, staff, "application/json",
                request("query { province { activityStatistics(year: 1) { year } } }", Map.of())));
        cases.add(new Case("financing requests sent to a malformed member id", true, "changchun-bank", "application/json",
                request("query { financingRequestsSentTo(memberId: \"<script>\") { id } }", Map.of())));
        cases.add(new Case("province financing statistics of year 1", true, staff, "application/json",
                request("query { province { financingStatistics(year: 1) { requests } } }", Map.of())));
        cases.add(new Case("suggestions of demands for a financing request", true, "changchun-enterprise", "application/json",
                request("query($id: ID!) { matchSuggestions(id: $id, kinds: [DEMAND]) { score } }",
                        variables("id", new TypedId("changchun", "FinancingRequest", "000000000000000000000000").encode()))));
        cases.add(new Case("registerTenant by province staff", true, staff, "application/json", request(register,
                variables("input", Map.of("id", "siping", "name", "四平", "regionCode", "220300", "endpoint", "http://127.0.0.1:1/g")))));
        for (Object status : List.of("DELETED", "", "active")) {
            cases.add(new Case("setTenantStatus " + status, true, admin, "application/json",
                    request("mutation($s: TenantStatus!) { setTenantStatus(id: \"changchun\", status: $s) { id } }", variables("s", status))));
        }
        cases.add(new Case("setTenantStatus of no such tenant", true, admin, "application/json",
                request("mutation { setTenantStatus(id: \"nowhere\", status: SUSPENDED) { id } }", Map.of())));
        cases.add(new Case("repairSearchDrift of no such tenant", true, admin, "application/json",
                request("mutation { repairSearchDrift(tenantId: \"nowhere\") { kind } }", Map.of())));
        for (Map<String, Object> variables : List.<Map<String, Object>>of(
                Map.of("text", "碳".repeat(201)), Map.of("text", "x", "first", 0), Map.of("text", "x", "first", 101),
                Map.of("text", "x", "after", "garbage"), Map.of("text", "x", "kind", "CAT"),
                Map.of("text", "x", "filter", Map.of("priceMin", "10", "priceMax", "1")),
                Map.of("text", "x", "filter", Map.of("priceMin", "abc")),
                Map.of("text", "x", "filter", Map.of("publishedFrom", "2026-02-30")),
                Map.of("text", "x", "filter", Map.of("publishedFrom", "2026-03-01", "publishedTo", "2026-01-01")),
                Map.of("text", "x", "filter", Map.of("industries", List.of("CAT"))),
                Map.of("text", "x", "filter", Map.of("tenantIds", Map.of("$ne", ""))),
                Map.of("text", "x", "sort", "RANDOM"), Map.of("text", "\ud800"),
                Map.of("text", "材料", "after", otherSearchCursor), Map.of("kind", "EXPERT", "after", otherSearchCursor),
                Map.of("sort", "NEWEST", "after", otherSearchCursor))) {
            cases.add(new Case("search " + shorten(variables.toString()), true, null, "application/json", request(
                    "query($text: String, $first: Int, $after: String, $kind: RecordKind, $filter: SearchFilterInput, $sort: SearchSort) {"
                            + " search(text: $text, first: $first, after: $after, kind: $kind, filter: $filter, sort: $sort) { total } }", variables)));
        }
        cases.add(new Case("suggest with 30 wanted", true, null, "application/json", request("{ suggest(prefix: \"碳\", first: 30) }", Map.of())));
        cases.add(new Case("moreLikeThis of a bad id", true, null, "application/json", request("{ moreLikeThis(id: \"x\") { id } }", Map.of())));
        for (String arguments : List.of("id: \"x\"", "id: \"" + achievement + "\", kinds: [EXPERT]", "id: \"" + achievement + "\", first: 0",
                "id: \"" + achievement + "\", first: 51", "id: \"" + GlobalId.encode("changchun", "Expert", "e1") + "\"",
                "id: \"" + GlobalId.encode("changchun", "Demand", "nosuch") + "\"", "id: \"" + GlobalId.encode("nowhere", "Demand", "d1") + "\"")) {
            cases.add(new Case("matchSuggestions(" + shorten(arguments) + ")", true, staff, "application/json",
                    request("{ matchSuggestions(" + arguments + ") { score } }", Map.of())));
        }
        cases.add(new Case("province statistics by an operator", true, "changchun-operator", "application/json",
                request("{ province { contractStatistics(year: 2026) { year } } }", Map.of())));
        cases.add(new Case("province statistics for year 99999", true, staff, "application/json",
                request("{ province { contractStatistics(year: 99999) { year } } }", Map.of())));
        cases.add(new Case("forwarded write to no such tenant", true, "changchun-operator", "application/json",
                request("mutation($input: AchievementInput!) { createAchievement(tenantId: \"nowhere\", input: $input) { id } }",
                        variables("input", Map.of("title", "t", "summary", "s", "industry", "CARBON_FIBER", "maturity", "PILOT",
                                "ownerInstitution", "o", "transferModes", List.of("LICENSE"))))));
        cases.add(new Case("forwarded write with a bad title", true, "changchun-operator", "application/json",
                request("mutation($input: AchievementInput!) { createAchievement(tenantId: \"changchun\", input: $input) { id } }",
                        variables("input", Map.of("title", "", "summary", "s", "industry", "CARBON_FIBER", "maturity", "PILOT",
                                "ownerInstitution", "o", "transferModes", List.of("LICENSE"))))));
        cases.add(new Case("forwarded write to another city", true, "jilin-operator", "application/json",
                request("mutation($input: AchievementInput!) { createAchievement(tenantId: \"changchun\", input: $input) { id } }",
                        variables("input", Map.of("title", "t", "summary", "s", "industry", "CARBON_FIBER", "maturity", "PILOT",
                                "ownerInstitution", "o", "transferModes", List.of("LICENSE"))))));
        return cases;
    }

    /** What only a tenant node serves: its change feed and its registration rules. */
    private List<Case> tenantOnly() {
        List<Case> cases = new ArrayList<>();
        for (Object cursor : List.of("x", "{\"$gt\":\"\"}", "-1", "99999999999999999999")) {
            cases.add(new Case("changes(after: " + cursor + ")", false, "hub-sync", "application/json",
                    request("query($after: String) { changes(after: $after) { cursor } }", variables("after", cursor))));
        }
        cases.add(new Case("changes(first: 100000)", false, "hub-sync", "application/json", request("{ changes(first: 100000) { cursor } }", Map.of())));
        cases.add(new Case("changes read by an operator", false, "changchun-operator", "application/json", request("{ changes { cursor } }", Map.of())));
        Map<String, Object> demand = new LinkedHashMap<>(Map.of("title", "需求", "problem", "问题", "industry", "CARBON_FIBER", "enterpriseName", "企业"));
        demand.put("budgetMin", "300.00");
        demand.put("budgetMax", "100.00");
        cases.add(new Case("a demand whose budget runs backwards", false, "changchun-operator", "application/json",
                request("mutation($input: DemandInput!) { createDemand(input: $input) { id } }", variables("input", demand))));
        Map<String, Object> expert = Map.of("name", "专家", "institution", "吉林大学", "fields", List.of(), "availableForConsulting", "yes");
        cases.add(new Case("an expert whose availability is a string", false, "changchun-operator", "application/json",
                request("mutation($input: ExpertInput!) { createExpert(input: $input) { id } }", variables("input", expert))));
        return cases;
    }

    // --- helpers -----------------------------------------------------------------------------

    private static String nested(boolean hub, int depth) {
        String open = hub ? "{ tenant(id: \"changchun\") { achievements { edges { node { ... on Achievement { " : "{ achievements { edges { node { ";
        StringBuilder document = new StringBuilder(open);
        for (int i = 0; i < depth; i++) {
            document.append("patents { ");
        }
        document.append("number");
        document.append(" }".repeat(depth)).append(hub ? " } } } } } }" : " } } } }");
        return document.toString();
    }

    /** Fragments each spreading the next: cheap to send, and superlinear for graphql-java to validate. */
    private static String fragmentChain(String root, int length) {
        StringBuilder document = new StringBuilder("{ " + root + " { ...F0 } }");
        for (int i = 0; i < length; i++) {
            document.append(" fragment F").append(i).append(" on Tenant { id").append(i + 1 < length ? " ...F" + (i + 1) : "").append(" }");
        }
        return document.toString();
    }

    /** Fragments each spreading the next twice: a short document that expands to 2^levels spreads. */
    private static String fragmentTree(String root, int levels) {
        StringBuilder document = new StringBuilder("{ " + root + " { ...F0 } }");
        for (int i = 0; i < levels; i++) {
            document.append(" fragment F").append(i).append(" on Tenant { ")
                    .append(i + 1 < levels ? "...F" + (i + 1) + " a" + i + ": id ...F" + (i + 1) : "id").append(" }");
        }
        return document.toString();
    }

    /** One fragment of many aliased fields spread many times: few spreads, many fields once expanded. */
    private static String wideFragments(String root, int spreads, int fields) {
        StringBuilder document = new StringBuilder("{ ");
        for (int i = 0; i < spreads; i++) {
            document.append("r").append(i).append(": ").append(root).append(" { ...W } ");
        }
        document.append("} fragment W on Tenant {");
        for (int i = 0; i < fields; i++) {
            document.append(" f").append(i).append(": name");
        }
        return document.append(" }").toString();
    }

    private static String aliases(boolean hub, int count) {
        StringBuilder document = new StringBuilder("{ ");
        for (int i = 0; i < count; i++) {
            document.append("a").append(i).append(hub ? ": tenant(id: \"changchun\") { achievements(first: 100) { edges { node { id title } } } } "
                    : ": achievements(first: 100) { edges { node { id title summary } } } ");
        }
        return document.append("}").toString();
    }

    private static Map<String, Object> variables(Object... keysAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return variables;
    }

    private static byte[] request(String document, Map<String, Object> variables) {
        return body(Map.of("query", document, "variables", variables));
    }

    private static byte[] body(Map<String, Object> request) {
        return JSON.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(Case c) throws Exception {
        String url = c.hub() ? "http://127.0.0.1:" + port + "/graphql" : node.endpoint("changchun");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", c.contentType())
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if ("forged".equals(c.client())) {
            request.header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        } else if (c.client() != null) {
            request.header("Authorization", "Bearer " + HubSecurity.token(c.client()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Published counts, the change feed's end, contracts, matches and the registry: anything a write would move. */
    private String state() throws Exception {
        StringBuilder state = new StringBuilder();
        var staff = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "province-staff");
        state.append(staff.document("{ tenants { id name status endpoint } }").executeSync().toEntity(Object.class));
        for (String tenant : List.of("changchun", "jilin")) {
            var sync = HubSecurity.client(node.endpoint(tenant), "hub-sync");
            var operator = HubSecurity.client(node.endpoint(tenant), tenant + "-operator");
            String cursor = null;
            boolean more = true;
            while (more) {
                var page = sync.document("query($after: String) { changes(after: $after, first: 200) { cursor hasMore } }")
                        .variable("after", cursor).executeSync();
                cursor = page.field("changes.cursor").getValue();
                more = page.field("changes.hasMore").getValue();
            }
            state.append(tenant).append(" feed ").append(cursor).append('\n');
            state.append(operator.document("{ libraryCounts { kind count } contracts(first: 100) { edges { cursor } }"
                    + " matches(first: 100) { edges { cursor } } meetingRequests(first: 100) { edges { cursor } } }").executeSync().toEntity(Object.class));
        }
        return state.toString();
    }

    private static String shorten(String text) {
        String oneLine = escape(text);
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "…";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
