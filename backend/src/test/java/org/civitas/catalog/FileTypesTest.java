package org.civitas.catalog;

import org.civitas.platform.storage.FileNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileTypesTest {
    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload", ".bin"), content);
    }

    private Path zip(String... entries) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] ELF = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
    private static final byte[] PE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Test
    void eachAllowedSignatureWithItsExtension() throws IOException {
        assertEquals(Optional.of(FileTypes.FileType.PDF), FileTypes.detect("Слайди.PDF", file(PDF)));
        assertEquals(Optional.of(FileTypes.FileType.PNG), FileTypes.detect("schema.png", file(PNG)));
        assertEquals(Optional.of(FileTypes.FileType.JPEG), FileTypes.detect("photo.jpg", file(JPEG)));
        assertEquals(Optional.of(FileTypes.FileType.JPEG), FileTypes.detect("photo.jpeg", file(JPEG)));
        assertEquals(Optional.of(FileTypes.FileType.DOCX), FileTypes.detect("a.docx", zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.of(FileTypes.FileType.PPTX), FileTypes.detect("a.pptx", zip("[Content_Types].xml", "ppt/presentation.xml")));
        assertEquals(Optional.of(FileTypes.FileType.XLSX), FileTypes.detect("a.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileTypes.FileType.DOCX.contentType);
    }

    @Test
    void mismatchesAreRefused() throws IOException {
        Map<String, Path> refused = Map.ofEntries(
                Map.entry("elf.pdf", file(ELF)),
                Map.entry("pe.pdf", file(PE)),
                Map.entry("pe.docx", file(PE)),
                Map.entry("pdf.docx", file(PDF)),
                Map.entry("png.jpg", file(PNG)),
                Map.entry("jpeg.png", file(JPEG)),
                Map.entry("empty.pdf", file(new byte[0])),
                Map.entry("image.svg", file("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8))),
                Map.entry("page.html", file("<html></html>".getBytes(StandardCharsets.UTF_8))),
                Map.entry("pdf.html", file(PDF)),
                Map.entry("program.exe", file(PE)),
                Map.entry("noextension", file(PDF)),
                Map.entry("word-as.xlsx", zip("[Content_Types].xml", "word/document.xml")),
                Map.entry("plain-zip.docx", zip("word/document.xml")),
                Map.entry("broken-zip.docx", file(new byte[] {'P', 'K', 3, 4, 0, 0, 0})));
        for (Map.Entry<String, Path> upload : refused.entrySet()) {
            assertEquals(Optional.empty(), FileTypes.detect(upload.getKey(), upload.getValue()), upload.getKey());
        }
    }

    @Test
    void fileNamesLoseTheirPathAndControlCharactersButKeepCyrillic() {
        assertEquals("Презентація 1.pdf", FileNames.clean("C:\\Users\\Тарас\\Презентація 1.pdf"));
        assertEquals("passwd.pdf", FileNames.clean("../../etc/passwd.pdf"));
        assertEquals("ab.pdf", FileNames.clean("a\r\nb.pdf"));
        assertEquals("file", FileNames.clean(null));
        assertEquals("attachment; filename=\"__ 1.pdf\"; filename*=UTF-8''%D0%AF%D0%86%201.pdf",
                MaterialsController.contentDisposition("ЯІ 1.pdf"));
    }
}
