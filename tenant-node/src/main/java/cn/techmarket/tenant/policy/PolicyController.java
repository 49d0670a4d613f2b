package cn.techmarket.tenant.policy;

import cn.techmarket.model.region.MarketTime;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.time.Clock;
import java.time.LocalDate;

/** What a policy says of itself beyond its stored fields. */
@Controller
class PolicyController {


    private final Clock clock;

    PolicyController(Clock clock) {
        this.clock = clock;
    }

    @SchemaMapping(typeName = "Policy")
    boolean inForce(Policy policy) {
        return policy.inForce(LocalDate.now(clock.withZone(MarketTime.ZONE)));
    }
}
