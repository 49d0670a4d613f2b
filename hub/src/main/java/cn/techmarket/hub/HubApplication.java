package cn.techmarket.hub;

import cn.techmarket.graphql.MarketGraphQlConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The province hub (科技大市场): tenant registry, federation and province-wide search. */
@SpringBootApplication
@Import(MarketGraphQlConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class HubApplication {

    public static void main(String[] args) {
        SpringApplication.run(HubApplication.class, args);
    }
}
