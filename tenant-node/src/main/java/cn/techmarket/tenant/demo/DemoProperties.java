package cn.techmarket.tenant.demo;

import cn.techmarket.model.record.RecordKind;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.Map;

/**
 * Demo data loaded into each hosted tenant whose library is empty (so a restart keeps what is
 * there). Off unless asked for.
 *
 * @param records   how many records of a kind each city gets, e.g. {@code records.financing-institution=5};
 *                  a kind not named gets the count its declaration gives
 * @param contracts registered technology contracts spread over this year and the last
 * @param members   whether each city gets its demo members: a verified enterprise, university,
 *                  bank and broker and one pending application, owned by the demo realm's people
 *                  ({@code changchun-enterprise} and so on)
 */
@ConfigurationProperties("market.node.demo")
@Validated
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        Map<RecordKind, @PositiveOrZero Integer> records,
        @DefaultValue("0") @PositiveOrZero int contracts,
        @DefaultValue("true") boolean members) {

    public DemoProperties {
        records = records == null ? Map.of() : Map.copyOf(records);
    }
}
