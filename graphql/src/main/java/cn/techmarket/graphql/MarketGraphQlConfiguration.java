package cn.techmarket.graphql;

import cn.techmarket.graphql.errors.VariableErrorsInterceptor;
import cn.techmarket.graphql.scalars.MarketScalars;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * What every GraphQL server of the market shares, hub and tenant nodes alike: the scalars, errors
 * that name the field inside a refused variable, and the parsed-document cache. Imported by each
 * application.
 */
@Configuration(proxyBeanMethods = false)
public class MarketGraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer marketScalars() {
        return builder -> builder.scalar(MarketScalars.DATE_TIME).scalar(MarketScalars.DATE).scalar(MarketScalars.DECIMAL);
    }

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
