package io.casehall.shared.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BusinessNumbersTest extends IntegrationTest {

    @Autowired
    BusinessNumbers numbers;

    @Test
    void numbersAreTheDatePlusAFourDigitDailySequence() {
        String series = "test-" + UUID.randomUUID();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(numbers.next(series)).isEqualTo(today + "0001");
        assertThat(numbers.next(series)).isEqualTo(today + "0002");
        assertThat(numbers.next("other-" + series)).isEqualTo(today + "0001");
    }

    @Test
    void concurrentCallersNeverShareANumber() throws Exception {
        String series = "race-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(() -> numbers.next(series));
            }
            Set<String> issued = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                issued.add(f.get());
            }
            assertThat(issued).hasSize(200);
            assertThat(issued).allMatch(n -> n.matches("\\d{8}0(0\\d\\d|1\\d\\d|200)"));
        } finally {
            pool.shutdownNow();
        }
    }
}
