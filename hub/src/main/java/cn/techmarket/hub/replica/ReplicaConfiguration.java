package cn.techmarket.hub.replica;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** This replica's id, its leases and its place among the replicas. */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration {

    @Bean
    ReplicaId replicaId(ReplicaProperties properties) {
        return ReplicaId.of(properties);
    }

    @Bean
    Leases leases(MongoTemplate mongo, Clock clock, ReplicaId self, ReplicaProperties properties) {
        return new Leases(mongo, clock, self, properties.leaseTime());
    }

    @Bean
    Replicas replicas(MongoTemplate mongo, Clock clock, ReplicaId self, ReplicaProperties properties) {
        return new Replicas(mongo, clock, self, properties.leaseTime());
    }
}
