package io.casehall.creditbank.rule;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** One source achievement of a rule (any institution's) and the credit-bank credits the rule grants for it. */
@Embeddable
public class RuleSource {

    @Column(name = "achievement_id", nullable = false)
    private Long achievementId;
    @Column(name = "institution_id", nullable = false)
    private Long institutionId;
    @Column(nullable = false)
    private BigDecimal credits;

    protected RuleSource() {
    }

    public RuleSource(Long achievementId, Long institutionId, BigDecimal credits) {
        this.achievementId = achievementId;
        this.institutionId = institutionId;
        this.credits = credits;
    }

    public Long getAchievementId() {
        return achievementId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public BigDecimal getCredits() {
        return credits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleSource source && Objects.equals(achievementId, source.achievementId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(achievementId);
    }
}
