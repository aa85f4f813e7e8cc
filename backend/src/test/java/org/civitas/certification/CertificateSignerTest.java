package org.civitas.certification;

import org.civitas.support.CertificatePdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateSignerTest {
    private static final CertificateRenderer RENDERER = new CertificateRenderer();

    @Test
    void signatureIsPadesBaselineOverTheWholeFile() throws Exception {
        CertificateSigner.KeySource key = CertificateSigner.KeySource.generate();
        CertificateSigner signer = new CertificateSigner(key.key(), key.chain(), true);
        byte[] unsigned = RENDERER.render(CertificateSamples.typical());
        byte[] signed = signer.sign(unsigned);

        CertificatePdfs.SignatureCheck check = CertificatePdfs.signature(signed);
        assertTrue(check.ok(), check.toString());
        assertEquals("ETSI.CAdES.detached", check.subFilter());
        assertFalse(check.signingTime());
        // an incremental update: the unsigned file is still there, byte for byte
        byte[] start = new byte[unsigned.length];
        System.arraycopy(signed, 0, start, 0, unsigned.length);
        assertArrayEquals(unsigned, start);
        assertTrue(CertificatePdfs.text(signed).contains("ПК-2026-000123"));
        assertEquals(CertificateSamples.URL, CertificatePdfs.qrCode(signed));
        assertTrue(signer.keyInfo().testKey());
        assertTrue(signer.keyInfo().subject().contains("not for production"), signer.keyInfo().subject());
    }

    @Test
    void aChangedByteFailsVerification() throws Exception {
        CertificateSigner.KeySource key = CertificateSigner.KeySource.generate();
        byte[] signed = new CertificateSigner(key.key(), key.chain(), true).sign(RENDERER.render(CertificateSamples.typical()));
        String text = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1);
        // one byte of the document's title in the information dictionary, inside the signed range
        int at = text.indexOf("/Producer (Civitas)") + 12;
        byte[] changed = signed.clone();
        changed[at] = (byte) 'X';
        CertificatePdfs.SignatureCheck check = CertificatePdfs.signature(changed);
        assertTrue(check.coversWholeFile());
        assertFalse(check.valid(), check.toString());
        // and a byte in the middle of the page's content
        byte[] other = signed.clone();
        other[signed.length / 3] ^= 0x01;
        assertFalse(CertificatePdfs.signature(other).ok());
    }

    @Test
    void theTestKeyIsMadeOnceAndKeptForTheNextStart(@TempDir Path dir) {
        CertificationSettings settings = new CertificationSettings(null, null, null, "Reason", null, "ПК", 30);
        CertificateSigner.KeySource first = CertificateSigner.KeySource.load(settings, dir);
        assertTrue(Files.exists(dir.resolve(CertificateSigner.TEST_KEY_FILE)));
        CertificateSigner.KeySource again = CertificateSigner.KeySource.load(settings, dir);
        assertEquals(first.chain().getFirst(), again.chain().getFirst());
        assertTrue(again.testKey());
        byte[] signed = new CertificateSigner(again.key(), again.chain(), true).sign(RENDERER.render(CertificateSamples.typical()));
        assertTrue(CertificatePdfs.signature(signed).ok());
    }

    @Test
    void aConfiguredKeystoreIsUsedAndAWrongPasswordStopsTheStart(@TempDir Path dir) throws Exception {
        CertificateSigner.KeySource made = CertificateSigner.KeySource.generate();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("civitas", made.key(), "secret".toCharArray(), made.chain().toArray(new Certificate[0]));
        Path file = dir.resolve("signing.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "secret".toCharArray());
        }
        CertificateSigner.KeySource loaded = CertificateSigner.KeySource.load(
                new CertificationSettings(file.toString(), "secret", null, "Reason", null, "ПК", 30), dir);
        assertEquals(made.chain().getFirst(), loaded.chain().getFirst());
        assertFalse(loaded.testKey());
        assertFalse(Files.exists(dir.resolve(CertificateSigner.TEST_KEY_FILE)), "no test key beside a configured one");

        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> CertificateSigner.KeySource.load(
                new CertificationSettings(file.toString(), "wrong", null, "Reason", null, "ПК", 30), dir));
        assertTrue(wrong.getMessage().contains("civitas.certificates.keystore"), wrong.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> CertificateSigner.KeySource.load(
                new CertificationSettings(dir.resolve("none.p12").toString(), "secret", null, "Reason", null, "ПК", 30), dir));
        assertTrue(missing.getMessage().contains("civitas.certificates.keystore"), missing.getMessage());
        IllegalStateException alias = assertThrows(IllegalStateException.class, () -> CertificateSigner.KeySource.load(
                new CertificationSettings(file.toString(), "secret", "other", "Reason", null, "ПК", 30), dir));
        assertTrue(alias.getMessage().contains("civitas.certificates.key-alias"), alias.getMessage());
    }
}
