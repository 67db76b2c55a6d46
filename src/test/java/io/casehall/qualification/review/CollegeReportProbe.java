package io.casehall.qualification.review;

import io.casehall.qualification.QualificationCampaign;
import io.casehall.shared.security.Actor;
import org.springframework.context.ApplicationContext;

/**
 * The college report (.docx) as the console's download builds it ({@link CollegeReports#reportDocument}), for the
 * qualification benchmark, which lives outside this package.
 */
public final class CollegeReportProbe {

    private CollegeReportProbe() {
    }

    /** Generates the report of one college of the campaign; returns the .docx bytes. */
    public static byte[] generate(ApplicationContext app, QualificationCampaign campaign, String college, Actor actor) {
        return app.getBean(CollegeReports.class).reportDocument(campaign, college, actor).bytes();
    }
}
