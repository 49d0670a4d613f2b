package cn.techmarket.graphql.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The limits on each request: body size, query depth and query complexity. Complexity counts a
 * paged field's selection once per item it may return, so {@code first: 100} costs a hundred
 * times what {@code first: 1} does.
 */
@Configuration(proxyBeanMethods = false)
public class QueryLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(GraphQlLimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlLimitsProperties limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), pageAware(limits.defaultPageSize()));
    }

    @Bean
    PageArguments pageArguments() {
        return new PageArguments();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(GraphQlLimitsProperties limits) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits.maxRequestSize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static FieldComplexityCalculator pageAware(int defaultPageSize) {
        return (environment, childComplexity) -> {
            if (environment.getFieldDefinition().getArgument("first") == null) {
                return 1 + childComplexity;
            }
            Object first = environment.getArguments().get("first");
            int items = first instanceof Number n ? Math.max(1, n.intValue()) : defaultPageSize;
            return 1 + childComplexity * items;
        };
    }
}
