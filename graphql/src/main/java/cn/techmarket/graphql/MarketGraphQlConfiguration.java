package cn.techmarket.graphql;

import cn.techmarket.graphql.errors.BadInputExceptionResolver;
import cn.techmarket.graphql.errors.EmptyErrorBodyFilter;
import cn.techmarket.graphql.errors.GraphQlErrorController;
import cn.techmarket.graphql.errors.JsonObjectBodyFilter;
import cn.techmarket.graphql.errors.TextInputInterceptor;
import cn.techmarket.graphql.errors.VariableErrorsInterceptor;
import cn.techmarket.graphql.limits.GraphQlLimitsProperties;
import cn.techmarket.graphql.limits.QueryLimits;
import cn.techmarket.graphql.storage.MajorityWrites;
import cn.techmarket.graphql.scalars.MarketScalars;
import cn.techmarket.graphql.security.AccessDirectiveWiring;
import cn.techmarket.graphql.security.AccessPolicy;
import cn.techmarket.graphql.security.Access;
import cn.techmarket.graphql.security.CallerInterceptor;
import cn.techmarket.graphql.security.ResourceServerSecurity;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * What every GraphQL server of the market shares, hub and tenant nodes alike: the scalars, errors
 * that name the field inside a refused variable, the parsed-document cache, OAuth2 resource
 * server security with the schema's {@code @access} rules, the request limits, and how their
 * writes to MongoDB are acknowledged. Imported by
 * each application, which supplies the {@link AccessPolicy} that knows its tenants.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitsProperties.class)
@Import({ResourceServerSecurity.class, QueryLimits.class, MajorityWrites.class})
public class MarketGraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer marketScalars() {
        return builder -> builder.scalar(MarketScalars.DATE_TIME).scalar(MarketScalars.DATE).scalar(MarketScalars.DECIMAL);
    }

    @Bean
    RuntimeWiringConfigurer accessDirectives(AccessPolicy policy) {
        return builder -> builder.directive(Access.DIRECTIVE, new AccessDirectiveWiring(policy));
    }

    @Bean
    BadInputExceptionResolver badInputExceptionResolver() {
        return new BadInputExceptionResolver();
    }

    @Bean
    CallerInterceptor callerInterceptor() {
        return new CallerInterceptor();
    }

    @Bean
    GraphQlErrorController graphQlErrorController() {
        return new GraphQlErrorController();
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<JsonObjectBodyFilter> jsonObjectBody(GraphQlLimitsProperties limits) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new JsonObjectBodyFilter((int) limits.maxRequestSize().toBytes()));
        // after the size limit, which has refused anything larger
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<EmptyErrorBodyFilter> emptyErrorBody() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new EmptyErrorBodyFilter());
        // outermost after the size limit, so it sees the status every later filter and handler set
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    TextInputInterceptor textInputInterceptor() {
        return new TextInputInterceptor();
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
