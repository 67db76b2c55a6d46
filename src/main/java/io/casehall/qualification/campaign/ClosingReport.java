package io.casehall.qualification.campaign;

import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.QualificationGraduate;
import java.util.List;

/**
 * What was left open when the windows closed: the graduates who never submitted (after the graduate window) and
 * the change requests that expired undecided (after the college window), each list cut at {@link #SHOWN} rows
 * with the full count beside it; {@link ClosingExport} downloads each list in full.
 */
public record ClosingReport(boolean graduateWindowClosed, long notSubmittedCount,
                            List<QualificationGraduate> notSubmitted, boolean collegeWindowClosed, long expiredCount,
                            List<ExpiredRequest> expired) {

    public static final int SHOWN = 200;

    /** An expired request with its graduate. */
    public record ExpiredRequest(ChangeRequest request, QualificationGraduate graduate) {
    }
}
