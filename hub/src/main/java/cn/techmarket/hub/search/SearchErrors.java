package cn.techmarket.hub.search;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** How search failures reach clients, for every field that searches (search, suggestions, matching). */
@ControllerAdvice
class SearchErrors {

    private static final Logger log = LoggerFactory.getLogger(SearchErrors.class);

    @GraphQlExceptionHandler
    GraphQLError unavailable(SearchUnavailableException unavailable, DataFetchingEnvironment env) {
        log.warn("search unavailable for {}: {}", env.getExecutionStepInfo().getPath(), unavailable.getCause().toString());
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorClassification.errorClassification("SEARCH_UNAVAILABLE"))
                .message("province search is unavailable right now; listings per city still work").build();
    }
}
