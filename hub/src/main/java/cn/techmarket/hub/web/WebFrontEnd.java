package cn.techmarket.hub.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.concurrent.TimeUnit;

/**
 * The browser front end (the web module's build, on the classpath under static/) at {@code /},
 * beside {@code /graphql} on the same origin. Its pages are addresses a person may bookmark or
 * share, so each page's path answers with the app, which then shows that page.
 */
@Configuration(proxyBeanMethods = false)
class WebFrontEnd implements WebMvcConfigurer {

    /** The app's own pages: each is served the app's index.html. */
    static final String[] PAGES = {"/search", "/records/**", "/listings/**", "/activities", "/activities/**", "/cities/**", "/me", "/me/**", "/console/**", "/dashboard", "/admin", "/signin-callback"};

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String page : PAGES) {
            registry.addViewController(page).setViewName("forward:/index.html");
        }
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Vite names bundles by their content: they never change, so browsers keep them
        registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
    }

    @RestController
    static class Config {

        private final WebProperties properties;

        Config(WebProperties properties) {
            this.properties = properties;
        }

        /** Where the browser signs people in. */
        @GetMapping("/web-config.json")
        WebConfig webConfig() {
            return new WebConfig(properties.issuer(), properties.clientId());
        }

        record WebConfig(String issuer, String clientId) {
        }
    }
}
