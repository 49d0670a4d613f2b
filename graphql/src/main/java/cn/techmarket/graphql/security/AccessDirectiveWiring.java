package cn.techmarket.graphql.security;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.idl.SchemaDirectiveWiring;
import graphql.schema.idl.SchemaDirectiveWiringEnvironment;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

/**
 * Enforces {@code @access(anyOf: [...])}: the field's data fetcher runs only for a caller the
 * policy admits; anyone else gets a FORBIDDEN (or, without a token, UNAUTHORIZED) error on that
 * field and nothing else happens. Because the rule sits in the schema, a new field is guarded
 * the moment it is declared with the directive, and the security matrix tests read the same rule.
 */
public class AccessDirectiveWiring implements SchemaDirectiveWiring {

    private final AccessPolicy policy;

    public AccessDirectiveWiring(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public GraphQLFieldDefinition onField(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> environment) {
        GraphQLAppliedDirective directive = environment.getAppliedDirective(Access.DIRECTIVE);
        if (directive == null) {
            return environment.getElement();
        }
        List<Access> anyOf = required(directive);
        GraphQLFieldsContainer parent = environment.getFieldsContainer();
        FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, environment.getElement());
        DataFetcher<?> original = environment.getCodeRegistry().getDataFetcher(coordinates, environment.getElement());
        DataFetcher<?> guarded = field -> {
            Caller caller = caller(field.getGraphQlContext());
            if (anyOf.stream().noneMatch(access -> policy.permits(access, caller, field))) {
                throw caller.isAnonymous()
                        ? new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                                coordinates + " needs a token with one of " + anyOf)
                        : new AccessDeniedException(coordinates + " needs one of " + anyOf);
            }
            return original.get(field);
        };
        environment.getCodeRegistry().dataFetcher(coordinates, guarded);
        return environment.getElement();
    }

    /** The accesses a field's {@code @access} directive lists. */
    public static List<Access> required(GraphQLAppliedDirective directive) {
        List<?> values = directive.getArgument(Access.ARGUMENT).getValue();
        return values.stream().map(value -> Access.valueOf(String.valueOf(value))).toList();
    }

    private static Caller caller(GraphQLContext context) {
        Caller caller = context.get(Caller.CONTEXT_KEY);
        return caller == null ? Caller.ANONYMOUS : caller;
    }
}
