package cn.techmarket.tenant.graphql;

import cn.techmarket.graphql.DocumentCache;
import cn.techmarket.graphql.errors.VariableErrorsInterceptor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.GraphQlSource;

/** What the tenant shares with the hub from the graphql module: error naming and the document cache. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @Bean
    VariableErrorsInterceptor variableErrorsInterceptor(GraphQlSource graphQlSource) {
        return new VariableErrorsInterceptor(graphQlSource);
    }

    @Bean
    GraphQlSourceBuilderCustomizer documentCache() {
        DocumentCache cache = new DocumentCache(1_000);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    }
}
