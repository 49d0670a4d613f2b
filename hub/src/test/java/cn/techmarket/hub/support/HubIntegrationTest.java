package cn.techmarket.hub.support;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The integration tier: a real hub on a random port against the shared MongoDB and Elasticsearch
 * (see {@link HubServers}), usually with real tenant nodes. Tagged {@code integration}, so the
 * fast tier leaves it out: {@code mvn -pl hub test -DexcludedGroups=benchmark,integration}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
public @interface HubIntegrationTest {

    /** Properties of this test's hub, as {@link SpringBootTest#properties()}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
