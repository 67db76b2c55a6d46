package io.casehall.archive.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Archive settings: after how many working days an unpaid charge is reminded and then cancelled, and where
 * applicants pick up paper documents (the default the clerk's form suggests).
 */
@ConfigurationProperties("casehall.archive")
public record ArchiveProperties(Integer paymentReminderWorkingDays, Integer paymentDeadlineWorkingDays,
                                String pickupPlace) {

    public ArchiveProperties {
        paymentReminderWorkingDays = paymentReminderWorkingDays == null ? 3 : paymentReminderWorkingDays;
        paymentDeadlineWorkingDays = paymentDeadlineWorkingDays == null ? 7 : paymentDeadlineWorkingDays;
        pickupPlace = pickupPlace == null ? "档案馆111室" : pickupPlace;
    }
}
