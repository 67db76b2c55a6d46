package io.casehall.creditbank.learner;

import io.casehall.creditbank.web.ListPages;
import io.casehall.creditbank.AchievementCategory;
import io.casehall.creditbank.LearnerAchievementStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** The list's filters as typed (kept in the page, the pager and the export). */
record TypedFilter(String year, String achievementName, String category, String learnerName, String idNumber,
             String status, Long achievementId, Long learnerId) {

    LearnerAchievementQueries.Filter filter() {
        return new LearnerAchievementQueries.Filter(ListPages.year(year), achievementName,
                ListPages.enumOrNull(AchievementCategory.class, category), learnerName, idNumber,
                ListPages.enumOrNull(LearnerAchievementStatus.class, status), achievementId, learnerId);
    }

    Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("year", year);
        p.put("achievementName", achievementName);
        p.put("category", category);
        p.put("learnerName", learnerName);
        p.put("idNumber", idNumber);
        p.put("status", status);
        p.put("achievementId", achievementId);
        p.put("learnerId", learnerId);
        return p;
    }

    public boolean expanded() {
        return notBlank(learnerName) || notBlank(idNumber) || notBlank(status);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
