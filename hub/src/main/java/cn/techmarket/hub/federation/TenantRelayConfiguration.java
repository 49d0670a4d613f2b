package cn.techmarket.hub.federation;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

/** Queries run with {@link TenantRelayingStrategy} unless {@code market.hub.federation.relay-tenant-reads} is off. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "market.hub.federation.relay-tenant-reads", matchIfMissing = true)
class TenantRelayConfiguration {

    @Bean
    GraphQlSourceBuilderCustomizer tenantRelayingStrategy(ObjectProvider<DataFetcherExceptionResolver> exceptionResolvers,
                                                          TenantGateway gateway, MeterRegistry meters) {
        // a strategy of one's own replaces graphql-java's default, so it takes the handler Spring gives that default: the same resolvers
        return builder -> builder.configureGraphQl(graphQl -> graphQl.queryExecutionStrategy(new TenantRelayingStrategy(
                DataFetcherExceptionResolver.createExceptionHandler(exceptionResolvers.orderedStream().toList()),
                new TenantRelay(gateway, meters))));
    }
}
