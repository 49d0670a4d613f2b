package cn.techmarket.tenant;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static cn.techmarket.tenant.support.SampleInputs.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table of bad inputs. Each gets exactly one clear error naming the field, and nothing in
 * either tenant's database changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest extends TenantNodeTest {

    /**
     * A published achievement at version 2, created afresh for each case; {@code api} calls as
     * 长春's operator, {@code feed} as the hub's sync service.
     */
    record Fixture(TenantApi api, TenantApi feed, String achievementId) {
    }

    record Case(String name, Function<Fixture, ClientGraphQlResponse> call, String field, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Fixture fixture;

    @BeforeEach
    void publishedAchievement() {
        TenantApi api = changchun();
        String id = (String) api.create(RecordKind.ACHIEVEMENT, SampleInputs.valid(RecordKind.ACHIEVEMENT)).get("id");
        api.moveOk("publish", id, 1);
        fixture = new Fixture(api, endpoint("changchun", token("hub-sync")), id);
    }

    static Stream<Case> badInputs() {
        String longTitle = "碳".repeat(201);
        return Stream.of(
                create("blank title", RecordKind.ACHIEVEMENT, "title", "  ", "input.title"),
                create("over-long title", RecordKind.ACHIEVEMENT, "title", longTitle, "input.title"),
                create("negative price", RecordKind.ACHIEVEMENT, "askingPrice", "-1.00", "input.askingPrice"),
                create("price below a fen", RecordKind.ACHIEVEMENT, "askingPrice", "100.001", "input.askingPrice"),
                create("no transfer mode", RecordKind.ACHIEVEMENT, "transferModes", List.of(), "input.transferModes"),
                create("malformed patent number", RecordKind.ACHIEVEMENT, "patents",
                        List.of(Map.of("number", "CN123", "type", "INVENTION", "status", "GRANTED")), "input.patents[0].number"),
                create("blank keyword", RecordKind.ACHIEVEMENT, "keywords", List.of("碳纤维", " "), "input.keywords[1]"),
                create("bad email", RecordKind.ACHIEVEMENT, "contact", Map.of("email", "not-an-email"), "input.contact.email"),
                create("budget range upside down", RecordKind.DEMAND, "budgetMin", "900000", "input.budgetMax"),
                create("expert without fields", RecordKind.EXPERT, "fields", List.of(), "input.fields"),
                create("rate above 100%", RecordKind.FINANCING_INSTITUTION, "products", List.of(Map.of("name", "贷", "type", "LOAN",
                        "rateMin", "3.00", "rateMax", "101", "termMonths", 12)), "input.products[0].rateMax"),
                create("term of zero months", RecordKind.FINANCING_INSTITUTION, "products", List.of(Map.of("name", "贷", "type", "LOAN",
                        "termMonths", 0)), "input.products[0].termMonths"),
                create("service without a name", RecordKind.SERVICE_INSTITUTION, "name", "", "input.name"),
                create("instrument without a fee schedule", RecordKind.INSTRUMENT, "fees", List.of(), "input.fees"),
                create("instrument worth nothing", RecordKind.INSTRUMENT, "originalValue", "0", "input.originalValue"),
                create("instrument bought in the future", RecordKind.INSTRUMENT, "purchaseDate", "2999-01-01", "input.purchaseDate"),
                create("negative hourly rate", RecordKind.INSTRUMENT, "fees",
                        List.of(Map.of("item", "机时费", "unit", "HOUR", "internalRate", "-5", "externalRate", "500")), "input.fees[0].internalRate"),
                create("opening time that is not a time", RecordKind.INSTRUMENT, "openingHours",
                        List.of(Map.of("day", "MONDAY", "opens", "8点半", "closes", "17:00")), "input.openingHours[0].opens"),
                create("closing before opening", RecordKind.INSTRUMENT, "openingHours",
                        List.of(Map.of("day", "MONDAY", "opens", "17:00", "closes", "08:30")), "input.openingHours[0].closes"),
                create("two opening periods on one day", RecordKind.INSTRUMENT, "openingHours", List.of(
                        Map.of("day", "MONDAY", "opens", "08:00", "closes", "12:00"),
                        Map.of("day", "MONDAY", "opens", "13:00", "closes", "17:00")), "input.openingHours[1].day"),
                create("unknown instrument class", RecordKind.INSTRUMENT, "instrumentClass", "TIME_MACHINE", "input.instrumentClass"),
                create("a policy's link that runs a script", RecordKind.POLICY, "sourceUrl", "javascript:alert(1)", "input.sourceUrl"),
                create("a subsidy rule the market does not have", RecordKind.POLICY, "subsidyRules", List.of("enterprise-technology-purchase",
                        "free-money"), "input.subsidyRules[1]"),
                create("a policy that ends before it starts", RecordKind.POLICY, "effectiveUntil", "2024-03-31", "input.effectiveUntil"),
                create("a challenge list whose deadline has passed", RecordKind.CHALLENGE, "deadline", "2020-01-01T00:00:00Z", "input.deadline"),
                create("review weights that do not add up to 100", RecordKind.CHALLENGE, "criteria", List.of(Map.of("name", "技术方案", "weight", 60),
                        Map.of("name", "团队能力", "weight", 30)), "input.criteria"),
                create("a challenge list without indicators", RecordKind.CHALLENGE, "indicators", List.of(), "input.indicators"),
                create("a challenge list with negative funding", RecordKind.CHALLENGE, "funding", "-1", "input.funding"),
                create("missing required field", RecordKind.ACHIEVEMENT, "title", null, "input.title"),
                create("unknown enum value", RecordKind.ACHIEVEMENT, "maturity", "MASS_PRODUCTION", "input.maturity"),
                create("price that is not a number", RecordKind.ACHIEVEMENT, "askingPrice", "一百万", "input.askingPrice"),
                create("mongo operator as a string field", RecordKind.ACHIEVEMENT, "title", Map.of("$gt", ""), "input.title"),
                create("a field the input does not have", RecordKind.EXPERT, "salary", "1000000", "input.salary"),
                create("a list of the wrong type", RecordKind.EXPERT, "fields", List.of(Map.of("$in", List.of())), "input.fields[0]"),
                // written in the document rather than sent as a variable, and named the same way
                new Case("a literal enum GraphQL itself refuses", f -> f.api().execute(
                        "mutation { createExpert(input: {name: \"张三\", institution: \"吉林大学\", fields: [SPACE], availableForConsulting: true}) { id } }",
                        Map.of()), "input.fields[0]", "INVALID_INPUT"),
                new Case("malformed id", f -> f.api().move("publish", "{\"$ne\":null}", 1), "id", "INVALID_INPUT"),
                new Case("unknown record", f -> f.api().move("withdraw",
                        new GlobalId("changchun", RecordKind.ACHIEVEMENT, "ffffffffffffffffffffffff").encode(), 2), "id", "NOT_FOUND"),
                new Case("another city's record", f -> f.api().move("withdraw",
                        new GlobalId("jilin", RecordKind.ACHIEVEMENT, GlobalId.decode(f.achievementId()).localId()).encode(), 2), "id", "NOT_FOUND"),
                new Case("an achievement id for a demand update", f -> f.api().update(RecordKind.DEMAND, f.achievementId(), 2,
                        SampleInputs.valid(RecordKind.DEMAND)), "id", "NOT_FOUND"),
                new Case("stale version", f -> f.api().update(RecordKind.ACHIEVEMENT, f.achievementId(), 1,
                        SampleInputs.valid(RecordKind.ACHIEVEMENT)), "expectedVersion", "STALE_VERSION"),
                new Case("future version", f -> f.api().move("withdraw", f.achievementId(), 7), "expectedVersion", "STALE_VERSION"),
                new Case("publishing what is published", f -> f.api().move("publish", f.achievementId(), 2), "id", "ILLEGAL_TRANSITION"),
                new Case("an oversized feed page", f -> f.feed().execute("{ changes(first: 501) { cursor } }", Map.of()), "first", "INVALID_INPUT"),
                new Case("a forged feed cursor", f -> f.feed().execute("{ changes(after: \"eyIkZ3QiOiAiIn0\") { cursor } }", Map.of()), "after", "INVALID_INPUT"),
                new Case("an oversized list page", f -> f.api().execute("{ experts(first: 101) { edges { cursor } } }", Map.of()), "first", "INVALID_INPUT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedNamingTheFieldAndChangesNothing(Case bad) {
        String changchunBefore = snapshot("changchun");
        String jilinBefore = snapshot("jilin");

        ClientGraphQlResponse response = bad.call().apply(fixture);

        ResponseError error = TenantApi.onlyError(response);
        if (bad.code() == null) {
            // refused by GraphQL itself, before any of our code runs
            assertThat(error.getMessage()).contains(bad.field());
        } else {
            assertThat(error.getExtensions()).as(error.getMessage()).containsEntry("field", bad.field()).containsEntry("code", bad.code());
            assertThat(error.getMessage()).startsWith(bad.field() + ":");
        }
        assertThat(error.getMessage()).doesNotContain("Exception", "at cn.", "mongo");
        assertThat(snapshot("changchun")).isEqualTo(changchunBefore);
        assertThat(snapshot("jilin")).isEqualTo(jilinBefore);
    }

    private static Case create(String name, RecordKind kind, String field, Object value, String expectedField) {
        return new Case(name, f -> f.api().execute("mutation($input: " + kind.typeName() + "Input!) { create" + kind.typeName()
                + "(input: $input) { id } }", Map.of("input", with(kind, field, value))), expectedField, "INVALID_INPUT");
    }

    private static Case schema(String name, Function<Fixture, ClientGraphQlResponse> call, String field) {
        return new Case(name, call, field, null);
    }
}
