package io.casehall.archive;

import io.casehall.archive.content.ContentLine;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One ticked item of an application (申请内容: 类型, 份数, 上传文件) with the content staff prepare for it. */
@Entity
@Table(name = "archive_item")
public class ArchiveItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private ArchiveApplication application;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false)
    private ArchiveItemType type;

    @Column(nullable = false)
    private int copies;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ArchiveItemFile> files = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ContentLine> content = new ArrayList<>();

    protected ArchiveItem() {
    }

    ArchiveItem(ArchiveApplication application, ArchiveItemType type, int copies, int position) {
        this.application = application;
        this.type = type;
        this.copies = copies;
        this.position = position;
    }

    public void attach(UUID documentId, String fileName, Instant now) {
        files.add(new ArchiveItemFile(this, documentId, fileName, now));
    }

    /** A re-upload after a return for correction: the old files stay on record, marked replaced. */
    void replaceFiles() {
        files.forEach(ArchiveItemFile::markReplaced);
    }

    public void replaceContent(List<ContentLine> lines) {
        content.clear();
        content.addAll(lines);
    }

    public List<ArchiveItemFile> currentFiles() {
        return files.stream().filter(file -> !file.isReplaced()).toList();
    }

    public Long getId() { return id; }
    public ArchiveApplication getApplication() { return application; }
    public ArchiveItemType getType() { return type; }
    public int getCopies() { return copies; }
    public int getPosition() { return position; }
    public List<ArchiveItemFile> getFiles() { return files; }
    public List<ContentLine> getContent() { return content; }
}
