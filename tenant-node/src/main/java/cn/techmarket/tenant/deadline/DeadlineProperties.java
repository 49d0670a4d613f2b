package cn.techmarket.tenant.deadline;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How deadlines are watched.
 *
 * @param pollInterval how often each node looks for deadlines that are due: a deadline fires at most this late, plus the handler's time
 * @param lease        how long a node holds a deadline it is firing before another node may take it over (when the first one stopped)
 */
@ConfigurationProperties("market.node.deadlines")
@Validated
public record DeadlineProperties(
        @NotNull @DefaultValue("250ms") Duration pollInterval,
        @NotNull @DefaultValue("30s") Duration lease) {
}
