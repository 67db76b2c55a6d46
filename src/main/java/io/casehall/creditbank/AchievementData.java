package io.casehall.creditbank;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an institution types (or imports) for an achievement, by the seed's fields; which are required depends on
 * the subtype (certificates: level, major, graduation conclusion, years, minimum graduation credits; courses: hours
 * and credits; non-degree: level).
 */
public record AchievementData(String name, AchievementSubtype subtype, String issuer, String level, String discipline,
                              String majorClass, String major, String majorCode, String graduationConclusion,
                              BigDecimal studyYears, BigDecimal originalHours, BigDecimal originalCredits,
                              BigDecimal minGraduationCredits, LocalDate validFrom, String introduction) {
}
