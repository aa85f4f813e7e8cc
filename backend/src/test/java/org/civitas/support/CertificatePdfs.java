package org.civitas.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.jspecify.annotations.Nullable;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads certificate PDFs back as a person or a PDF reader would: text, fonts, the QR code, the signature. */
public final class CertificatePdfs {
    private CertificatePdfs() {
    }

    /** Names of fonts used on any page that are not embedded (standard-14 fonts included); empty is right. */
    public static List<String> fontsNotEmbedded(byte[] pdf) {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    boolean embedded = font instanceof PDType0Font type0
                            ? type0.getDescendantFont().isEmbedded() : font.isEmbedded();
                    if (!embedded || font.isStandard14()) {
                        missing.add(font.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    /** The text as PDFBox extracts it (through the fonts' ToUnicode maps). */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the QR code on the first page says, read from the page rendered at 150 dpi; null if none is found. */
    public static @Nullable String qrCode(byte[] pdf) {
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new GrayImage(image))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return null;
        }
    }

    /**
     * What a validator checks of the PDF's signature.
     *
     * @param signatures            how many signatures the document has
     * @param coversWholeFile       the ByteRange is [0 a b c] with b + c the file's length and the gap exactly the /Contents hex string
     * @param valid                 the CMS signature verifies over the ByteRange with the certificate it carries
     * @param signingCertificateV2  the signed attributes include signing-certificate-v2
     * @param signingTime           the signed attributes include signing-time (PAdES wants it absent)
     */
    public record SignatureCheck(int signatures, @Nullable String subFilter, boolean coversWholeFile, boolean valid,
                                 boolean signingCertificateV2, boolean signingTime, @Nullable String signer) {
        /** One valid PAdES B-B signature over the whole file. */
        public boolean ok() {
            return signatures == 1 && "ETSI.CAdES.detached".equals(subFilter) && coversWholeFile && valid
                    && signingCertificateV2 && !signingTime;
        }
    }

    public static SignatureCheck signature(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new SignatureCheck(0, null, false, false, false, false, null);
            }
            PDSignature signature = signatures.getFirst();
            int[] range = signature.getByteRange();
            boolean covers = range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
                    && (long) range[2] + range[3] == pdf.length && isHexString(pdf, range[1], range[2]);
            boolean valid = false;
            boolean v2 = false;
            boolean time = false;
            String signer = null;
            if (covers) {
                byte[] signed = new byte[range[1] + range[3]];
                System.arraycopy(pdf, 0, signed, 0, range[1]);
                System.arraycopy(pdf, range[2], signed, range[1], range[3]);
                try {
                    CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), signature.getContents(pdf));
                    Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
                    valid = !signers.isEmpty();
                    for (SignerInformation info : signers) {
                        @SuppressWarnings("unchecked")
                        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(info.getSID());
                        if (matches.isEmpty()) {
                            valid = false;
                            continue;
                        }
                        X509CertificateHolder certificate = matches.iterator().next();
                        signer = certificate.getSubject().toString();
                        valid &= info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
                        var attributes = info.getSignedAttributes();
                        v2 = attributes != null && attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null;
                        time = attributes != null && attributes.get(CMSAttributes.signingTime) != null;
                    }
                } catch (Exception e) {
                    valid = false; // a damaged file or signature: not valid, which is the answer
                }
            }
            return new SignatureCheck(signatures.size(), signature.getSubFilter(), covers, valid, v2, time, signer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isHexString(byte[] pdf, int from, int to) {
        if (pdf[from] != '<' || pdf[to - 1] != '>') {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** ZXing's view of a grey image, so the tests need no ZXing Java SE module. */
    private static final class GrayImage extends LuminanceSource {
        private final byte[] pixels;

        GrayImage(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            pixels = new byte[image.getWidth() * image.getHeight()];
            image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), pixels);
        }

        @Override
        public byte[] getRow(int y, byte @Nullable [] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            System.arraycopy(pixels, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}
