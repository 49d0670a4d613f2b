package cn.techmarket.hub.federation;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.access.MarketRole;
import cn.techmarket.model.region.TenantId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InflightReadsTest {

    private static final TenantId CHANGCHUN = TenantId.of("changchun");
    private static final String READ = "{ achievements { edges { node { id } } } }";

    private final InflightReads reads = new InflightReads(new SimpleMeterRegistry());
    private final AtomicInteger calls = new AtomicInteger();
    private final CompletableFuture<TenantAnswer> tenant = new CompletableFuture<>();

    private CompletableFuture<TenantAnswer> ask(Caller caller, String document, Duration left) {
        return reads.share(CHANGCHUN, caller, document, Map.of(), left, () -> {
            calls.incrementAndGet();
            return tenant;
        });
    }

    private static Caller person(String subject, MarketRole role) {
        return new Caller(subject, Set.of(role), null, "token-of-" + subject + "-" + System.nanoTime());
    }

    @Test
    void readsOfTheSameViewInFlightShareOneCallAndOneAnswer() {
        Caller first = person("u1", MarketRole.MEMBER);
        Caller sameRightsOtherToken = person("u1", MarketRole.MEMBER);
        var a = ask(Caller.ANONYMOUS, READ, Duration.ofSeconds(2));
        var b = ask(Caller.ANONYMOUS, READ, Duration.ofSeconds(2));
        var c = ask(first, READ, Duration.ofSeconds(2));
        var d = ask(sameRightsOtherToken, READ, Duration.ofSeconds(2));

        assertThat(calls).as("anonymous, and u1 with either of its tokens").hasValue(2);
        TenantAnswer answer = new TenantAnswer(CHANGCHUN, Map.of("achievements", Map.of()), List.of());
        tenant.complete(answer);
        assertThat(List.of(a, b, c, d)).allSatisfy(read -> assertThat(read.join()).isSameAs(answer));
    }

    @Test
    void anotherSubjectOrOtherRolesOrAnotherDocumentIsAskedSeparately() {
        ask(person("u1", MarketRole.MEMBER), READ, Duration.ofSeconds(2));
        ask(person("u2", MarketRole.MEMBER), READ, Duration.ofSeconds(2));
        ask(person("u1", MarketRole.CITY_OPERATOR), READ, Duration.ofSeconds(2));
        ask(person("u1", MarketRole.MEMBER), "{ libraryCounts { count } }", Duration.ofSeconds(2));

        assertThat(calls).hasValue(4);
    }

    @Test
    void aReadThatJoinsStillEndsByItsOwnDeadlineAndLeavesTheCallInFlightForTheOthers() {
        var leader = ask(Caller.ANONYMOUS, READ, Duration.ofSeconds(2));
        var hurried = ask(Caller.ANONYMOUS, READ, Duration.ofMillis(30));

        assertThatThrownBy(hurried::join).isInstanceOf(CompletionException.class).cause().isInstanceOfSatisfying(TenantCallFailure.class,
                failure -> assertThat(failure.reason()).isEqualTo(TenantCallFailure.Reason.TIMEOUT));
        assertThat(leader).isNotDone();
    }

    @Test
    void aFailedCallFailsEveryReadThatSharedItAndTheNextReadAsksAfresh() {
        var a = ask(Caller.ANONYMOUS, READ, Duration.ofSeconds(2));
        var b = ask(Caller.ANONYMOUS, READ, Duration.ofSeconds(2));
        tenant.completeExceptionally(new TenantCallFailure(CHANGCHUN, TenantCallFailure.Reason.UNAVAILABLE, "connection refused", null));

        assertThatThrownBy(a::join).hasCauseInstanceOf(TenantCallFailure.class);
        assertThatThrownBy(b::join).hasCauseInstanceOf(TenantCallFailure.class);
        ask(Caller.ANONYMOUS, READ, Duration.ofSeconds(2));
        assertThat(calls).hasValue(2);
    }

    @Test
    void aReadAfterAWriteToTheTenantDoesNotJoinAReadSentBeforeIt() {
        var before = ask(Caller.ANONYMOUS, READ, Duration.ofSeconds(2));
        askJilin();

        reads.wrote(CHANGCHUN);
        ask(Caller.ANONYMOUS, READ, Duration.ofSeconds(2));
        askJilin();

        assertThat(calls).as("changchun asked again after its write; jilin's read still shared").hasValue(3);
        assertThat(before).as("the read sent before the write still ends with its answer").isNotDone();
        TenantAnswer answer = new TenantAnswer(CHANGCHUN, Map.of(), List.of());
        tenant.complete(answer);
        assertThat(before.join()).isSameAs(answer);
    }

    private void askJilin() {
        reads.share(TenantId.of("jilin"), Caller.ANONYMOUS, READ, Map.of(), Duration.ofSeconds(2), () -> {
            calls.incrementAndGet();
            return new CompletableFuture<>();
        });
    }
}
