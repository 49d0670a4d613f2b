package cn.techmarket.infra;

/** A server the project talks to, however it was obtained; closing stops it if we started it. */
public interface RunningServer extends AutoCloseable {

    /** Where clients connect: an {@code http://} URL or a {@code mongodb://} connection string. */
    String uri();

    /** How this server was obtained, for the start banner and test logs. */
    ServerSource source();

    @Override
    void close();

    /** A server someone else runs: we only know its address and never stop it. */
    static RunningServer external(String uri) {
        return new RunningServer() {
            @Override
            public String uri() {
                return uri;
            }

            @Override
            public ServerSource source() {
                return ServerSource.EXTERNAL;
            }

            @Override
            public void close() {
            }
        };
    }
}
