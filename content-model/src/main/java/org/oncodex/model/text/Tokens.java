package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * The cursor the recognizers read: the lexer's tokens with an end sentinel (so looking past the end
 * is safe), the input text for spans, and which closing brackets close nothing.
 */
final class Tokens {
    final String text;
    /** The tokens in an array, from 0 to {@link #size}: the recognizers look tokens up more than anything else. */
    private final Lexeme[] list;

    private final int size;

    private final Lexeme end;

    /** Which closing brackets close nothing, or null when none: most texts have none. */
    private final boolean @Nullable [] strayCloser;

    Tokens(String text) {
        this.text = text;
        Lexer.Buffer tokens = Lexer.tokens(text);
        this.list = tokens.array();
        this.size = tokens.size();
        this.end = endOf(text.length());
        this.strayCloser = strayClosers(list, size);
    }

    /** The end sentinels of texts shorter than 256 characters, shared: most texts parsed are table cells. */
    private static final Lexeme[] ENDS = ends();

    private static Lexeme[] ends() {
        Lexeme[] out = new Lexeme[256];
        for (int k = 0; k < out.length; k++) {
            out[k] = newEnd(k);
        }
        return out;
    }

    private static Lexeme endOf(int length) {
        return length < ENDS.length ? ENDS[length] : newEnd(length);
    }

    private static Lexeme newEnd(int length) {
        return new Lexeme(Sym.OTHER, length, length, true, "", 0, 0);
    }

    int size() {
        return size;
    }

    /** Whether any token is a word that ends a multiple ("times", "fold", "twofold", "twice"): 0 unknown, 1 no, 2 yes. */
    private byte multipleWord;

    /** Whether any word of the text can end a multiple ("five times", "1.5-fold", "twice"): one scan, then remembered. */
    boolean hasMultipleWord() {
        if (multipleWord == 0) {
            multipleWord = 1;
            for (int k = 0; k < size; k++) {
                Lexeme l = list[k];
                if (l.type == Sym.WORD
                        && mayEndMultiple(l.lower)
                        && (l.lower.equals("times")
                                || l.lower.endsWith("fold")
                                || NumberWords.MULTIPLES.containsKey(l.lower))) {
                    multipleWord = 2;
                    break;
                }
            }
        }
        return multipleWord == 2;
    }

    /**
     * Whether a word in lower case may be one of {@link #hasMultipleWord}'s: each ends in "s", "d" or "e", has
     * four letters or more, and starts with "t", "d" or "q" unless it ends in "fold", so most words are passed
     * over without a lookup.
     */
    private static boolean mayEndMultiple(String lower) {
        int n = lower.length();
        if (n < 4) {
            return false;
        }
        char last = lower.charAt(n - 1);
        if (last != 's' && last != 'd' && last != 'e') {
            return false;
        }
        // "times" and the words of NumberWords.MULTIPLES start with t, d or q; any word may end in "fold"
        char first = lower.charAt(0);
        return first == 't' || first == 'd' || first == 'q' || lower.endsWith("fold");
    }

    Lexeme at(int i) {
        return i >= 0 && i < size ? list[i] : end;
    }

    /** The index of the token that contains or starts after character {@code offset}: a binary search. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list[mid].end <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean is(int i, Sym type) {
        return at(i).type == type;
    }

    boolean isWord(int i, String lower) {
        return at(i).isWord(lower);
    }

    /** {@code 1,5}: a number, a comma and digits with no space, that the lexer did not read as one number. */
    boolean isAmbiguousComma(int i) {
        Lexeme num = at(i);
        Lexeme comma = at(i + 1);
        Lexeme after = at(i + 2);
        return num.is(Sym.NUM)
                && !num.spelled
                && comma.is(Sym.COMMA)
                && !comma.spaceBefore
                && after.is(Sym.NUM)
                && !after.spaceBefore
                && num.digits.indexOf('.') < 0
                && after.text.length() < 3;
    }

    boolean isStrayCloser(int i) {
        boolean[] stray = strayCloser;
        return stray != null && i >= 0 && i < size && stray[i];
    }

    /** The input between the start of token {@code first} and the end of token {@code last}. */
    String span(int first, int last) {
        Lexeme only = at(first);
        if (first == last && only.type == Sym.WORD) {
            return only.text; // a word's text is the input it spans, often a string the lexer shares
        }
        return slice(only.start, at(last).end);
    }

    /** A statement of {@code kind} over the characters {@code start} to {@code end}, with their text. */
    ImmutableEffectStatement.Builder statement(EffectStatement.Kind kind, int start, int end) {
        return EffectStatement.builder().kind(kind).start(start).end(end).text(slice(start, end));
    }

    String slice(int start, int endExclusive) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(endExclusive, text.length()));
        return text.substring(s, e);
    }

    PValue.@Nullable Relation relationAt(int i) {
        return switch (at(i).type) {
            case EQ -> PValue.Relation.EQUAL;
            case LT -> PValue.Relation.LESS_THAN;
            case GT -> PValue.Relation.GREATER_THAN;
            case LE -> PValue.Relation.LESS_THAN_OR_EQUAL;
            case GE -> PValue.Relation.GREATER_THAN_OR_EQUAL;
            default -> null;
        };
    }

    static boolean isOpener(Sym s) {
        return s == Sym.LPAREN || s == Sym.LBRACK;
    }

    static boolean isCloser(Sym s) {
        return s == Sym.RPAREN || s == Sym.RBRACK;
    }

    private static boolean @Nullable [] strayClosers(Lexeme[] tokens, int size) {
        boolean[] stray = null;
        int open = 0; // "[0.52-0.84)": mismatched kinds still pair up, so a depth is all it takes
        for (int i = 0; i < size; i++) {
            Sym ty = tokens[i].type;
            if (isOpener(ty)) {
                open++;
            } else if (isCloser(ty)) {
                if (open > 0) {
                    open--;
                } else {
                    if (stray == null) {
                        stray = new boolean[size];
                    }
                    stray[i] = true;
                }
            } else if (ty == Sym.STOP && tokens[i].text.equals("\n")) {
                open = 0;
            }
        }
        return stray;
    }
}
