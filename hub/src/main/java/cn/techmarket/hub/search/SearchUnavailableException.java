package cn.techmarket.hub.search;

/** Elasticsearch could not answer: clients learn only that search is down, the log keeps why. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(Exception cause) {
        super("province search is unavailable", cause);
    }
}
