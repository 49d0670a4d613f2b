package cn.techmarket.graphql.security;

import cn.techmarket.graphql.limits.ErrorBodies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * A refused token gets 401 with the standard {@code WWW-Authenticate} header and, for GraphQL
 * clients, an error body saying why (expired, wrong issuer, bad signature, wrong audience).
 */
class GraphQlAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException problem) throws IOException {
        bearer.commence(request, response, problem);
        ErrorBodies.write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
                "The access token was refused: " + problem.getMessage());
    }
}
