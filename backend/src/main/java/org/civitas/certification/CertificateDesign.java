package org.civitas.certification;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;

/**
 * How a provider's certificates look; the admin edits it as JSON. Colours are {@code #RRGGBB};
 * images are {@code data:image/png;base64,…} or {@code data:image/jpeg;base64,…} URIs, so a design
 * is one self-contained value that can be copied into each certificate at issue.
 *
 * @param introText      the line under the learner's name; null: the language's standard wording
 * @param validityMonths null: the certificate never expires
 * @param language       the certificate's language, uk or en; null: the program's
 */
@Serdeable
record CertificateDesign(@NotNull @Pattern(regexp = COLOR) @Nullable String primaryColor,
                         @NotNull @Pattern(regexp = COLOR) @Nullable String accentColor,
                         @Size(max = MAX_IMAGE_CHARS) @Pattern(regexp = IMAGE) @Nullable String providerLogo,
                         @NotNull @Size(max = 6) @Nullable List<@NotNull @Valid PartnerLogo> partnerLogos,
                         @NotNull @Size(max = 3) @Nullable List<@NotNull @Valid Signatory> signatories,
                         @Size(max = 300) @Nullable String introText,
                         @Size(max = 500) @Nullable String footerText,
                         boolean showOutcomes,
                         @Min(1) @Max(120) @Nullable Integer validityMonths,
                         @Pattern(regexp = "uk|en") @Schema(allowableValues = {"uk", "en"}) @Nullable String language) {
    static final String COLOR = "^#[0-9A-Fa-f]{6}$";
    /** The shape of an image data URI; {@link #isImage} checks that the bytes really are one. */
    static final String IMAGE = "^data:image/(png|jpeg);base64,[A-Za-z0-9+/=\\r\\n]+$";
    /** About 300 KB of image once decoded: plenty for a logo, small enough to copy into each certificate. */
    static final int MAX_IMAGE_CHARS = 400 * 1024;
    /** Larger logos are refused: a small PNG can claim a huge canvas and exhaust memory when decoded. */
    private static final int MAX_IMAGE_SIDE = 4000;

    /** A deserialised design may carry nulls where validation would refuse them; rendering copes anyway. */
    CertificateDesign {
        partnerLogos = partnerLogos == null ? List.of() : List.copyOf(partnerLogos);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }

    /** Dark blue and gold, no logos, no signatories, outcomes shown, never expires. */
    static CertificateDesign standard() {
        return new CertificateDesign("#1F3A68", "#B8912F", null, List.of(), List.of(), null, null, true, null, null);
    }

    @Serdeable
    record PartnerLogo(@NotBlank @Size(max = 200) @Nullable String name,
                       @NotBlank @Size(max = MAX_IMAGE_CHARS) @Pattern(regexp = IMAGE) @Nullable String image) {
    }

    @Serdeable
    record Signatory(@NotBlank @Size(max = 200) @Nullable String name,
                     @NotBlank @Size(max = 200) @Nullable String position) {
    }

    /**
     * Whether the data URI holds a PNG or JPEG that decodes, by its bytes rather than by what the
     * URI claims, and of a sane size; what the admin saves is checked with this.
     */
    static boolean isImage(@Nullable String dataUri) {
        byte[] bytes = imageBytes(dataUri);
        if (bytes == null) {
            return false;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
                    return false;
                }
                return reader.read(0) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The bytes of a PNG or JPEG data URI, recognised by their magic numbers; null for anything else. */
    static byte @Nullable [] imageBytes(@Nullable String dataUri) {
        if (dataUri == null || dataUri.length() > MAX_IMAGE_CHARS) {
            return null;
        }
        int comma = dataUri.indexOf(',');
        if (comma < 0 || !dataUri.regionMatches(true, 0, "data:image/", 0, 11)
                || !dataUri.regionMatches(true, comma - 7, ";base64", 0, 7)) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(dataUri.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return isPng(bytes) || isJpeg(bytes) ? bytes : null;
    }

    static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A;
    }

    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }
}
