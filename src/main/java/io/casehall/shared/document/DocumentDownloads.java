package io.casehall.shared.document;

import jakarta.servlet.http.HttpServletResponse;
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
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(mediaType))
                .body(bytes);
    }

    /** The same headers for a download streamed straight to the response (a large export). */
    public static void prepareStreamedAttachment(HttpServletResponse response, String fileName, String mediaType) {
        response.setContentType(mediaType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static String disposition(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
