package cn.techmarket.graphql.errors;

import cn.techmarket.graphql.limits.BufferedBody;
import cn.techmarket.graphql.limits.ErrorBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A GraphQL request over HTTP is one JSON object, posted as {@code application/json}. Any other
 * content type, and a JSON body that is anything else (empty, {@code null}, a number, an array of
 * batched requests), is refused here with a GraphQL error body, rather than reaching the GraphQL
 * handler, which is not built for it.
 */
public class JsonObjectBodyFilter extends OncePerRequestFilter {

    private final int maxBytes;

    /** @param maxBytes the largest body accepted at all (the size limit has refused larger ones already) */
    public JsonObjectBodyFilter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!json(request.getContentType())) {
            ErrorBodies.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                    "Send the request as application/json");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes);
        int first = 0;
        while (first < body.length && Character.isWhitespace(body[first])) {
            first++;
        }
        if (first == body.length || body[first] != '{') {
            ErrorBodies.write(response, HttpServletResponse.SC_BAD_REQUEST, "BAD_REQUEST",
                    "The request body must be one JSON object: {\"query\": \"…\", \"variables\": {…}}");
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private static boolean json(String contentType) {
        try {
            return contentType != null && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON);
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }
}
