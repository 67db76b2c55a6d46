package io.casehall.deposit;

import java.util.Arrays;
import java.util.Optional;

/** Who the applicant is, as the service guide asks it ({@code deposit.group.<code>}); the DMN decides who is served. */
public enum ApplicantGroup {
    /** 国内高校毕业直接赴国(境)外攻读学位(无工作经历). */
    GRADUATE_DIRECT("graduateDirect"),
    /** 在读期间退学直接出国攻读学位. */
    WITHDRAWN_STUDENT("withdrawnStudent"),
    /** 高中毕业直接出国攻读学位. */
    HIGH_SCHOOL_GRADUATE("highSchoolGraduate"),
    /** 国家公派. */
    GOVERNMENT_SPONSORED("governmentSponsored"),
    /** 博士后/访问学者. */
    POSTDOC_OR_VISITING_SCHOLAR("postdocOrVisitingScholar"),
    /** 已在国(境)外院校结束课程. */
    FINISHED_ABROAD("finishedAbroad");

    private final String code;

    ApplicantGroup(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelKey() {
        return "deposit.group." + code;
    }

    public static Optional<ApplicantGroup> fromCode(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }
}
