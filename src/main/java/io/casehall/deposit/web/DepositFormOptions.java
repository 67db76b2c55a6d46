package io.casehall.deposit.web;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The codes the form's selects offer; labels are {@code depositweb.ethnicity.<code>}, {@code
 * depositweb.political.<code>}, {@code deposit.marital.<code>} and {@code deposit.childbearing.<code>}. The codes are
 * those the form's validator accepts: GB/T 3304 ethnic groups 01–56, GB/T 4762 political status 01–13, GB/T 2261.2
 * marital status, and the archive office's childbearing codes.
 */
final class DepositFormOptions {

    static final List<String> ETHNICITIES = twoDigitCodes(56);
    static final List<String> POLITICAL_STATUSES = twoDigitCodes(13);
    static final List<String> MARITAL_STATUSES = List.of("10", "20", "30", "40", "90");
    static final List<String> CHILDBEARING_STATUSES = List.of("0", "1");

    private DepositFormOptions() {
    }

    private static List<String> twoDigitCodes(int last) {
        return IntStream.rangeClosed(1, last).mapToObj(i -> String.format("%02d", i)).toList();
    }
}
