package cn.techmarket.graphql.security;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.idl.SchemaDirectiveWiring;
import graphql.schema.idl.SchemaDirectiveWiringEnvironment;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import reactor.core.publisher.Flux;

import java.util.List;

/**
 * Enforces {@code @access(anyOf: [...])}: the field's data fetcher runs only for a caller the
 * policy admits; anyone else gets a FORBIDDEN (or, without a token, UNAUTHORIZED) error on that
 * field saying who the field is for and what the caller lacks, and nothing else happens. Because the rule sits in the schema, a new field is guarded
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
        boolean subscription = parent.getName().equals("Subscription");
        DataFetcher<?> guarded = field -> {
            Caller caller = caller(field.getGraphQlContext());
            if (anyOf.stream().noneMatch(access -> policy.permits(access, caller, field))) {
                GraphQLError refusal = GraphqlErrorBuilder.newError(field)
                        .errorType(caller.isAnonymous() ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                        .message(AccessRefusal.explain(coordinates, anyOf, caller, policy.tenantOf(field)))
                        .build();
                // a subscription answers with a stream, so its refusal is the stream's error
                return subscription ? Flux.error(new SubscriptionPublisherException(List.of(refusal), null))
                        : DataFetcherResult.newResult().error(refusal).build();
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
