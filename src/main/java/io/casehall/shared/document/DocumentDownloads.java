package io.casehall.shared.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Always an attachment, never rendered inline by the browser, and never sniffed into another type. */
public final class DocumentDownloads {

    private DocumentDownloads() {
    }

    public static ResponseEntity<byte[]> attachment(DocumentContent content) {
        return attachment(content.bytes(), content.document().getOriginalName(), content.document().getMediaType());
    }

    public static ResponseEntity<byte[]> attachment(byte[] bytes, String fileName, String mediaType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(mediaType))
                .body(bytes);
    }
}
