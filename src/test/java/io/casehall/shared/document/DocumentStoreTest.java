package io.casehall.shared.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.shared.audit.AuditEventRepository;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DocumentStoreTest extends IntegrationTest {

    @Autowired
    DocumentStore store;

    @Autowired
    AuditEventRepository audit;

    private final Actor owner = Actor.of(Actor.Kind.APPLICANT, "9001");
    private final Actor stranger = Actor.of(Actor.Kind.APPLICANT, "9002");

    @Test
    void storesAValidPhotoUnderAServerMadeNameAndGivesItBackToItsOwner() {
        byte[] png = TestFiles.png();
        StoredDocument doc = store.store(owner, UploadPolicy.ID_PHOTO, "../../etc/身份证.png", png);

        assertThat(doc.getOriginalName()).isEqualTo("身份证.png");
        assertThat(doc.getStorageKey()).doesNotContain("身份证").endsWith(doc.getId().toString());
        assertThat(doc.getMediaType()).isEqualTo("image/png");
        assertThat(store.read(doc.getId(), owner).bytes()).isEqualTo(png);
    }

    @Test
    void refusesAnExecutableRenamedToJpg() {
        assertThatThrownBy(() -> store.store(owner, UploadPolicy.ID_PHOTO, "photo.jpg", TestFiles.windowsExecutable()))
                .isInstanceOf(DocumentRejectedException.class)
                .extracting(e -> ((DocumentRejectedException) e).messageKey()).isEqualTo("upload.contentMismatch");
    }

    @Test
    void refusesAPngNamedAsPdf() {
        assertThatThrownBy(() -> store.store(owner, UploadPolicy.ID_PHOTO, "scan.pdf", TestFiles.png()))
                .extracting(e -> ((DocumentRejectedException) e).messageKey()).isEqualTo("upload.contentMismatch");
    }

    @Test
    void refusesEmptyOversizeAndUnsupportedFiles() {
        UploadPolicy tiny = new UploadPolicy("tiny", 100, Set.of(FileKind.PNG));
        assertThatThrownBy(() -> store.store(owner, tiny, "a.png", new byte[0]))
                .extracting(e -> ((DocumentRejectedException) e).messageKey()).isEqualTo("upload.empty");
        assertThatThrownBy(() -> store.store(owner, tiny, "a.png", TestFiles.png()))
                .extracting(e -> ((DocumentRejectedException) e).messageKey()).isEqualTo("upload.tooLarge");
        assertThatThrownBy(() -> store.store(owner, UploadPolicy.ID_PHOTO, "a.exe", TestFiles.windowsExecutable()))
                .extracting(e -> ((DocumentRejectedException) e).messageKey()).isEqualTo("upload.unsupportedType");
    }

    @Test
    void anotherApplicantCannotReadItAndTheAttemptIsAudited() {
        StoredDocument doc = store.store(owner, UploadPolicy.ID_PHOTO, "id.jpg", TestFiles.jpeg());

        assertThatThrownBy(() -> store.read(doc.getId(), stranger)).isInstanceOf(NotFoundException.class);

        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("document", doc.getId().toString()))
                .extracting(e -> e.getAction() + ":" + e.getActorId())
                .contains("DOCUMENT_STORED:9001", "DOCUMENT_READ_REFUSED:9002");
    }

    @Test
    void staffWithoutAnOpenTaskOnTheCaseCannotReadIt() {
        StoredDocument doc = store.store(owner, UploadPolicy.ID_PHOTO, "id.jpg", TestFiles.jpeg());
        store.attachToCase(doc.getId(), "realname-9001");

        assertThatThrownBy(() -> store.read(doc.getId(), Actor.of(Actor.Kind.STAFF, "clerk")))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.read(doc.getId(), Actor.of(Actor.Kind.STAFF, "admin")).bytes()).isNotEmpty();
    }
}
