package cn.techmarket.graphql.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Gives a refusal that a handler answered with a bare status (Spring GraphQL answers a mutation
 * sent with GET by 405 and nothing else) the GraphQL error body every other refusal has.
 */
public class EmptyErrorBodyFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() >= 400 && !response.isCommitted() && response.getContentType() == null) {
            GraphQlErrorController.write(response, response.getStatus());
        }
    }
}
