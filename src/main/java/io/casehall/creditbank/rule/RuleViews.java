package io.casehall.creditbank.rule;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementCategory;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.RecognitionStatus;
import io.casehall.creditbank.achievement.AchievementCodes;
import java.math.BigDecimal;
import java.util.List;

/** What the rule pages show: an achievement's cell (the seed's 成果名称, 成果类型, 颁证机构 …) and a rule's row. */
public final class RuleViews {

    private RuleViews() {
    }

    /**
     * One achievement as the rule cells show it; {@code institutionName} is its institution (院校), {@code levelKey}
     * the bundle key of its 层次 when it is one of the closed list's values.
     */
    public record Cell(Long id, String name, AchievementCategory category, AchievementSubtype subtype, String issuer,
                       String institutionName, String major, String majorCode, String level, String hours,
                       String credits, RecognitionStatus recognition, String levelKey) {

        static Cell of(Achievement a, String institutionName) {
            AchievementData d = a.data();
            return new Cell(a.getId(), a.getName(), a.getCategory(), a.getSubtype(), a.getIssuer(), institutionName,
                    d.major(), d.majorCode(), d.level(), plain(d.originalHours()), plain(d.originalCredits()),
                    a.getRecognition(), AchievementCodes.messageKey(d.level()));
        }

        public boolean course() {
            return subtype.isCourse();
        }
    }

    /** A source of a rule with the 学分银行学分 the rule grants. */
    public record Source(Cell achievement, String credits) {
    }

    /** A rule with everything its row and details show. */
    public record Row(ConversionRule rule, String institutionName, List<Source> sources, Cell major, Cell course) {
    }

    static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
