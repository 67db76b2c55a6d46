package io.casehall.creditbank.learner;

import io.casehall.creditbank.InstitutionPrincipal;
import java.io.OutputStream;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * The learner-achievement export as the page's download writes it ({@link LearnerAchievementExport#write}), for the
 * credit bank benchmark, which lives outside this package and measures its memory without an HTTP client in the
 * same heap.
 */
public final class LearnerExportProbe {

    private LearnerExportProbe() {
    }

    /** Writes the export of every learner achievement of the user's institution (or of one achievement). */
    public static void write(ApplicationContext app, InstitutionPrincipal me, Long achievementId, OutputStream out) {
        LearnerAchievementQueries.Filter filter = achievementId == null ? LearnerAchievementQueries.Filter.none()
                : new LearnerAchievementQueries.Filter(null, null, null, null, null, null, achievementId, null);
        app.getBean(LearnerAchievementExport.class).write(me, filter, List.of(), out);
    }
}
