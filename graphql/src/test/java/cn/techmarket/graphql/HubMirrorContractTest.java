package cn.techmarket.graphql;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub forwards its mirrored fields to tenants unchanged, so each must match the tenant field
 * it forwards to: same arguments of the same types, and a result type the tenant's result fits
 * (the hub's may only be more nullable, since a tenant may fail). A tenant schema change that
 * breaks forwarding fails here.
 */
class HubMirrorContractTest {

    private static final GraphQLSchema tenant = HubOperationsContractTest.schema(
            "classpath:graphql/library/*.graphqls", "classpath:graphql/tenant/*.graphqls");
    private static final GraphQLSchema hub = HubOperationsContractTest.schema(
            "classpath:graphql/library/*.graphqls", "classpath:graphql/hub/*.graphqls");

    /** The hub's own mutations: the registry. */
    private static final Set<String> HUB_OWN_MUTATIONS = Set.of("registerTenant", "setTenantStatus", "repairSearchDrift", "rebuildSearchIndex");

    /** Hub fields that are not forwarded as they are. */
    private static final Set<String> HUB_OWN_TENANT_FIELDS = Set.of("id", "name", "nameEn", "regionCode", "endpoint", "status", "via", "health", "circuit", "searchSync", "searchDrift");

    @Test
    void everyForwardedTenantFieldMatchesTheTenantsQueryField() {
        List<String> problems = new ArrayList<>();
        GraphQLObjectType hubTenant = hub.getObjectType("Tenant");
        for (GraphQLFieldDefinition field : hubTenant.getFieldDefinitions()) {
            if (!HUB_OWN_TENANT_FIELDS.contains(field.getName())) {
                compare("Tenant." + field.getName(), field, tenant.getQueryType().getFieldDefinition(field.getName()), List.of(), problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyForwardedMutationMatchesTheTenantsMutation() {
        List<String> problems = new ArrayList<>();
        List<GraphQLFieldDefinition> forwarded = hub.getMutationType().getFieldDefinitions().stream()
                .filter(field -> !HUB_OWN_MUTATIONS.contains(field.getName())).toList();
        for (GraphQLFieldDefinition field : forwarded) {
            // what a mutation creates has no id yet: the hub asks which sub-market it goes to
            List<String> hubOnly = field.getArgument("id") == null ? List.of("tenantId") : List.of();
            compare("Mutation." + field.getName(), field, tenant.getMutationType().getFieldDefinition(field.getName()), hubOnly, problems);
        }
        assertThat(forwarded).hasSameSizeAs(tenant.getMutationType().getFieldDefinitions());
        assertThat(problems).isEmpty();
    }

    @Test
    void aChangedTenantArgumentIsCaught() {
        GraphQLFieldDefinition hubField = hub.getObjectType("Tenant").getFieldDefinition("achievements");
        GraphQLFieldDefinition changed = hubField.transform(f -> f.argument(GraphQLArgument.newArgument().name("first").type(graphql.Scalars.GraphQLString)));
        List<String> problems = new ArrayList<>();

        compare("Tenant.achievements", changed, tenant.getQueryType().getFieldDefinition("achievements"), List.of(), problems);

        assertThat(problems).singleElement().asString().contains("first");
    }

    private static void compare(String name, GraphQLFieldDefinition hubField, GraphQLFieldDefinition tenantField,
                                List<String> hubOnlyArguments, List<String> problems) {
        if (tenantField == null) {
            problems.add(name + ": the tenant has no such field");
            return;
        }
        for (GraphQLArgument argument : hubField.getArguments()) {
            if (hubOnlyArguments.contains(argument.getName())) {
                continue;
            }
            GraphQLArgument tenantArgument = tenantField.getArgument(argument.getName());
            if (tenantArgument == null || !print(argument.getType()).equals(print(tenantArgument.getType()))) {
                problems.add(name + "(" + argument.getName() + "): hub " + print(argument.getType()) + ", tenant "
                        + (tenantArgument == null ? "none" : print(tenantArgument.getType())));
            }
        }
        for (GraphQLArgument tenantArgument : tenantField.getArguments()) {
            if (hubField.getArgument(tenantArgument.getName()) == null && GraphQLTypeUtil.isNonNull(tenantArgument.getType())) {
                problems.add(name + "(" + tenantArgument.getName() + "): required by the tenant, missing on the hub");
            }
        }
        if (!print(GraphQLTypeUtil.unwrapNonNull(tenantField.getType())).equals(print(GraphQLTypeUtil.unwrapNonNull(hubField.getType())))) {
            problems.add(name + ": hub returns " + print(hubField.getType()) + ", tenant " + print(tenantField.getType()));
        }
    }

    private static String print(GraphQLType type) {
        return GraphQLTypeUtil.simplePrint(type);
    }
}
