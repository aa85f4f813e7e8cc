package org.civitas.certification;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.civitas.platform.database.DataDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * Signs certificate PDFs: PAdES baseline B-B, that is a detached CAdES signature
 * ({@code /SubFilter /ETSI.CAdES.detached}) over the whole file but the signature itself, with
 * content-type, message-digest and signing-certificate-v2 as signed attributes and no signing-time
 * (the signature dictionary's /M says when). Key, chain and the signing-certificate-v2 attribute
 * are prepared once; a signature then costs one private-key operation and an incremental save.
 * Thread-safe.
 */
@Singleton
final class CertificateSigner {
    private static final Logger LOG = LoggerFactory.getLogger(CertificateSigner.class);
    static final String TEST_KEY_FILE = "test-signing-key.p12";
    /** The test key is no secret (its certificate says "not for production"); the file needs some password. */
    private static final char[] TEST_KEY_PASSWORD = "civitas-test-key".toCharArray();
    private static final String TEST_KEY_SUBJECT = "CN=Civitas test signing key (not for production)";
    private static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final JcaCertStore certificates;
    private final JcaX509CertificateHolder certificateHolder;
    private final Attribute signingCertificateV2;
    private final DigestCalculatorProvider digests;
    private final String algorithm;
    private final int signatureSize;
    private final String signerName;
    private final String reason;
    private final @Nullable String location;
    private final SigningKeyInfo keyInfo;

    @Inject
    CertificateSigner(CertificationSettings settings) {
        this(KeySource.load(settings, DataDirectory.resolve().resolve("certification")), settings.signatureReason(),
                settings.signatureLocation());
    }

    /** For tests: a key and its chain (the signer's certificate first), no files. */
    CertificateSigner(PrivateKey key, List<X509Certificate> chain, boolean testKey) {
        this(new KeySource(key, chain, testKey), "Certificate of professional development", null);
    }

    private CertificateSigner(KeySource source, String reason, @Nullable String location) {
        this.key = source.key();
        this.certificate = source.chain().getFirst();
        this.reason = reason;
        this.location = location;
        try {
            this.certificates = new JcaCertStore(source.chain());
            this.certificateHolder = new JcaX509CertificateHolder(certificate);
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(certificateHolder.getIssuer())),
                    certificate.getSerialNumber());
            // ESSCertIDv2 without an algorithm means SHA-256, as the standard prefers
            this.signingCertificateV2 = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{new ESSCertIDv2(hash, issuerSerial)})));
            int chainBytes = 0;
            for (X509Certificate c : source.chain()) {
                chainBytes += c.getEncoded().length;
            }
            // certificates, a signature of up to 512 bytes (RSA 4096) and the attributes, with room to spare
            this.signatureSize = chainBytes + 2048;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot prepare the certificate signing key", e);
        }
        this.algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        this.signerName = commonName(certificateHolder.getSubject());
        this.keyInfo = new SigningKeyInfo(source.testKey(), certificate.getSubjectX500Principal().getName(),
                certificate.getNotAfter().toInstant());
    }

    SigningKeyInfo keyInfo() {
        return keyInfo;
    }

    /** The PDF with one signature added in an incremental update. */
    byte[] sign(byte[] unsignedPdf) {
        try (PDDocument document = Loader.loadPDF(unsignedPdf);
             SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            if (location != null && !location.isBlank()) {
                signature.setLocation(location);
            }
            signature.setSignDate(Calendar.getInstance());
            options.setPreferredSignatureSize(signatureSize);
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(unsignedPdf.length + 2 * signatureSize + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] signedBytes;
            try (InputStream content = external.getContent()) {
                signedBytes = content.readAllBytes();
            }
            external.setSignature(cms(signedBytes));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign a certificate", e);
        }
    }

    /** A detached CMS SignedData over the bytes. */
    byte[] cms(byte[] content) {
        try {
            CMSAttributeTableGenerator signedAttributes = parameters -> {
                ASN1EncodableVector attributes = new ASN1EncodableVector();
                attributes.add(new Attribute(CMSAttributes.contentType,
                        new DERSet((ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
                attributes.add(new Attribute(CMSAttributes.messageDigest,
                        new DERSet(new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
                attributes.add(signingCertificateV2);
                return new AttributeTable(attributes);
            };
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(digests)
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(new JcaContentSignerBuilder(algorithm).build(key), certificateHolder));
            generator.addCertificates(certificates);
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make the certificate's signature", e);
        }
    }

    private static String commonName(X500Name name) {
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    /** The key and chain to sign with, from the configured keystore or the generated test key. */
    record KeySource(PrivateKey key, List<X509Certificate> chain, boolean testKey) {
        static KeySource load(CertificationSettings settings, Path directory) {
            if (settings.keystore() != null && !settings.keystore().isBlank()) {
                return configured(settings);
            }
            return testKey(directory.resolve(TEST_KEY_FILE));
        }

        /** A keystore that is configured but unusable stops the start: silently signing with a test key would be worse. */
        private static KeySource configured(CertificationSettings settings) {
            Path path = Path.of(settings.keystore());
            char[] password = settings.keystorePassword() == null ? new char[0] : settings.keystorePassword().toCharArray();
            KeyStore store;
            try (InputStream in = Files.newInputStream(path)) {
                store = KeyStore.getInstance("PKCS12");
                store.load(in, password);
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("civitas.certificates.keystore: cannot open " + path
                        + " with civitas.certificates.keystore-password (" + e.getMessage() + ")", e);
            }
            try {
                return fromStore(store, settings.keyAlias(), password, false, "civitas.certificates.keystore " + path);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("civitas.certificates.keystore: cannot read the key in " + path
                        + " (" + e.getMessage() + ")", e);
            }
        }

        private static KeySource fromStore(KeyStore store, @Nullable String alias, char[] password, boolean testKey,
                                           String where) throws GeneralSecurityException {
            String chosen = alias == null || alias.isBlank() ? null : alias;
            if (chosen == null) {
                for (String candidate : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(candidate)) {
                        chosen = candidate;
                        break;
                    }
                }
            }
            if (chosen == null || !store.isKeyEntry(chosen)) {
                throw new IllegalStateException(where + ": no key entry"
                        + (alias == null ? "" : " named '" + alias + "' (civitas.certificates.key-alias)"));
            }
            PrivateKey key = (PrivateKey) store.getKey(chosen, password);
            Certificate[] chain = store.getCertificateChain(chosen);
            if (key == null || chain == null || chain.length == 0) {
                throw new IllegalStateException(where + ": the entry '" + chosen + "' has no private key and certificate");
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : chain) {
                certificates.add((X509Certificate) c);
            }
            return new KeySource(key, certificates, testKey);
        }

        /** The test key from its file, made on first start so signatures stay verifiable after a restart. */
        static KeySource testKey(Path file) {
            try {
                if (Files.exists(file)) {
                    KeyStore store = KeyStore.getInstance("PKCS12");
                    try (InputStream in = Files.newInputStream(file)) {
                        store.load(in, TEST_KEY_PASSWORD);
                    }
                    return fromStore(store, null, TEST_KEY_PASSWORD, true, file.toString());
                }
                KeySource made = generate();
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("signing", made.key(), TEST_KEY_PASSWORD, made.chain().toArray(new Certificate[0]));
                Files.createDirectories(file.getParent());
                Path temporary = Files.createTempFile(file.getParent(), "test-signing-key", ".tmp");
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, TEST_KEY_PASSWORD);
                }
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                LOG.warn("Certificates are signed with a self-signed test key ({}); configure civitas.certificates.keystore for production", file);
                return made;
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot open or create the test signing key " + file, e);
            }
        }

        /** RSA 2048: what every PDF reader accepts. */
        static KeySource generate() throws GeneralSecurityException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name(TEST_KEY_SUBJECT);
            Instant now = Instant.now();
            try {
                var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()),
                        Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3653))), subject,
                        pair.getPublic());
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                X509Certificate certificate = new JcaX509CertificateConverter()
                        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
                return new KeySource(pair.getPrivate(), List.of(certificate), true);
            } catch (IOException | OperatorCreationException e) {
                throw new GeneralSecurityException("cannot make the test certificate", e);
            }
        }
    }
}
