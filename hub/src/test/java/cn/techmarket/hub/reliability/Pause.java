package cn.techmarket.hub.reliability;

/** The fault harness's waits: a fault is held, or a loop paced, for a while of wall-clock time. */
final class Pause {

    private Pause() {
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
