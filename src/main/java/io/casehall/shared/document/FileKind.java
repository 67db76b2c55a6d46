package io.casehall.shared.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** File types CaseHall accepts, recognised by their first bytes rather than by what the name claims. */
public enum FileKind {
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", List.of("pdf"), "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"),
            new byte[] {'P', 'K', 0x03, 0x04});

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] magic;

    FileKind(String mediaType, List<String> extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    public String label() {
        return extensions.get(0).toUpperCase(Locale.ROOT);
    }

    public static Optional<FileKind> detect(byte[] content) {
        return Arrays.stream(values()).filter(kind -> kind.matches(content)).findFirst();
    }

    public static Optional<FileKind> byExtension(String fileName) {
        String extension = extensionOf(fileName);
        return Arrays.stream(values()).filter(kind -> kind.extensions.contains(extension)).findFirst();
    }

    static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private boolean matches(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
