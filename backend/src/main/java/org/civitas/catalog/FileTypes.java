package org.civitas.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Which document types materials may be, told by content and name together: the file must start
 * with its format's signature and carry a matching extension. An executable renamed .pdf, a PDF
 * named .docx, SVG and HTML (which a browser would run) are all refused.
 */
final class FileTypes {
    private FileTypes() {
    }

    enum FileType {
        PDF("application/pdf", null, "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/", "docx"),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/", "pptx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/", "xlsx"),
        PNG("image/png", null, "png"),
        JPEG("image/jpeg", null, "jpg", "jpeg");

        final String contentType;
        final String zipFolder;
        final String[] extensions;

        FileType(String contentType, String zipFolder, String... extensions) {
            this.contentType = contentType;
            this.zipFolder = zipFolder;
            this.extensions = extensions;
        }
    }

    private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** The type the name claims, if it is one materials may have. */
    static Optional<FileType> byName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(FileType.values()).filter(t -> Arrays.asList(t.extensions).contains(extension)).findFirst();
    }

    /** The type of the content when it matches what the name claims; empty for any mismatch. */
    static Optional<FileType> detect(String fileName, Path content) throws IOException {
        Optional<FileType> claimed = byName(fileName);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(content)) {
            read = in.readNBytes(head, 0, head.length);
        }
        byte[] start = Arrays.copyOf(head, read);
        FileType type = claimed.get();
        boolean matches = switch (type) {
            case PDF -> startsWith(start, PDF);
            case PNG -> startsWith(start, PNG);
            case JPEG -> startsWith(start, JPEG);
            case DOCX, PPTX, XLSX -> startsWith(start, ZIP) && isOfficeDocument(content, type.zipFolder);
        };
        return matches ? claimed : Optional.empty();
    }

    /** An Office Open XML package: a ZIP with [Content_Types].xml and the format's own folder. Reads only the directory. */
    private static boolean isOfficeDocument(Path content, String folder) throws IOException {
        boolean contentTypes = false;
        boolean ownFolder = false;
        try (ZipFile zip = new ZipFile(content.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements() && !(contentTypes && ownFolder)) {
                String name = entries.nextElement().getName();
                contentTypes |= name.equals("[Content_Types].xml");
                ownFolder |= name.startsWith(folder);
            }
        } catch (ZipException | IllegalArgumentException e) {
            return false;
        }
        return contentTypes && ownFolder;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
