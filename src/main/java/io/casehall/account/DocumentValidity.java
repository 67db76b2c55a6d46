package io.casehall.account;

import java.time.LocalDate;

/** How long the applicant's identity document is valid (the seed's 5年 / 10年 / 20年 / 长期有效). */
public enum DocumentValidity {
    FIVE_YEARS(5),
    TEN_YEARS(10),
    TWENTY_YEARS(20),
    LONG_TERM(0);

    private final int years;

    DocumentValidity(int years) {
        this.years = years;
    }

    /** The last day of validity for a document valid from {@code start}; null for a long-term document. */
    public LocalDate endFrom(LocalDate start) {
        return years == 0 || start == null ? null : start.plusYears(years);
    }

    public String labelKey() {
        return "profile.validity." + name();
    }
}
