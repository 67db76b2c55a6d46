package io.casehall.shared.seal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.seal.BilingualDocument.Field;
import io.casehall.shared.seal.BilingualDocument.Fields;
import io.casehall.shared.seal.BilingualDocument.Paragraph;
import io.casehall.shared.seal.BilingualDocument.Table;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The seal's parts wired by hand around a keystore in a temporary folder, with the document store,
 * the audit log and the registry table replaced by in-memory stand-ins.
 */
final class SealFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T02:30:00Z"), ZoneId.of("Asia/Shanghai"));

    final SealSettings settings;
    final SealKeystore keystore;
    final SealedDocumentRepository registry = mock(SealedDocumentRepository.class);
    final DocumentStore documents = mock(DocumentStore.class);
    final List<SealedDocument> issued;
    final List<byte[]> stored = new ArrayList<>();
    final SealedPdfs sealedPdfs;

    SealFixture(Path folder) {
        this(folder, new ArrayList<>());
    }

    /** A fixture with its own key over an existing registry, as after the sealing certificate was renewed. */
    SealFixture(Path folder, List<SealedDocument> registryRows) {
        issued = registryRows;
        settings = settings(folder.resolve("seal.p12"), "");
        keystore = new SealKeystore(settings, CLOCK);
        when(registry.save(any())).thenAnswer(call -> {
            issued.add(call.getArgument(0));
            return call.getArgument(0);
        });
        when(registry.findFirstBySha256(anyString())).thenAnswer(call -> issued.stream()
                .filter(row -> row.getSha256().equals(call.getArgument(0))).findFirst());
        when(registry.findByVerificationNumber(anyString())).thenAnswer(call -> issued.stream()
                .filter(row -> row.getVerificationNumber().equals(call.getArgument(0))).findFirst());
        when(documents.storeGenerated(any(), eq(SealedPdfs.PURPOSE), anyString(), eq(FileKind.PDF), any()))
                .thenAnswer(call -> {
                    stored.add(call.getArgument(4));
                    StoredDocument document = mock(StoredDocument.class);
                    UUID id = UUID.randomUUID();
                    when(document.getId()).thenReturn(id);
                    when(document.getOriginalName()).thenReturn(call.getArgument(2));
                    when(document.getSha256()).thenReturn(Hashes.sha256Hex((byte[]) call.getArgument(4)));
                    return document;
                });
        sealedPdfs = new SealedPdfs(new BilingualPdfRenderer(new SealFont(), settings), new PdfSigner(keystore, settings),
                keystore, settings, registry, documents, mock(AuditLog.class), CLOCK);
    }

    static SealSettings settings(Path keystore, String password) {
        return new SealSettings("CaseHall 示范大学", "CaseHall Demonstration University", "证明专用章",
                keystore.toString(), password, "seal",
                new VerificationAddress("https://casehall.example.edu.cn/", "/verify",
                        new org.springframework.mock.env.MockEnvironment()));
    }

    byte[] lastStored() {
        return stored.get(stored.size() - 1);
    }

    Optional<SealedDocument> row(String number) {
        return issued.stream().filter(row -> row.getVerificationNumber().equals(number)).findFirst();
    }

    /** A master's transcript long enough to need a second page, as the archive will issue it. */
    static BilingualDocument transcript(int courses) {
        List<List<String>> rows = new ArrayList<>();
        String[][] names = {
                {"工程数学 Engineering Mathematics", "3.0", "92"},
                {"化工热力学（高等）Advanced Chemical Engineering Thermodynamics", "2.5", "88"},
                {"学术英语写作 Academic English Writing", "2.0", "85"},
                {"中国特色社会主义理论与实践研究 Theory and Practice of Socialism with Chinese Characteristics", "2.0", "90"}};
        for (int i = 0; i < courses; i++) {
            String[] course = names[i % names.length];
            rows.add(List.of(String.valueOf(i + 1), course[0], course[1], course[2], i % 2 == 0 ? "2021-2022-1" : "2021-2022-2"));
        }
        return new BilingualDocument("硕士研究生成绩单", "Transcript of Records (Master's Degree)", List.of(
                new Fields(List.of(
                        new Field("姓名", "Name", "张伟 ZHANG Wei"),
                        new Field("学号", "Student No.", "22007031"),
                        new Field("院系", "School", "化工与环境生命学部 Faculty of Chemical, Environmental and Biological Science and Technology"),
                        new Field("专业", "Major", "化学工程与技术 Chemical Engineering and Technology"),
                        new Field("学制", "Length of Schooling", "3年 3 years"))),
                new Paragraph("兹证明该生在大连理工大学档案馆存档的成绩单如下：", "This is to certify the following records kept by the Archives of Dalian University of Technology:"),
                new Table(List.of("序号 No.", "课程 Course", "学分 Credits", "成绩 Score", "学期 Term"), rows),
                new Paragraph("毕业证书与學位證書另附。", null)));
    }
}
