package cn.techmarket.tenant.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data loaded into each hosted tenant whose library is empty (so a restart keeps what is
 * there). Off unless asked for. {@code contracts} are registered technology contracts spread over
 * this year and the last.
 */
@ConfigurationProperties("market.node.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("120") int achievements,
        @DefaultValue("60") int demands,
        @DefaultValue("40") int experts,
        @DefaultValue("10") int financingInstitutions,
        @DefaultValue("10") int serviceInstitutions,
        @DefaultValue("0") int contracts) {
}
