package cn.techmarket.hub.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param indexPrefix what every alias, index and template of this hub is named with, e.g.
 *                    {@code market-achievement}: lets several provinces, or test suites, share one
 *                    cluster without seeing each other's documents
 */
@ConfigurationProperties("market.hub.search")
public record SearchProperties(@DefaultValue("market") String indexPrefix) {

    public SearchProperties {
        if (!indexPrefix.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("market.hub.search.index-prefix: lower-case letters, digits and '-', was " + indexPrefix);
        }
    }
}
