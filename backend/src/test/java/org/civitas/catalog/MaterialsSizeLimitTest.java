package org.civitas.catalog;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@Property(name = "civitas.materials.max-document-size", value = "1MB")
class MaterialsSizeLimitTest extends IntegrationTest {
    @Inject
    HttpServerConfiguration serverConfiguration;

    /** A PDF-looking stream of the given size, made as it is read: the test never holds it. */
    static InputStream generatedPdf(long size) {
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                long at = position++;
                return at < header.length ? header[(int) at] : 'a' + (int) (at % 26);
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return n;
            }
        };
    }

    @Test
    void theFrameworkLimitsStayAboveOurs() {
        assertTrue(serverConfiguration.getMultipart().getMaxFileSize() > 1024 * 1024);
        assertTrue(serverConfiguration.getMaxRequestSize() > 1024 * 1024);
        assertEquals(10L * 1024 * 1024, serverConfiguration.getMaxRequestBufferSize(), "bodies read into memory stay small");
    }

    @Test
    void anUploadPastTheLimitIsCutOffWith413AndLeavesNoFile() throws Exception {
        Browser admin = admin();
        long programId = admin.post("/api/programs", TestPrograms.body("Програма з великим файлом")).json().get("id").getLongValue();
        List<Path> before = MaterialsTest.storedFiles();

        Browser.Reply tooLarge = admin.postMultipart("/api/programs/" + programId + "/materials",
                Map.of("title", "Завеликий", "visibility", "public", "moduleId", ""),
                new Browser.FilePart("file", "big.pdf", "application/pdf", () -> generatedPdf(3L * 1024 * 1024)));
        assertEquals(413, tooLarge.status(), tooLarge.toString());
        assertEquals("file_too_large", tooLarge.code());
        assertEquals(List.of("file:file_too_large"), tooLarge.fieldErrors());
        assertEquals(before, MaterialsTest.storedFiles(), "no partial file is left");

        // without the optional moduleId the framework must read the whole body before calling us; same answer
        Browser.Reply withoutModule = admin.postMultipart("/api/programs/" + programId + "/materials",
                Map.of("title", "Завеликий", "visibility", "public"),
                new Browser.FilePart("file", "big.pdf", "application/pdf", () -> generatedPdf(3L * 1024 * 1024)));
        assertEquals(413, withoutModule.status(), withoutModule.toString());
        assertEquals(List.of("file:file_too_large"), withoutModule.fieldErrors());
        assertEquals(before, MaterialsTest.storedFiles(), "no partial file is left");

        Browser.Reply fits = admin.postMultipart("/api/programs/" + programId + "/materials",
                Map.of("title", "Вміщається", "visibility", "public"),
                new Browser.FilePart("file", "fits.pdf", "application/pdf", () -> generatedPdf(1024 * 1024)));
        assertEquals(201, fits.status(), fits.toString());
        assertEquals(1024 * 1024, fits.json().get("sizeBytes").getLongValue());
    }
}
