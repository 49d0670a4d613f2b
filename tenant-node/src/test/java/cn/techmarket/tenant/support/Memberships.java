package cn.techmarket.tenant.support;

import org.springframework.graphql.client.ClientGraphQlResponse;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Memberships as tests need them ready: applied for by a person and verified by the city's operator. */
public final class Memberships {

    private Memberships() {
    }

    /** @return the verified membership's global id */
    public static String verified(TenantApi operator, TenantApi person, Map<String, Object> application) {
        String id = ok(person.execute("mutation($input: MembershipApplicationInput!) { applyForMembership(input: $input) { id } }",
                Map.of("input", application)), "applyForMembership.id");
        ok(operator.execute("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 1) { id } }", Map.of("id", id)), "verifyMember.id");
        return id;
    }

    private static String ok(ClientGraphQlResponse response, String path) {
        assertThat(response.getErrors()).as(path).isEmpty();
        return response.field(path).getValue();
    }
}
