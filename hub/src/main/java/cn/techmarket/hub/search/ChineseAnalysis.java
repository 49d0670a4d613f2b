package cn.techmarket.hub.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;

/**
 * The best Chinese analyzer the cluster offers: IK ({@code ik_max_word} to index, {@code ik_smart}
 * to search) when its plugin is installed, else smartcn, else the standard analyzer, which splits
 * Chinese into single characters; queries are phrase queries in every case, so 复合材料 still
 * matches only the four characters together. Asked of the cluster once, when first needed.
 */
@Component
public class ChineseAnalysis {

    /** @param index the analyzer text is indexed with; {@code search} the one queries use */
    public record Analyzers(String name, String index, String search) {
    }

    static final Analyzers IK = new Analyzers("ik", "ik_max_word", "ik_smart");
    static final Analyzers SMARTCN = new Analyzers("smartcn", "smartcn", "smartcn");
    static final Analyzers STANDARD = new Analyzers("standard", "standard", "standard");

    private static final Logger log = LoggerFactory.getLogger(ChineseAnalysis.class);

    private final ElasticsearchClient client;
    private volatile Analyzers chosen;

    ChineseAnalysis(ElasticsearchClient client) {
        this.client = client;
    }

    public Analyzers analyzers() throws IOException {
        if (chosen == null) {
            for (Analyzers candidate : List.of(IK, SMARTCN)) {
                if (available(candidate.index())) {
                    chosen = candidate;
                    break;
                }
            }
            if (chosen == null) {
                chosen = STANDARD;
            }
            log.info("search indexes Chinese text with the {} analyzer", chosen.name());
        }
        return chosen;
    }

    private boolean available(String analyzer) throws IOException {
        try {
            return !client.indices().analyze(a -> a.analyzer(analyzer).text("复合材料")).tokens().isEmpty();
        } catch (ElasticsearchException unknownAnalyzer) {
            return false;
        }
    }
}
