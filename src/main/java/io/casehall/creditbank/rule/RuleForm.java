package io.casehall.creditbank.rule;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 转换规则制定 / 修改 as typed. Everything travels in the form's fields (the chosen sources as hidden rows, an
 * accepted file as its stored id), so adding or removing a source, searching, or an error keeps what was typed.
 */
public class RuleForm implements Serializable {

    private String type;
    private List<SourceLine> sources = new ArrayList<>();
    private Long targetMajorId;
    private Long targetCourseId;
    private String description;
    private boolean commitment;
    private UUID documentId;
    private String fileName;
    /** The source search (成果名称 / 机构), not part of the rule. */
    private String searchName;
    private String searchInstitution;

    /** One chosen source achievement and the 学分银行学分 typed for it. */
    public static class SourceLine implements Serializable {
        private Long achievementId;
        private String credits;

        public SourceLine() {
        }

        public SourceLine(Long achievementId, String credits) {
            this.achievementId = achievementId;
            this.credits = credits;
        }

        public Long getAchievementId() {
            return achievementId;
        }

        public void setAchievementId(Long achievementId) {
            this.achievementId = achievementId;
        }

        public String getCredits() {
            return credits;
        }

        public void setCredits(String credits) {
            this.credits = credits;
        }
    }

    public static RuleForm of(ConversionRule rule) {
        RuleForm form = new RuleForm();
        form.type = rule.getType() == null ? null : rule.getType().name();
        rule.getSources().forEach(s -> form.sources.add(new SourceLine(s.getAchievementId(),
                s.getCredits().stripTrailingZeros().toPlainString())));
        form.targetMajorId = rule.getTargetMajorId();
        form.targetCourseId = rule.getTargetCourseId();
        form.description = rule.getDescription();
        form.fileName = rule.getFileName();
        return form;
    }

    /** The rows with an achievement (empty rows left by binding are dropped). */
    public List<SourceLine> chosenSources() {
        return sources.stream().filter(s -> s != null && s.achievementId != null).toList();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public List<SourceLine> getSources() {
        return sources;
    }

    public void setSources(List<SourceLine> sources) {
        this.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources);
    }

    public Long getTargetMajorId() {
        return targetMajorId;
    }

    public void setTargetMajorId(Long targetMajorId) {
        this.targetMajorId = targetMajorId;
    }

    public Long getTargetCourseId() {
        return targetCourseId;
    }

    public void setTargetCourseId(Long targetCourseId) {
        this.targetCourseId = targetCourseId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isCommitment() {
        return commitment;
    }

    public void setCommitment(boolean commitment) {
        this.commitment = commitment;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public void setDocumentId(UUID documentId) {
        this.documentId = documentId;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getSearchName() {
        return searchName;
    }

    public void setSearchName(String searchName) {
        this.searchName = searchName;
    }

    public String getSearchInstitution() {
        return searchInstitution;
    }

    public void setSearchInstitution(String searchInstitution) {
        this.searchInstitution = searchInstitution;
    }
}
