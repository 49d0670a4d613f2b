package cn.techmarket.graphql.security;

import cn.techmarket.graphql.limits.GraphQlLimitsProperties;
import cn.techmarket.graphql.limits.RateLimitFilter;
import cn.techmarket.graphql.limits.ServingReplicas;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Hub and tenant nodes are OAuth2 resource servers: a request either carries no token (anonymous)
 * or a JWT whose signature, issuer, expiry and audience all check out; anything else is refused
 * with 401 before GraphQL sees it. Which fields a valid caller may use is the schema's
 * {@code @access} rule; Actuator beyond health needs a platform administrator.
 */
@Configuration(proxyBeanMethods = false)
public class ResourceServerSecurity {

    @Bean
    SecurityFilterChain marketResourceServer(HttpSecurity http, GraphQlLimitsProperties limits, ObjectProvider<ServingReplicas> replicas)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority("SCOPE_market.admin")
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(new GraphQlAuthenticationEntryPoint()))
                // bearer tokens only, no cookies or sessions: nothing for a cross-site request to ride on
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // nothing to log out of and no login to return to: filters every request would pass through
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .addFilterAfter(new RateLimitFilter(limits.rateLimit(), replicas.getIfAvailable(() -> ServingReplicas.ALONE)), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * No span per security filter, authentication and authorization: with an observation registry
     * present, Spring Security otherwise wraps every filter of every request, a cost each call of
     * the hub's forwarding pays twice (hub and tenant). Requests, GraphQL operations and data
     * fetchers stay observed.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
