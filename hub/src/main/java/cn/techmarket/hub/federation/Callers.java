package cn.techmarket.hub.federation;

import cn.techmarket.graphql.security.Caller;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

/** The caller of the GraphQL request a data fetcher or batch loader serves. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(DataFetchingEnvironment env) {
        return of(env.getGraphQlContext());
    }

    public static Caller of(GraphQLContext context) {
        Caller caller = context == null ? null : context.get(Caller.CONTEXT_KEY);
        return caller == null ? Caller.ANONYMOUS : caller;
    }
}
