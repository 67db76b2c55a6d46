package io.casehall.archive;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Chinese names of services, items, stages and delivery modes for texts that leave the web layer (Tasklist
 * summaries, notices, PDF file names), read from the same message bundle the pages use.
 */
@Component
public class ArchiveLabels {

    private final MessageSource messages;

    ArchiveLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String service(ArchiveServiceType service) {
        return zh("archive.service." + service.name());
    }

    public String item(ArchiveItemType item) {
        return zh("archive.item." + item.name());
    }

    public String stage(StudyStage stage) {
        return zh("archive.stage." + stage.name());
    }

    public String delivery(DeliveryMode mode) {
        return zh("archive.delivery." + mode.name());
    }

    private String zh(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
