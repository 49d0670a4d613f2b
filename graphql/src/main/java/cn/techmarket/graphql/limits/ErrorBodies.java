package cn.techmarket.graphql.limits;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * GraphQL-shaped error bodies for requests refused before GraphQL runs, so that clients read
 * every refusal the same way: {@code {"errors":[{"message":…,"extensions":{"classification":…}}]}}.
 */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    public static void write(HttpServletResponse response, int status, String classification, String message) throws IOException {
        write(response, status, classification, message, null);
    }

    /** @param field the input the refusal is about, named in the extensions as every bad-input error names it; null for none */
    public static void write(HttpServletResponse response, int status, String classification, String message, String field)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/graphql-response+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"errors\":[{\"message\":\"" + escape(message)
                + "\",\"extensions\":{\"classification\":\"" + classification + "\""
                + (field == null ? "" : ",\"field\":\"" + escape(field) + "\"") + "}}]}");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
