package cn.techmarket.infra.mongodb;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMongoTest {

    @TempDir
    Path dir;

    @Test
    void theFileBackedStandInKeepsDataAcrossARestart() {
        Path file = dir.resolve("mongo.mv");
        try (EmbeddedMongo mongo = EmbeddedMongo.inFile(file, 0);
             MongoClient client = MongoClients.create(mongo.uri())) {
            collection(client).insertOne(new Document("_id", "a1").append("title", "人参皂苷提取与质量控制"));
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.inFile(file, 0);
             MongoClient client = MongoClients.create(mongo.uri())) {
            assertThat(collection(client).find().first()).containsEntry("title", "人参皂苷提取与质量控制");
        }
    }

    @Test
    void inMemoryStandInsDoNotShareData() {
        try (EmbeddedMongo first = EmbeddedMongo.inMemory();
             EmbeddedMongo second = EmbeddedMongo.inMemory();
             MongoClient a = MongoClients.create(first.uri());
             MongoClient b = MongoClients.create(second.uri())) {
            collection(a).insertOne(new Document("_id", "x"));

            assertThat(collection(b).countDocuments()).isZero();
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("tenant_changchun").getCollection("achievements");
    }
}
