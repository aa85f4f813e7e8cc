package org.civitas.assessment;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Thousands of damaged files, made by cutting, doubling and scattering the characters the formats
 * care about through real banks: reading never throws, and every problem says where it is.
 */
class FormatFuzzTest {
    private static final String GIFT_SPECIALS = "{}=~#:\\%->[]$\n ";
    private static final String XML_SPECIALS = "<>/\"=&;![]- \n";
    private static final int ROUNDS = 1500;

    private static String sample(String name) {
        try (InputStream in = FormatFuzzTest.class.getClassLoader().getResourceAsStream("assessment/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text with a few random cuts, doublings and special characters dropped in. */
    static String damaged(String text, String specials, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits && !out.isEmpty(); i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(40)));
                case 1 -> out.insert(at, specials.charAt(random.nextInt(specials.length())));
                case 2 -> out.insert(at, out.substring(at, Math.min(out.length(), at + random.nextInt(30))));
                default -> out.setLength(at);
            }
        }
        return out.toString();
    }

    @Test
    void damagedGiftNeverThrowsAndEveryProblemHasItsLine() {
        String bank = sample("bank.gift");
        Random random = new Random(20261129);
        for (int round = 0; round < ROUNDS; round++) {
            String text = damaged(bank, GIFT_SPECIALS, random);
            ParsedBank read;
            try {
                read = GiftFormat.read(text);
            } catch (RuntimeException e) {
                fail("round " + round + " threw " + e + " on:\n" + text);
                return;
            }
            long lines = text.lines().count() + 1;
            for (ParsedBank.Problem problem : read.problems()) {
                assertTrue(problem.line() >= 1 && problem.line() <= lines, "round " + round + ": " + problem);
                assertTrue(!problem.message().isBlank(), "round " + round + ": " + problem);
            }
        }
    }

    @Test
    void damagedMoodleXmlNeverThrowsAndEveryProblemSaysWhere() {
        String bank = sample("bank.xml");
        Random random = new Random(20261130);
        for (int round = 0; round < ROUNDS; round++) {
            String text = damaged(bank, XML_SPECIALS, random);
            ParsedBank read;
            try {
                read = MoodleXmlFormat.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            } catch (RuntimeException e) {
                fail("round " + round + " threw " + e + " on:\n" + text);
                return;
            }
            for (ParsedBank.Problem problem : read.problems()) {
                assertTrue(problem.line() >= 0 && problem.position() >= 0, "round " + round + ": " + problem);
                assertTrue(!problem.message().isBlank(), "round " + round + ": " + problem);
            }
        }
    }
}
