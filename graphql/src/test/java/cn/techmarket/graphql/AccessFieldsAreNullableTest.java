package cn.techmarket.graphql;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field some callers may not see must be nullable: a refused non-null field nulls its parent,
 * and in a list of tenants one refused {@code endpoint} would null the whole list for everyone
 * without the role (GraphiQL's default query did exactly that for anonymous callers).
 */
class AccessFieldsAreNullableTest {

    @ParameterizedTest
    @ValueSource(strings = {"hub", "tenant"})
    void everyFieldWithAnAccessRuleIsNullable(String server) {
        GraphQLSchema schema = HubOperationsContractTest.schema("classpath:graphql/library/*.graphqls", "classpath:graphql/" + server + "/*.graphqls");
        List<String> nonNull = new ArrayList<>();
        for (var type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    if (field.hasAppliedDirective("access") && GraphQLTypeUtil.isNonNull(field.getType())) {
                        nonNull.add(object.getName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(nonNull).as("fields under @access that are non-null").isEmpty();
    }
}
