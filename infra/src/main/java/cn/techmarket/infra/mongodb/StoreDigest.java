package cn.techmarket.infra.mongodb;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.ByteBuf;
import org.bson.Document;
import org.bson.RawBsonDocument;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a database holds, as one line per collection: its document count and a SHA-256 of every
 * stored byte in id order. Tests compare it around a call that must change nothing: as strict as
 * comparing the documents, without decoding them.
 */
public final class StoreDigest {

    private StoreDigest() {
    }

    /** @param skipped collections left out, such as a sync's own bookkeeping */
    public static String of(MongoDatabase database, Set<String> skipped) {
        StringBuilder all = new StringBuilder();
        for (String name : new TreeSet<>(database.listCollectionNames().into(new java.util.ArrayList<>()))) {
            if (!skipped.contains(name)) {
                all.append(database.getName()).append('.').append(name).append(": ").append(of(database.getCollection(name, RawBsonDocument.class)))
                        .append('\n');
            }
        }
        return all.toString();
    }

    private static String of(MongoCollection<RawBsonDocument> collection) {
        MessageDigest digest = sha256();
        long count = 0;
        for (RawBsonDocument document : collection.find().sort(new Document("_id", 1))) {
            ByteBuf bytes = document.getByteBuffer();
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            digest.update(raw);
            count++;
        }
        return count + " documents, " + HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
