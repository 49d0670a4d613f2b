package cn.techmarket.benchpeer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The peer of the tenant node's write path in the throughput benchmark: what an engineer would write for "a GraphQL
 * mutation that stores an achievement" with Spring GraphQL and Spring Data MongoDB, and nothing more: one annotated
 * controller, one repository insert, no validation, versioning, change sequence, idempotency or access rules. It
 * lives outside the node's packages, so the node never scans it, and reads its own configuration ({@code bench-peer}).
 */
@SpringBootApplication
@EnableMongoRepositories(considerNestedRepositories = true)
public class MinimalWriteApplication {

    /** Starts the peer on a free port against this MongoDB; its port is {@code local.server.port}. */
    public static ConfigurableApplicationContext start(String mongoUri) {
        return new SpringApplicationBuilder(MinimalWriteApplication.class).properties(
                "spring.config.name=bench-peer",
                "server.port=0",
                "server.address=127.0.0.1",
                "spring.mongodb.uri=" + mongoUri,
                "spring.mongodb.database=bench_peer",
                "spring.graphql.schema.locations=classpath:bench-peer/").run();
    }

    @Bean
    SecurityFilterChain open(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).csrf(csrf -> csrf.disable()).build();
    }

    record PatentInput(String number, String type, String status) {
    }

    record ContactInput(String name, String phone, String email) {
    }

    record AchievementInput(String title, String summary, String industry, List<String> keywords, String maturity, List<PatentInput> patents,
                            String ownerInstitution, List<String> transferModes, BigDecimal askingPrice, ContactInput contact) {
    }

    @Document("achievements")
    record Achievement(@Id String id, String title, String summary, String industry, List<String> keywords, String maturity,
                       List<PatentInput> patents, String ownerInstitution, List<String> transferModes, BigDecimal askingPrice,
                       ContactInput contact, String lifecycle, Instant createdAt, Instant updatedAt, long version) {
    }

    interface Achievements extends MongoRepository<Achievement, String> {
    }

    @Controller
    static class AchievementController {

        private final Achievements achievements;

        AchievementController(Achievements achievements) {
            this.achievements = achievements;
        }

        @QueryMapping
        Achievement achievement(@Argument String id) {
            return achievements.findById(id).orElse(null);
        }

        @MutationMapping
        Achievement createAchievement(@Argument AchievementInput input) {
            Instant now = Instant.now();
            return achievements.insert(new Achievement(UUID.randomUUID().toString(), input.title(), input.summary(), input.industry(),
                    input.keywords(), input.maturity(), input.patents(), input.ownerInstitution(), input.transferModes(), input.askingPrice(),
                    input.contact(), "DRAFT", now, now, 1));
        }
    }
}
