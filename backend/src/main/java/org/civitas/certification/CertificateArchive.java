package org.civitas.certification;

import io.micronaut.core.io.Writable;
import org.civitas.platform.storage.FileStorage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A program's certificates as a ZIP written while it is sent: one PDF read at a time, stored as is
 * (PDFs are compressed already). Stored entries with their size and CRC known in advance let the
 * archive's length be counted before the first byte, so a browser shows real progress.
 */
final class CertificateArchive implements Writable {
    private static final int LOCAL_HEADER = 30;
    private static final int CENTRAL_HEADER = 46;
    private static final int END_RECORD = 22;
    private static final long ZIP32_LIMIT = 0xFFFF_FFFFL;
    private static final LocalDateTime TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
    private final List<CertificateRow> certificates;
    private final List<String> names;
    private final FileStorage storage;

    CertificateArchive(List<CertificateRow> certificates, FileStorage storage) {
        this.certificates = certificates;
        this.storage = storage;
        Set<String> taken = new HashSet<>();
        this.names = certificates.stream().map(c -> {
            String name = (c.serial() + " " + c.learnerName()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".pdf";
            return taken.add(name) ? name : c.verificationCode() + ".pdf";
        }).toList();
    }

    int count() {
        return certificates.size();
    }

    /** The exact length of the archive, or -1 when it would need ZIP64 and is not counted. */
    long length() {
        long total = END_RECORD;
        for (int i = 0; i < certificates.size(); i++) {
            int name = names.get(i).getBytes(StandardCharsets.UTF_8).length;
            total += LOCAL_HEADER + name + certificates.get(i).pdfSize() + CENTRAL_HEADER + name;
        }
        return total > ZIP32_LIMIT || certificates.size() >= 0xFFFF ? -1 : total;
    }

    @Override
    public void writeTo(OutputStream out, Charset charset) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setMethod(ZipOutputStream.STORED);
        for (int i = 0; i < certificates.size(); i++) {
            CertificateRow certificate = certificates.get(i);
            byte[] pdf = pdf(storage, certificate);
            ZipEntry entry = new ZipEntry(names.get(i));
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(pdf.length);
            entry.setCompressedSize(pdf.length);
            entry.setCrc(certificate.pdfCrc32());
            entry.setTimeLocal(TIME);
            zip.putNextEntry(entry);
            zip.write(pdf);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The certificate's PDF as issued, from the file storage. */
    static byte[] pdf(FileStorage storage, CertificateRow certificate) {
        FileStorage.Content content = storage.open(certificate.pdfKey()).orElseThrow(
                () -> new IllegalStateException("the PDF of certificate " + certificate.serial() + " is missing from the file storage"));
        try (InputStream in = content.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void writeTo(Writer out) {
        throw new UncheckedIOException(new IOException("written as bytes"));
    }
}
