package cn.techmarket.model.region;

import java.time.ZoneId;

/** The market's clock face: days, months and years, opening hours and statistics are Beijing time, wherever a server runs. */
public final class MarketTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private MarketTime() {
    }
}
