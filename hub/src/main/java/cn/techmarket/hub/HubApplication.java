package cn.techmarket.hub;

import cn.techmarket.graphql.MarketGraphQlConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** The province hub (科技大市场): tenant registry, federation and province-wide search. */
@SpringBootApplication
@Import(MarketGraphQlConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class HubApplication {

    /** Every deadline the hub keeps runs on this clock, so a test can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(HubApplication.class, args);
    }
}
