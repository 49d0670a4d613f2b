package cn.techmarket.model.region;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The market's clock face: days, months and years, opening hours and statistics are Beijing time, wherever a server runs. */
public final class MarketTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private MarketTime() {
    }

    /** A moment as people here read it, e.g. 2026-06-30 17:00 (Beijing time). */
    public static String format(Instant instant) {
        return SHOWN.format(instant);
    }
}
