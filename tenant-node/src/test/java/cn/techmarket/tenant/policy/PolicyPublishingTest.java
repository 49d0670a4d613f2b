package cn.techmarket.tenant.policy;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.Memberships;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators publish the market's policy documents (政策发布): listed by industry, in force or
 * not by their dates, with the subsidy rules they authorise; no member writes one.
 */
@SuppressWarnings("unchecked")
class PolicyPublishingTest extends TenantNodeTest {

    private static final String POLICY = "query($id: ID!) { node(id: $id) { ... on Policy { title documentNumber level type inForce effectiveFrom"
            + " industries regions subsidyRules sourceUrl lifecycle } } }";

    @Test
    void theOperatorsPublishAPolicyThatIsListedByItsIndustriesAndSaysWhetherItIsInForce() {
        TenantApi operator = changchun();
        String id = (String) operator.create(RecordKind.POLICY, SampleInputs.valid(RecordKind.POLICY)).get("id");
        assertThat(listedFor(operator, "AUTOMOTIVE")).as("a draft is not public").doesNotContain(id);
        operator.moveOk("publish", id, 1);

        assertThat(listedFor(operator, "AUTOMOTIVE")).contains(id);
        assertThat(listedFor(operator, "BIOMEDICINE")).doesNotContain(id);
        Map<String, Object> policy = endpoint("changchun", null).execute(POLICY, Map.of("id", id)).field("node").getValue();
        assertThat(policy).containsEntry("documentNumber", "长府办发〔2024〕12号").containsEntry("level", "CITY").containsEntry("inForce", true)
                .containsEntry("subsidyRules", List.of("enterprise-technology-purchase")).containsEntry("regions", List.of("长春市"));
    }

    @Test
    void aPolicyPastItsEndIsNotInForceAndOneWithoutAStartTakesEffectTheDayItIsIssued() {
        TenantApi operator = changchun();
        Map<String, Object> input = new HashMap<>(SampleInputs.valid(RecordKind.POLICY));
        input.put("effectiveFrom", null);
        input.put("effectiveUntil", "2024-12-31");
        String id = (String) operator.create(RecordKind.POLICY, input).get("id");

        Map<String, Object> policy = operator.execute(POLICY, Map.of("id", id)).field("node").getValue();

        assertThat(policy).containsEntry("inForce", false).containsEntry("effectiveFrom", "2024-03-01");
    }

    @Test
    void noMemberWritesAPolicyAndTheRefusalChangesNothing() {
        TenantApi enterprise = endpoint("changchun", token("changchun-enterprise"));
        String member = Memberships.verified(changchun(), enterprise, SampleInputs.membership(SampleInputs.newCreditCode()));
        String before = snapshot("changchun");

        ClientGraphQlResponse refused = enterprise.execute("mutation($input: PolicyInput!, $member: ID) { createPolicy(input: $input, memberId: $member) { id } }",
                Map.of("input", SampleInputs.valid(RecordKind.POLICY), "member", member));

        assertThat(refused.getErrors()).singleElement().satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
        assertThat(snapshot("changchun")).isEqualTo(before);
    }

    private static List<String> listedFor(TenantApi api, String industry) {
        List<Map<String, Object>> edges = api.execute("query($industry: Industry) { policies(first: 100, filter: { industry: $industry }) { edges { node { id } } } }",
                Map.of("industry", industry)).field("policies.edges").getValue();
        return edges.stream().map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("id")).toList();
    }
}
