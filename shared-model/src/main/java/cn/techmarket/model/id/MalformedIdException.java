package cn.techmarket.model.id;

/** Thrown for an id that this platform did not issue. The message never echoes internals. */
public class MalformedIdException extends IllegalArgumentException {

    public MalformedIdException(String id) {
        super("not a valid record id: " + abbreviate(id));
    }

    private static String abbreviate(String id) {
        if (id == null) {
            return "null";
        }
        return id.length() <= 40 ? id : id.substring(0, 40) + "…";
    }
}
