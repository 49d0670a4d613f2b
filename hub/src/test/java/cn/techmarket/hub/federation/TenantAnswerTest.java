package cn.techmarket.hub.federation;

import cn.techmarket.model.region.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading what a tenant answered: as sent for the client's own selection, typed for what the hub asked for itself. */
class TenantAnswerTest {

    record Figures(int registered, BigDecimal turnover) {
    }

    @Test
    void aFieldTheHubAskedForIsReadIntoItsOwnType() {
        TenantAnswer answer = answer(Map.of("figures", Map.of("registered", 3, "turnover", "1200.50")));

        assertThat(answer.field("figures", Figures.class)).isEqualTo(new Figures(3, new BigDecimal("1200.50")));
    }

    @Test
    void fieldsTheHubDoesNotKnowAreIgnoredSoANewerTenantCanSendMore() {
        TenantAnswer answer = answer(Map.of("figures", Map.of("registered", 3, "turnover", "1", "addedLater", true)));

        assertThat(answer.field("figures", Figures.class).registered()).isEqualTo(3);
    }

    @Test
    void aFieldTheTenantCouldNotAnswerIsNullEitherWay() {
        Map<String, Object> data = new HashMap<>();
        data.put("figures", null);

        assertThat(answer(data).field("figures", Figures.class)).isNull();
        assertThat(answer(null).<Object>field("figures")).isNull();
        assertThat(answer(null).field("figures", Figures.class)).isNull();
    }

    private static TenantAnswer answer(Map<String, Object> data) {
        return new TenantAnswer(TenantId.of("changchun"), data, List.of());
    }
}
