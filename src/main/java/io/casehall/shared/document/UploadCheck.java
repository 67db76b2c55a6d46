package io.casehall.shared.document;

/**
 * The one check every upload passes, whatever the page: size, type by extension and by first bytes, then the
 * content opened as that type ({@link PdfCheck}, {@link ImageCheck}). Spreadsheets are opened by the import
 * engine, which reports unreadable workbooks itself. Throws {@link DocumentRejectedException}.
 */
final class UploadCheck {

    private static final int MAX_NAME_LENGTH = 200;

    private UploadCheck() {
    }

    static FileKind validate(UploadPolicy policy, String originalName, byte[] content) {
        String name = originalName == null ? "" : safeName(originalName);
        if (content == null || content.length == 0) {
            throw new DocumentRejectedException("upload.empty");
        }
        if (content.length > policy.maxBytes()) {
            throw new DocumentRejectedException("upload.tooLarge", name, policy.maxSizeLabel());
        }
        FileKind claimed = FileKind.byExtension(name).orElse(null);
        if (claimed == null || !policy.kinds().contains(claimed)) {
            throw new DocumentRejectedException("upload.unsupportedType", name, policy.allowedLabels());
        }
        FileKind actual = FileKind.detect(content).orElse(null);
        if (actual != claimed) {
            throw new DocumentRejectedException("upload.contentMismatch", name, claimed.label());
        }
        switch (actual) {
            case PDF -> PdfCheck.check(name, content);
            case JPEG, PNG -> ImageCheck.check(actual, name, content);
            case XLSX -> { }
        }
        return actual;
    }

    /**
     * The name to keep and show: the last path segment, without control and invisible formatting characters
     * (a NUL, a line break, a right-to-left override that disguises the extension), quotes replaced.
     */
    static String safeName(String originalName) {
        if (originalName == null) {
            return "file";
        }
        String name = originalName.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replace('"', '_');
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }
}
