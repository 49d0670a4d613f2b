package cn.techmarket.graphql.errors;

import cn.techmarket.graphql.limits.ErrorBodies;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * What the servlet container answers when a request fails before GraphQL runs (unreadable JSON,
 * a wrong content type or method, no such path): a GraphQL error body like every other refusal,
 * never Spring Boot's default error page with its internals.
 */
@RestController
public class GraphQlErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        write(response, code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }

    /** The error body for a refusal with this status. */
    static void write(HttpServletResponse response, int status) throws IOException {
        ErrorBodies.write(response, status, classification(status), message(status));
    }

    private static String classification(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406, 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 413 -> "REQUEST_TOO_LARGE";
            case 429 -> "RATE_LIMITED";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }

    private static String message(int status) {
        return switch (status) {
            case 400 -> "The request is not a readable GraphQL request: send JSON {\"query\": \"…\", \"variables\": {…}}";
            case 404 -> "No such endpoint";
            case 405 -> "Send GraphQL requests with POST (a GET may only ask a query, never a mutation)";
            case 406, 415 -> "Send application/json and accept application/graphql-response+json or application/json";
            default -> status >= 500 ? "The server could not answer; try again later" : "The request was refused";
        };
    }
}
