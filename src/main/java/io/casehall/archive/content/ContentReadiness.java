package io.casehall.archive.content;

import io.casehall.archive.ArchiveApplicationRepository;
import io.casehall.archive.ArchiveItem;
import io.casehall.archive.ArchiveItemType;
import io.casehall.archive.ArchiveLabels;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whether the documents' content is complete enough to proofread (every line translated) or to seal. */
@Component
public class ContentReadiness {

    private final ArchiveApplicationRepository applications;
    private final ArchiveLabels labels;

    ContentReadiness(ArchiveApplicationRepository applications, ArchiveLabels labels) {
        this.applications = applications;
        this.labels = labels;
    }

    /** The first item whose translation is incomplete: a line without English, or a transcript without courses. */
    @Transactional(readOnly = true)
    public Optional<String> missingTranslation(Long applicationId) {
        return applications.findById(applicationId).stream().flatMap(a -> a.getItems().stream())
                .filter(item -> item.getContent().isEmpty()
                        || item.getContent().stream().anyMatch(line -> blank(line.getTextEn()) && !blank(line.getTextZh()))
                        || (item.getType().layout() == ArchiveItemType.Layout.TRANSCRIPT && noCourses(item)))
                .map(item -> labels.item(item.getType()))
                .findFirst();
    }

    /** The first item with nothing to print. */
    @Transactional(readOnly = true)
    public Optional<String> missingContent(Long applicationId) {
        return applications.findById(applicationId).stream().flatMap(a -> a.getItems().stream())
                .filter(item -> item.getContent().isEmpty()
                        || (item.getType().layout() == ArchiveItemType.Layout.TRANSCRIPT && noCourses(item)))
                .map(item -> labels.item(item.getType()))
                .findFirst();
    }

    private static boolean noCourses(ArchiveItem item) {
        return item.getContent().stream().noneMatch(line -> line.getKind() == ContentKind.COURSE);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
