package io.casehall.deposit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One row of the domestic history (出国(境)前国内个人履历): from–to, school or employer, education or position. */
@Embeddable
public class HistoryRow {

    @Column(name = "from_date", nullable = false)
    private LocalDate from;
    @Column(name = "to_date", nullable = false)
    private LocalDate to;
    @Column(nullable = false)
    private String organisation;
    @Column(nullable = false)
    private String role;

    protected HistoryRow() {
    }

    public HistoryRow(LocalDate from, LocalDate to, String organisation, String role) {
        this.from = from;
        this.to = to;
        this.organisation = organisation;
        this.role = role;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRole() {
        return role;
    }
}
