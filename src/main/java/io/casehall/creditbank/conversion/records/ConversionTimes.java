package io.casehall.creditbank.conversion.records;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times of conversion pages in the application's zone (China): templates use it as {@code @cbConversionTime}. */
@Component("cbConversionTime")
public class ConversionTimes {

    private final DateTimeFormatter minutes;
    private final DateTimeFormatter day;

    ConversionTimes(Clock clock) {
        this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone());
    }

    public String format(Instant at) {
        return at == null ? "" : minutes.format(at);
    }

    public String date(Instant at) {
        return at == null ? "" : day.format(at);
    }
}
