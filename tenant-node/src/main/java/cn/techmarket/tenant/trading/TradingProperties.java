package cn.techmarket.tenant.trading;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The market's trading rules.
 *
 * @param minNoticeDays  the shortest notice (公示期) a listing may ask for
 * @param maxNoticeDays  the longest
 * @param antiSniping    a bid this close to an auction's close extends the close by as much (延时竞价)
 * @param auctionLength  how long an auction runs when its listing does not say
 */
@ConfigurationProperties("market.node.trading")
@Validated
public record TradingProperties(
        @Min(1) @Max(90) @DefaultValue("5") int minNoticeDays,
        @Min(1) @Max(180) @DefaultValue("30") int maxNoticeDays,
        @NotNull @DefaultValue("5m") Duration antiSniping,
        @NotNull @DefaultValue("2h") Duration auctionLength) {
}
