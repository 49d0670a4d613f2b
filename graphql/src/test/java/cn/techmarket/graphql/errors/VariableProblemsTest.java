package cn.techmarket.graphql.errors;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused variable is named by the argument it stands for, as Bean Validation names the same argument. */
class VariableProblemsTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { ping: String }
            type Mutation { create(input: Thing!): String, tag(input: Thing!, labels: [Label!]): String }
            input Thing { title: String!, parts: [Part!] }
            input Part { name: String! }
            input Label { name: String! }
            """), RuntimeWiring.MOCKED_WIRING);

    @Test
    void aVariableIsNamedByTheArgumentItIsPassedAs() {
        var problem = VariableProblems.find(SCHEMA, Parser.parse("mutation($in: Thing!) { create(input: $in) }"), null,
                Map.of("in", Map.of("parts", List.of())));

        assertThat(problem).get().extracting(VariableProblems.Problem::field).isEqualTo("input.title");
    }

    @Test
    void aVariableInsideALiteralIsNamedByItsPlaceInTheArgument() {
        var problem = VariableProblems.find(SCHEMA,
                Parser.parse("mutation($part: Part!) { create(input: {title: \"t\", parts: [{name: \"a\"}, $part]}) }"), null,
                Map.of("part", Map.of()));

        assertThat(problem).get().extracting(VariableProblems.Problem::field).isEqualTo("input.parts[1].name");
    }

    @Test
    void aVariableNoArgumentUsesKeepsItsOwnName() {
        var problem = VariableProblems.find(SCHEMA, Parser.parse("mutation($in: Thing!) { __typename }"), null, Map.of("in", Map.of()));

        assertThat(problem).get().extracting(VariableProblems.Problem::field).isEqualTo("in.title");
    }
}
