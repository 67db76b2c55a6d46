package io.casehall.archive.content;

import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One line of a produced document, kept as data: a header field (label: value), a transcript course row
 * (Chinese and English course name, credit, score, term) or a paragraph. {@code proposedEn} holds the
 * applicant's proofreading correction until a proofreader accepts or answers it.
 */
@Entity
@Table(name = "archive_content_line")
public class ContentLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private ArchiveItem item;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContentKind kind;

    @Column(name = "label_zh")
    private String labelZh;
    @Column(name = "label_en")
    private String labelEn;
    @Column(name = "text_zh")
    private String textZh;
    @Column(name = "text_en")
    private String textEn;
    private String credit;
    private String score;
    private String term;
    @Column(name = "proposed_en")
    private String proposedEn;

    protected ContentLine() {
    }

    public ContentLine(ArchiveItem item, int position, ContentKind kind, String labelZh, String labelEn, String textZh,
                String textEn, String credit, String score, String term) {
        this.item = item;
        this.position = position;
        this.kind = kind;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.textZh = textZh;
        this.textEn = textEn;
        this.credit = credit;
        this.score = score;
        this.term = term;
    }

    /** Returns true when the proposal differs from the current English text. */
    public boolean propose(String english) {
        String proposal = ArchiveApplication.blankToNull(english);
        boolean differs = proposal != null && !proposal.equals(textEn);
        this.proposedEn = differs ? proposal : null;
        return differs;
    }

    public void acceptProposal() {
        if (proposedEn != null) {
            textEn = proposedEn;
            proposedEn = null;
        }
    }

    public void dismissProposal() {
        proposedEn = null;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public ContentKind getKind() { return kind; }
    public String getLabelZh() { return labelZh; }
    public String getLabelEn() { return labelEn; }
    public String getTextZh() { return textZh; }
    public String getTextEn() { return textEn; }
    public String getCredit() { return credit; }
    public String getScore() { return score; }
    public String getTerm() { return term; }
    public String getProposedEn() { return proposedEn; }
}
