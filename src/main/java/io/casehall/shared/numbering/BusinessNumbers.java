package io.casehall.shared.numbering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Application and business numbers of the form yyyyMMdd + 4-digit daily sequence (202109090029), one
 * sequence per series. The increment runs in its own short transaction and relies on the row lock of
 * the UPDATE, so concurrent callers on any number of nodes never receive the same number. A number
 * taken by a transaction that later rolls back is not reused (a gap, never a duplicate).
 */
@Service
public class BusinessNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public BusinessNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String next(String series) {
        String day = LocalDate.now(clock).format(DAY);
        for (int attempt = 0; attempt < 5; attempt++) {
            Integer value = newTransaction.execute(status -> {
                Integer v = increment(series, day);
                if (v == null) {
                    status.setRollbackOnly();
                }
                return v;
            });
            if (value != null) {
                return day + String.format("%04d", value);
            }
        }
        throw new IllegalStateException("Could not allocate a number in series " + series);
    }

    /** Null when a concurrent first insert of the day won the race; the caller simply tries again. */
    private Integer increment(String series, String day) {
        int updated = jdbc.update(
                "UPDATE number_sequence SET last_value = last_value + 1 WHERE series = ? AND seq_day = ?",
                series, day);
        if (updated == 0) {
            try {
                jdbc.update("INSERT INTO number_sequence (series, seq_day, last_value) VALUES (?, ?, 1)",
                        series, day);
                return 1;
            } catch (DataIntegrityViolationException raceLost) {
                return null;
            }
        }
        return jdbc.queryForObject("SELECT last_value FROM number_sequence WHERE series = ? AND seq_day = ?",
                Integer.class, series, day);
    }
}
