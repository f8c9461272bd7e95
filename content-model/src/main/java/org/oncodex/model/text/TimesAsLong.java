package org.oncodex.model.text;

import java.util.Optional;
import org.oncodex.model.text.Lexer.Sym;

/**
 * A time compared with another as a multiple, for {@link Tail}: "11.0 months, nearly three times as long as
 * the 3.9 months with chemotherapy", "24.5 months, twice as long as with chemotherapy (12.1 months)". The
 * multiple is how the two times compare, not a ratio of risks: the other time is the value's comparator,
 * and the words between are consumed so that {@link Multiples} does not read them. Looks a bounded number of
 * tokens ahead.
 */
final class TimesAsLong {
    /** How many words may name the other arm before its time: "as with standard chemotherapy (12.1 months)". */
    private static final int ARM_WORDS = 5;

    private TimesAsLong() {}

    /**
     * The index after the other time, with {@code tail.comparator} set, when a multiple "as long as" or
     * "longer than" and a time follow the value's time at {@code j}; otherwise {@code j}.
     */
    static int comparator(Tokens t, int j, Tail tail) {
        if (tail.unit == null || !tail.unit.isTime() || tail.comparator != null) {
            return j;
        }
        int k = t.at(j).is(Sym.COMMA) ? j + 1 : j;
        if (Words.isApproximate(t.at(k)) || t.at(k).isWord("more")) {
            k++; // "nearly three times", "about twice"; "more than twice"
            if (t.at(k).isWord("than")) {
                k++;
            }
        }
        if (!t.at(k).is(Sym.WORD) && !t.at(k).is(Sym.NUM)) {
            return j;
        }
        Optional<NumberWords.Reading> r = NumberWords.read(t.text, t.at(k).start);
        if (r.isEmpty()
                || r.get().kind() != NumberWords.Kind.MULTIPLE
                || !(r.get().value() > 1)) {
            return j;
        }
        k = Math.max(t.indexAt(r.get().end()), k + 1);
        if (t.at(k).isWord("as") && t.at(k + 1).isWord("long") && t.at(k + 2).isWord("as")) {
            k += 3;
        } else if (t.at(k).isWord("longer") && t.at(k + 1).isWord("than")) {
            k += 2;
        } else {
            return j;
        }
        int words = 0;
        while (words < ARM_WORDS && t.at(k).is(Sym.WORD) && Words.timeUnit(t.at(k)) == null) {
            k++;
            words++;
        }
        boolean bracket = Tokens.isOpener(t.at(k).type);
        if (bracket) {
            k++;
        }
        Values.Point other = Values.point(t, k);
        if (other == null || Words.timeUnit(t.at(other.next())) != tail.unit) {
            return j;
        }
        tail.comparator = other;
        int end = other.next() + 1;
        return bracket && Tokens.isCloser(t.at(end).type) ? end + 1 : end;
    }
}
