package cn.techmarket.hub.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A query sent with no token, as a visitor's browser would, through a proxy that names the visitor. */
final class AnonymousRequests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AnonymousRequests() {
    }

    static HttpResponse<String> forwardedFor(int port, String visitor) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", visitor).POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ tenants { id } }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
