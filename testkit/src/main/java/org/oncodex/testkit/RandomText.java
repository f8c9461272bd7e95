package org.oncodex.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random words for the generators: everyday and medical words, symbols, and letters of several scripts. */
final class RandomText {
    private RandomText() {}

    static final List<String> WORDS = List.of(
            "synthetic",
            "example",
            "placeholder",
            "sample",
            "test",
            "treatment",
            "response",
            "cells",
            "tumour",
            "care",
            "team",
            "option",
            "dose",
            "week",
            "scan",
            "result",
            "care plan",
            "side effects",
            "blood count",
            "café",
            "niño",
            "Größe",
            "naïve",
            "São Paulo",
            "Zürich",
            "d’être",
            "ελπίδα",
            "надежда",
            "希望",
            "희망",
            "🧬",
            "💊",
            "Ünïcødé",
            "&",
            "50%",
            "½",
            "≥ 2",
            "x²",
            "–",
            "(note)",
            "\"quoted\"",
            "it's");
    /** Code point ranges of scripts for words made of random letters: Latin, Greek, Cyrillic, CJK, emoji. */
    static final int[][] SCRIPTS = {
        {0x61, 0x7A}, {0xE0, 0xFF}, {0x3B1, 0x3C9}, {0x430, 0x44F}, {0x4E00, 0x4FFF}, {0x1F330, 0x1F37F}
    };

    /** Words, from several scripts, joined by spaces; never blank, never markup. */
    static String text(RandomGenerator random, int minWords, int maxWords) {
        int n = random.nextInt(minWords, maxWords + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(' ');
            }
            if (random.nextInt(6) == 0) {
                int[] script = SCRIPTS[random.nextInt(SCRIPTS.length)];
                int letters = random.nextInt(1, 7);
                for (int l = 0; l < letters; l++) {
                    text.appendCodePoint(random.nextInt(script[0], script[1] + 1));
                }
            } else {
                text.append(pick(random, WORDS));
            }
        }
        return text.toString();
    }

    static String[] texts(RandomGenerator random, int min, int max) {
        int n = random.nextInt(min, max + 1);
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            texts[i] = text(random, 1, 10);
        }
        return texts;
    }

    static List<String> distinctPicks(RandomGenerator random, List<String> from, int min, int max) {
        List<String> left = new ArrayList<>(from);
        List<String> picked = new ArrayList<>();
        int n = random.nextInt(min, max + 1);
        for (int i = 0; i < n; i++) {
            picked.add(left.remove(random.nextInt(left.size())));
        }
        return picked;
    }

    static <T> T pick(RandomGenerator random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    static <T> T pick(RandomGenerator random, T[] from) {
        return from[random.nextInt(from.length)];
    }
}
