package org.civitas.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Playback URLs nginx checks by itself (its secure_link module), so playing a recording does not
 * ask the platform again for every range: {@code <prefix><path>?expires=<epoch seconds>&md5=<hash>},
 * the hash being base64url, unpadded, of the MD5 of {@code expires + uri + " " + secret}, exactly
 * what {@code secure_link_md5 "$secure_link_expires$uri <secret>"} in docker/nginx computes. The URL
 * is bound to the file and its expiry only, not to the client's address: a phone that moves from
 * Wi-Fi to mobile data mid-recording keeps playing. MD5 is what nginx offers; with a long random
 * secret nobody can make a valid hash for another file or a later expiry.
 */
final class SignedMediaUrls {
    private SignedMediaUrls() {
    }

    static String sign(String prefix, String path, long expiresEpochSecond, String secret) {
        String uri = prefix + path;
        return uri + "?expires=" + expiresEpochSecond + "&md5=" + hash(expiresEpochSecond + uri + " " + secret);
    }

    private static String hash(String text) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(md5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
