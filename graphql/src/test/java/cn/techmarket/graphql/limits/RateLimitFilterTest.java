package cn.techmarket.graphql.limits;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Each replica admits its share of a client's rate; the shares add up to the configured rate. */
class RateLimitFilterTest {

    private static final GraphQlLimitsProperties.RateLimit TEN_A_SECOND = new GraphQlLimitsProperties.RateLimit(true, 10);

    private final AtomicLong serving = new AtomicLong(2);
    private final RateLimitFilter replicaA = new RateLimitFilter(TEN_A_SECOND, serving::get);
    private final RateLimitFilter replicaB = new RateLimitFilter(TEN_A_SECOND, serving::get);

    @Test
    void aClientSpreadEvenlyOverTwoReplicasGetsTheConfiguredRateAcrossThem() throws Exception {
        int admitted = 0;
        for (int i = 0; i < 30; i++) {
            admitted += send(i % 2 == 0 ? replicaA : replicaB, "203.0.113.7");
        }

        assertThat(admitted).isEqualTo(10);
    }

    @Test
    void aClientSentToOneReplicaOnlyGetsThatReplicasShare() throws Exception {
        int admitted = 0;
        for (int i = 0; i < 30; i++) {
            admitted += send(replicaA, "203.0.113.7");
        }

        assertThat(admitted).as("the trade-off of sharing without a shared counter: a sticky balancer halves a client's rate").isEqualTo(5);
    }

    @Test
    void eachClientHasItsOwnBudget() throws Exception {
        for (int i = 0; i < 5; i++) {
            send(replicaA, "203.0.113.7");
        }

        assertThat(send(replicaA, "203.0.113.7")).isZero();
        assertThat(send(replicaA, "198.51.100.2")).isOne();
    }

    @Test
    void theShareFollowsTheReplicasServing() {
        assertThat(replicaA.share()).isEqualTo(5);
        serving.set(3);
        assertThat(replicaA.share()).as("rounded up: never less than the configured rate in all").isEqualTo(4);
        serving.set(1);
        assertThat(replicaA.share()).isEqualTo(10);
        serving.set(0);
        assertThat(replicaA.share()).as("a replica that has not counted itself yet is alone").isEqualTo(10);
        serving.set(50);
        assertThat(replicaA.share()).isOne();
    }

    @Test
    void aRefusedRequestIsToldWhenToComeBackAndDoesNoWork() throws Exception {
        for (int i = 0; i < 5; i++) {
            send(replicaA, "203.0.113.7");
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        replicaA.doFilter(request("203.0.113.7"), response, chain);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getContentAsString()).contains("RATE_LIMITED");
        assertThat(chain.getRequest()).as("the request went no further").isNull();
    }

    private static int send(RateLimitFilter replica, String address) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        replica.doFilter(request(address), new MockHttpServletResponse(), chain);
        return chain.getRequest() == null ? 0 : 1;
    }

    private static MockHttpServletRequest request(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        request.setRemoteAddr(address);
        return request;
    }
}
