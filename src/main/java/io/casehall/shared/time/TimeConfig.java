package io.casehall.shared.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business dates (numbers, deadlines) follow the institution's time zone, not the server's. */
@Configuration
class TimeConfig {

    @Bean
    Clock clock(@Value("${casehall.zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
