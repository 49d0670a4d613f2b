package cn.techmarket.graphql;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation the hub sends to tenants must be valid against the tenant schema, so a tenant
 * schema change that would break the hub fails this build instead of production.
 */
class HubOperationsContractTest {

    private static final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private static final GraphQLSchema tenantSchema = schema("classpath:graphql/library/*.graphqls", "classpath:graphql/tenant/*.graphqls");

    static List<Resource> hubOperations() throws IOException {
        return Arrays.asList(resources.getResources("classpath:graphql/operations/*.graphql"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hubOperations")
    void eachHubOperationIsValidAgainstTheTenantSchema(Resource operation) {
        assertThat(validate(read(operation))).isEmpty();
    }

    @Test
    void thereAreOperationsToCheck() throws IOException {
        assertThat(hubOperations()).isNotEmpty();
    }

    @Test
    void anOperationAskingForAFieldTheTenantDropsIsCaught() {
        List<ValidationError> errors = validate("query { tenant { id provinceName } }");

        assertThat(errors).singleElement().asString().contains("provinceName");
    }

    private static List<ValidationError> validate(String operation) {
        Document document = Parser.parse(operation);
        return new Validator().validateDocument(tenantSchema, document, Locale.ROOT);
    }

    static GraphQLSchema schema(String... patterns) {
        try {
            TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
            for (String pattern : patterns) {
                for (Resource file : resources.getResources(pattern)) {
                    registry.merge(new SchemaParser().parse(read(file)));
                }
            }
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
