package org.oncodex.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.evidence.Mention;
import org.oncodex.evidence.Vocabulary;
import org.oncodex.model.Endpoint;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.EffectStatements;

/*
 * A median told without the word: "half of the people on lenvatinib had their cancer grow within 3.7 months",
 * "half of them were still alive at 12.3 months", "half went 8.6 months or more without their cancer growing",
 * "the typical time before the cancer grew was 4.0 months". The parser reads a time as a median only beside a
 * label or a verb of living ("lived 10.7 months"), so these times went unchecked, or were taken for moments
 * ("alive at 12 months"). A time is read as a median here when its sentence cites a source, names what the
 * median is of (an endpoint word: "alive", "grew") and says what a median means:
 *
 * - "half of the people" before it, with the time printed to a decimal as medians are (landmarks are whole: "half
 *   were alive at 12 months" is a rate at a moment), or bounded as a median bounds ("8 months or more", "at least
 *   16 months");
 * - "the typical time", "the typical person", "the midpoint" before it.
 *
 * Each such time that no statement the parser read covers is handed to the parser with a median's label ("mOS",
 * "mPFS", for the endpoint the sentence names) written over the words right before it (padded to their length, so
 * every offset stays the text's; never over a treatment's name), as Fractions hands it fractions in words; the
 * rules read what the sentence says of the time (treatment, arm, endpoint) from the text itself.
 */
/** Times that a sentence gives as medians in other words than "median". */
final class MedianParaphrases {
    /** "Half of the people", "about half of those treated": what a median means, said of people. */
    private static final Pattern HALF =
            Pattern.compile("(?i)\\bhalf\\s+(?:(?:of\\s+)?(?:the\\s+|all\\s+|those\\s+|these\\s+)?"
                    + "(?:people|patients|participants|those|them|adults|men|women)\\b"
                    + "|(?=(?:lived|survived|went|were\\s+still\\s+alive)\\b))");
    /** "The typical time before", "the typical person", "the midpoint": a median in plain words. */
    private static final Pattern TYPICAL = Pattern.compile("(?i)\\b(?:typical\\s+(?:time|length\\s+of\\s+time|duration"
            + "|survival|person|patient|wait)|mid-?point)\\b");
    /** A time: "3.7 months", "16 mo", "2 years". */
    private static final Pattern TIME = Pattern.compile("(?i)(?<![\\d.,·])(\\d{1,3}(?:[.·]\\d{1,2})?|"
            + NumberWordsIn.SPELLED + ")\\s?(?:months?|mos?|years?|weeks?)\\b");
    /** Words around a time that bound it as a median bounds: "8.6 months or more", "at least 16 months". */
    private static final Pattern BOUND_AFTER = Pattern.compile("(?i)^\\s*or\\s+(?:more|longer)\\b");

    private static final Pattern BOUND_BEFORE =
            Pattern.compile("(?i)\\b(?:at\\s+least|more\\s+than|longer\\s+than|beyond)\\s+$");
    /** Words after a time that make it a moment: "12 months after surgery". */
    private static final Pattern MOMENT_AFTER = Pattern.compile("(?i)^\\s*(?:after|later|into|since|ago)\\b");

    /** How far around a time the words that bound it or make it a moment are looked for. */
    private static final int NEAR = 20;

    private MedianParaphrases() {}

    /**
     * The statements of the times {@code text} gives as medians in other words, in the sentences that cite a
     * source: times that {@code parsed} does not cover.
     */
    static List<EffectStatement> of(
            TextUnit unit, List<int[]> sentences, List<EffectStatement> parsed, Vocabulary vocabulary) {
        String text = unit.text;
        BitSet covered = new BitSet(text.length());
        // a bound the parser read ("at least 26.7 months") is what the median is told with, not a reading of it
        parsed.stream()
                .filter(st -> st.kind() != EffectStatement.Kind.BOUND)
                .forEach(st -> covered.set(Math.max(0, st.start()), Math.min(text.length(), st.end())));
        List<Time> times = new ArrayList<>();
        for (int[] sentence : sentences) {
            if (unit.cited(sentence[0], sentence[1])) {
                times.addAll(times(text, sentence, covered, vocabulary));
            }
        }
        if (times.isEmpty()) {
            return List.of();
        }
        List<EffectStatement> out = new ArrayList<>();
        for (EffectStatement st : EffectStatements.parse(asMedians(text, times)).statements()) {
            if (times.stream().anyMatch(t -> st.start() >= t.from() && st.start() <= t.number())) {
                out.add(st);
            }
        }
        return out;
    }

