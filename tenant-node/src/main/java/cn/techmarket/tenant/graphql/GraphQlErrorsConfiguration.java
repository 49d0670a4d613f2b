package cn.techmarket.tenant.graphql;

import cn.techmarket.graphql.errors.VariableErrorsInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.GraphQlSource;

@Configuration(proxyBeanMethods = false)
class GraphQlErrorsConfiguration {

    @Bean
    VariableErrorsInterceptor variableErrorsInterceptor(GraphQlSource graphQlSource) {
        return new VariableErrorsInterceptor(graphQlSource);
    }
}
