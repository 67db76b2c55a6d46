package io.casehall.creditbank.achievement;

import java.io.Serializable;

/**
 * The 存储新成果 form as typed: every field is text, so whatever the user typed (a number with a letter in it, a
 * malformed date) comes back unchanged with the message under the field. {@link AchievementRules} reads it.
 */
public class AchievementForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private String name;
    private String issuer;
    private String level;
    private String discipline;
    private String majorClass;
    private String major;
    private String majorCode;
    private String graduationConclusion;
    private String studyYears;
    private String originalHours;
    private String originalCredits;
    private String minGraduationCredits;
    private String validFrom;
    private String introduction;

    String text(AchievementRules.Field field) {
        return switch (field) {
            case NAME -> name;
            case ISSUER -> issuer;
            case LEVEL -> level;
            case DISCIPLINE -> discipline;
            case MAJOR_CLASS -> majorClass;
            case MAJOR -> major;
            case MAJOR_CODE -> majorCode;
            case CONCLUSION -> graduationConclusion;
            case YEARS -> studyYears;
            case HOURS -> originalHours;
            case CREDITS -> originalCredits;
            case MIN_CREDITS -> minGraduationCredits;
            case VALID_FROM -> validFrom;
            case INTRODUCTION -> introduction;
        };
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getDiscipline() {
        return discipline;
    }

    public void setDiscipline(String discipline) {
        this.discipline = discipline;
    }

    public String getMajorClass() {
        return majorClass;
    }

    public void setMajorClass(String majorClass) {
        this.majorClass = majorClass;
    }

    public String getMajor() {
        return major;
    }

    public void setMajor(String major) {
        this.major = major;
    }

    public String getMajorCode() {
        return majorCode;
    }

    public void setMajorCode(String majorCode) {
        this.majorCode = majorCode;
    }

    public String getGraduationConclusion() {
        return graduationConclusion;
    }

    public void setGraduationConclusion(String graduationConclusion) {
        this.graduationConclusion = graduationConclusion;
    }

    public String getStudyYears() {
        return studyYears;
    }

    public void setStudyYears(String studyYears) {
        this.studyYears = studyYears;
    }

    public String getOriginalHours() {
        return originalHours;
    }

    public void setOriginalHours(String originalHours) {
        this.originalHours = originalHours;
    }

    public String getOriginalCredits() {
        return originalCredits;
    }

    public void setOriginalCredits(String originalCredits) {
        this.originalCredits = originalCredits;
    }

    public String getMinGraduationCredits() {
        return minGraduationCredits;
    }

    public void setMinGraduationCredits(String minGraduationCredits) {
        this.minGraduationCredits = minGraduationCredits;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }
}