    /**
     * A time a sentence gives as a median: where its number starts, and where the label written before it
     * starts ({@code from}, the number's start when the words before it give no room) and what it says.
     */
    record Time(int from, int number, String label) {}

    /** The times {@code sentence} gives as medians that {@code covered} does not cover. */
    static List<Time> times(String text, int[] sentence, BitSet covered, Vocabulary vocabulary) {
        String words = text.substring(sentence[0], sentence[1]);
        Matcher half = HALF.matcher(words);
        Matcher typical = TYPICAL.matcher(words);
        int halfAt = half.find() ? half.end() : -1;
        int typicalAt = typical.find() ? typical.end() : -1;
        if (halfAt < 0 && typicalAt < 0) {
            return List.of();
        }
        List<Time> out = new ArrayList<>();
        List<Mention> mentions = null;
        Matcher time = TIME.matcher(words);
        while (time.find()) {
            int number = sentence[0] + time.start();
            if (covered.get(number, sentence[0] + time.end()).cardinality() > 0
                    || MOMENT_AFTER.matcher(after(words, time.end())).lookingAt()) {
                continue;
            }
            boolean afterTypical = typicalAt >= 0 && time.start() >= typicalAt;
            // the words near the time only: a sentence of many times is read once per time
            boolean bounded = BOUND_AFTER.matcher(after(words, time.end())).lookingAt()
                    || BOUND_BEFORE
                            .matcher(words.substring(Math.max(0, time.start() - NEAR), time.start()))
                            .find();
            boolean afterHalf = halfAt >= 0 && time.start() >= halfAt && (decimal(time.group(1)) || bounded);
            Optional<Endpoint> endpoint = EndpointWords.near(words, time.start());
            if ((!afterTypical && !afterHalf)
                    || endpoint.isEmpty()
                    || !endpoint.get().isTimeToEvent()) {
                continue;
            }
            String label = endpoint.get() == Endpoint.OS ? "mOS " : "mPFS ";
            if (mentions == null) {
                mentions = vocabulary.tag(words);
            }
            int cue = sentence[0] + Math.max(afterTypical ? typicalAt : -1, afterHalf ? halfAt : -1);
            out.add(new Time(wordsBefore(text, number, cue, label.length(), mentions, sentence[0]), number, label));
        }
        return out;
    }

    private static String after(String words, int at) {
        return words.substring(at, Math.min(words.length(), at + NEAR));
    }

    private static boolean decimal(String number) {
        return number.indexOf('.') > 0 || number.indexOf('·') > 0 || number.endsWith("half");
    }

    /**
     * Where the whole words right before {@code number} start that give room for a label of {@code length} (the
     * nearest start back from it, no further than {@code floor}, and no name among {@code mentions}, whose offsets
     * are from {@code offset}); {@code number} when words of letters alone give none.
     */
    private static int wordsBefore(String text, int number, int floor, int length, List<Mention> mentions, int offset) {
        int from = number;
        while (from > floor) {
            char c = text.charAt(from - 1);
            if (!(Character.isLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '’')) {
                return number;
            }
            from--;
            boolean wordStart = from == 0 || text.charAt(from - 1) == ' ';
            if (number - from >= length && wordStart && c != ' ') {
                int start = from;
                boolean named =
                        mentions.stream().anyMatch(m -> offset + m.end() > start && offset + m.start() < number);
                return named ? number : from;
            }
        }
        return number;
    }

    /** {@code text} with each time's label written at the start of the words before it and spaces over the rest. */
    static String asMedians(String text, List<Time> times) {
        StringBuilder out = new StringBuilder(text);
        for (Time t : times) {
            int length = t.number() - t.from();
            if (length > 0) {
                out.replace(
                        t.from(),
                        t.number(),
                        t.label() + " ".repeat(length - t.label().length()));
            }
        }
        return out.toString();
    }
}
