package org.civitas.certification;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Logos turned into PDF image streams once and kept by their data URI: the same few logos appear
 * on every certificate of a provider, and decoding a PNG per PDF would cost more than the rest of
 * the page. What is kept holds no PDFBox object (those belong to one document); each document gets
 * fresh streams with the kept bytes. A logo that cannot be read is remembered as such and left out.
 */
final class LogoImages {
    private static final Logger LOG = LoggerFactory.getLogger(LogoImages.class);
    private static final int CAPACITY = 64;

    private final Map<String, Optional<Image>> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Image>> eldest) {
            return size() > CAPACITY;
        }
    };

    /** A ready image with its size in pixels, or empty for a broken data URI. */
    Optional<Image> get(@Nullable String dataUri) {
        if (dataUri == null || dataUri.isBlank()) {
            return Optional.empty();
        }
        synchronized (cache) {
            Optional<Image> image = cache.get(dataUri);
            if (image != null) {
                return image;
            }
        }
        Optional<Image> image = decode(dataUri); // outside the lock: other certificates need not wait
        synchronized (cache) {
            cache.put(dataUri, image);
        }
        return image;
    }

    private static Optional<Image> decode(String dataUri) {
        byte[] bytes = CertificateDesign.imageBytes(dataUri);
        if (bytes == null || !CertificateDesign.isImage(dataUri)) {
            LOG.warn("a certificate logo is not a readable PNG or JPEG; it is left out");
            return Optional.empty();
        }
        try (PDDocument scratch = new PDDocument()) {
            PDImageXObject image = PDImageXObject.createFromByteArray(scratch, bytes, "logo");
            return Optional.of(new Image(image.getWidth(), image.getHeight(), (Stream) snapshot(image.getCOSObject())));
        } catch (IOException | RuntimeException e) {
            LOG.warn("a certificate logo cannot be embedded; it is left out", e);
            return Optional.empty();
        }
    }

    /** An image ready to embed: its stream without any PDFBox object in it. */
    record Image(int width, int height, Stream stream) {
        COSStream embed(COSDocument document) throws IOException {
            return (COSStream) materialize(stream, document);
        }
    }

    /** A stream's dictionary and encoded bytes. */
    record Stream(Map<COSName, Object> dictionary, byte[] raw) {
    }

    /** Copies COS values into plain Java values: maps, lists, streams, and immutable COS leaves. */
    private static Object snapshot(COSBase value) throws IOException {
        COSBase base = value instanceof COSObject object ? object.getObject() : value;
        if (base instanceof COSStream stream) {
            byte[] raw;
            try (InputStream in = stream.createRawInputStream()) {
                raw = in.readAllBytes();
            }
            return new Stream(entries(stream), raw);
        }
        if (base instanceof COSDictionary dictionary) {
            return entries(dictionary);
        }
        if (base instanceof COSArray array) {
            List<Object> items = new ArrayList<>();
            for (COSBase item : array) {
                items.add(snapshot(item));
            }
            return List.copyOf(items);
        }
        if (base instanceof COSString string) {
            return string.getBytes().clone();
        }
        return base; // names, numbers, booleans, null: immutable
    }

    private static Map<COSName, Object> entries(COSDictionary dictionary) throws IOException {
        Map<COSName, Object> entries = new LinkedHashMap<>();
        for (Map.Entry<COSName, COSBase> e : dictionary.entrySet()) {
            if (!COSName.LENGTH.equals(e.getKey())) {
                entries.put(e.getKey(), snapshot(e.getValue()));
            }
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static COSBase materialize(Object value, COSDocument document) throws IOException {
        if (value instanceof Stream stream) {
            COSStream cos = document.createCOSStream();
            try (OutputStream out = cos.createRawOutputStream()) {
                out.write(stream.raw());
            }
            for (Map.Entry<COSName, Object> e : stream.dictionary().entrySet()) {
                cos.setItem(e.getKey(), materialize(e.getValue(), document));
            }
            return cos;
        }
        if (value instanceof Map<?, ?> map) {
            COSDictionary dictionary = new COSDictionary();
            for (Map.Entry<COSName, Object> e : ((Map<COSName, Object>) map).entrySet()) {
                dictionary.setItem(e.getKey(), materialize(e.getValue(), document));
            }
            return dictionary;
        }
        if (value instanceof List<?> list) {
            COSArray array = new COSArray();
            for (Object item : list) {
                array.add(materialize(item, document));
            }
            return array;
        }
        if (value instanceof byte[] bytes) {
            return new COSString(bytes);
        }
        return (COSBase) value;
    }
}
