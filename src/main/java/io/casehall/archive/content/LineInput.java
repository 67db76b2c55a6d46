package io.casehall.archive.content;

import java.io.Serializable;

/**
 * One row of the staff content editor as typed: a header field, a course row or a paragraph. {@code id} is
 * the line it replaces (so an applicant's pending proposal can follow it); {@code delete} drops the row.
 * {@code proposedEn} is shown, never read back.
 */
public class LineInput implements Serializable {

    private Long id;
    private ContentKind kind = ContentKind.FIELD;
    private String labelZh;
    private String labelEn;
    private String textZh;
    private String textEn;
    private String credit;
    private String score;
    private String term;
    private String proposedEn;
    private boolean delete;

    public LineInput() {
    }

    public LineInput(ContentKind kind) {
        this.kind = kind;
    }

    public static LineInput of(ContentLine line) {
        LineInput input = new LineInput(line.getKind());
        input.id = line.getId();
        input.labelZh = line.getLabelZh();
        input.labelEn = line.getLabelEn();
        input.textZh = line.getTextZh();
        input.textEn = line.getTextEn();
        input.credit = line.getCredit();
        input.score = line.getScore();
        input.term = line.getTerm();
        input.proposedEn = line.getProposedEn();
        return input;
    }

    /** Nothing typed: an empty row of the editor, which is not saved. */
    boolean isBlank() {
        return blank(labelZh) && blank(labelEn) && blank(textZh) && blank(textEn) && blank(credit) && blank(score)
                && blank(term);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ContentKind getKind() { return kind; }
    public void setKind(ContentKind kind) { this.kind = kind; }
    public String getLabelZh() { return labelZh; }
    public void setLabelZh(String labelZh) { this.labelZh = labelZh; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public String getTextZh() { return textZh; }
    public void setTextZh(String textZh) { this.textZh = textZh; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getCredit() { return credit; }
    public void setCredit(String credit) { this.credit = credit; }
    public String getScore() { return score; }
    public void setScore(String score) { this.score = score; }
    public String getTerm() { return term; }
    public void setTerm(String term) { this.term = term; }
    public String getProposedEn() { return proposedEn; }
    public void setProposedEn(String proposedEn) { this.proposedEn = proposedEn; }
    public boolean isDelete() { return delete; }
    public void setDelete(boolean delete) { this.delete = delete; }
}
