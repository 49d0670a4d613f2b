package cn.techmarket.hub.graphql;

import cn.techmarket.graphql.scalars.MarketScalars;
import graphql.schema.idl.RuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

@Component
class ScalarWiring implements RuntimeWiringConfigurer {

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.scalar(MarketScalars.DATE_TIME).scalar(MarketScalars.DATE).scalar(MarketScalars.DECIMAL);
    }
}
