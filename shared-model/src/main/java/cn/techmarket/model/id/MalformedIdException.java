package cn.techmarket.model.id;

/**
 * Thrown for an id that this platform did not issue. The message neither echoes internals nor
 * the text the client sent, which may be markup meant for a page that shows errors.
 */
public class MalformedIdException extends IllegalArgumentException {

    public MalformedIdException(String id) {
        super("not a valid record id");
    }
}
