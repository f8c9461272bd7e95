package org.oncodex.evidence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values of a JSON document as {@link StreamedBase} takes them: each of exactly one JSON type,
 * or {@link Unexpected}. Repeated short strings (ids, subgroups, names of units) are kept once.
 */
final class JsonCursor {
    /** Strings up to this length are kept once however often they occur. */
    private static final int POOLED_LENGTH = 64;

    /** Thrown to stop at what the streamed reader does not take; carries no stack trace. */
    static final class Unexpected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unexpected() {
            super(null, null, false, false);
        }
    }

    private final JsonParser p;
    private final Map<String, String> pool = new HashMap<>();

    JsonCursor(JsonParser p) {
        this.p = p;
    }

    /** The next token. */
    @Nullable
    JsonToken next() throws IOException {
        return p.nextToken();
    }

    /** The current token. */
    @Nullable
    JsonToken current() {
        return p.currentToken();
    }

    /** The name of the current field. */
    String name() throws IOException {
        return p.currentName();
    }

    static void expect(@Nullable JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new Unexpected();
        }
    }

    /** The next field's name, or null at the end of the object. */
    @Nullable
    String field() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        expect(t, JsonToken.FIELD_NAME);
        return p.currentName();
    }

    void startObject() throws IOException {
        expect(p.nextToken(), JsonToken.START_OBJECT);
    }

    String text() throws IOException {
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        return pooled(p.getText());
    }

    List<String> texts() throws IOException {
        expect(p.nextToken(), JsonToken.START_ARRAY);
        List<String> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            out.add(pooled(p.getText()));
        }
        expect(p.currentToken(), JsonToken.END_ARRAY);
        return out;
    }

    double number() throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new Unexpected();
        }
        double d = p.getDoubleValue();
        if (!Double.isFinite(d)) {
            throw new Unexpected();
        }
        return d;
    }

    int integer() throws IOException {
        expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw new Unexpected();
        }
        return p.getIntValue();
    }

    boolean bool() throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw new Unexpected();
        }
        return t == JsonToken.VALUE_TRUE;
    }

    <E extends Enum<E>> E constant(Class<E> type) throws IOException {
        return Enum.valueOf(type, text()); // IllegalArgumentException for a name outside the set
    }

    <E extends Enum<E>> List<E> constants(Class<E> type) throws IOException {
        List<E> out = new ArrayList<>();
        for (String name : texts()) {
            out.add(Enum.valueOf(type, name));
        }
        return out;
    }

    private String pooled(String s) {
        if (s.length() > POOLED_LENGTH) {
            return s;
        }
        String known = pool.putIfAbsent(s, s);
        return known == null ? s : known;
    }
}
