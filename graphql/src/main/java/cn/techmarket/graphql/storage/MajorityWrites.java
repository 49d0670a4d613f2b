package cn.techmarket.graphql.storage;

import com.mongodb.WriteConcern;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every write of hub and tenant nodes is acknowledged only once a majority of the MongoDB replica
 * set has it in its journal: a write a client was told succeeded survives the loss of the primary
 * (with w:1 a failover rolls it back). A single server acknowledges such writes as before, and so
 * does the embedded stand-in, which has no replica set.
 */
@Configuration(proxyBeanMethods = false)
public class MajorityWrites {

    @Bean
    MongoClientSettingsBuilderCustomizer majorityWriteConcern() {
        return settings -> settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
    }
}
