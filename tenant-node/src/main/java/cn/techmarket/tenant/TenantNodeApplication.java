package cn.techmarket.tenant;

import cn.techmarket.graphql.MarketGraphQlConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** A city sub-market node: serves one or several tenants, each from its own MongoDB database. */
@SpringBootApplication
@Import(MarketGraphQlConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class TenantNodeApplication {

    public static void main(String[] args) {
        SpringApplication.run(TenantNodeApplication.class, args);
    }
}
