package org.oncodex.disclaimers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.oncodex.disclaimers.DisclaimerCatalogException.Problem;
import org.oncodex.disclaimers.internal.LanguageTags;
import org.oncodex.disclaimers.internal.Problems;

/*
 * Catalogue files are read as a JSON tree and checked field by field rather than bound to Disclaimer
 * with Jackson: binding stops at the first bad entry, and a legal team editing wording needs every
 * problem of the file in one report, each with the entry's position and id.
 */
/** Reads the catalogue file format: {@code {"disclaimers": [ {entry}, ... ]}}. */
final class CatalogFiles {
    static final String LIST = "disclaimers";
    private static final Set<String> FIELDS =
            Set.of("id", "kind", "version", "locale", "placement", "text", "paraphrases");
    private static final String FIELD_NAMES = "id, kind, version, locale, placement, text, paraphrases";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CatalogFiles() {}

    /** An entry that passed every check, with its position in the file's list. */
    record Entry(int index, Disclaimer disclaimer) {}

    /**
     * The valid entries of a file and the problems of the others, in file order, and the kinds that
     * an invalid entry meant to give English wording (so that their gap is not reported twice); {@code
     * hasList} is false when the file has no list of entries to speak of.
     */
    record Read(List<Entry> entries, List<Problem> problems, Set<DisclaimerKind> invalidEnglish, boolean hasList) {}

    /**
     * Reads every entry of a catalogue file.
     *
     * @throws IOException if the stream cannot be read; JSON that does not parse is a problem of the
     *     result, not an exception
     */
    static Read read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "catalog" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Read(
                    List.of(),
                    List.of(new Problem(where, null, null, "json", e.getOriginalMessage(), "must be well-formed")),
                    Set.of(),
                    false);
        }
        List<Problem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Set<DisclaimerKind> invalidEnglish = EnumSet.noneOf(DisclaimerKind.class);
        if (root == null || !root.isObject() || !root.path(LIST).isArray()) {
            problems.add(catalogProblem(
                    "root",
                    root == null ? "empty input" : shorten(root),
                    "must be an object with a \"disclaimers\" list"));
            return new Read(entries, problems, invalidEnglish, false);
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!field.getKey().equals(LIST)) {
                problems.add(catalogProblem(
                        field.getKey(),
                        shorten(field.getValue()),
                        "is not a field of a catalogue; the only one is \"disclaimers\""));
            }
        }
        JsonNode list = root.get(LIST);
        for (int i = 0; i < list.size(); i++) {
            readEntry(i, list.get(i), entries, problems, invalidEnglish);
        }
        return new Read(entries, problems, invalidEnglish, true);
    }

    private static void readEntry(
            int index, JsonNode node, List<Entry> entries, List<Problem> problems, Set<DisclaimerKind> invalidEnglish) {
        String location = LIST + "[" + index + "]";
        if (!node.isObject()) {
            problems.add(new Problem(
                    location, index, null, "entry", shorten(node), "must be an object with the fields " + FIELD_NAMES));
            return;
        }
        Problems checks = Problems.of(location);
        Optional<String> id = text(checks, node, "id");
        id.ifPresent(i -> checks.id("id", i));
        Optional<DisclaimerKind> kind = constant(checks, node, "kind", DisclaimerKind.class);
        Optional<Integer> version = version(checks, node);
        Optional<Locale> locale = locale(checks, node);
        Optional<Placement> placement = constant(checks, node, "placement", Placement.class);
        Optional<String> text = text(checks, node, "text");
        text.ifPresent(t -> Disclaimer.checkText(checks, t));
        List<String> paraphrases = paraphrases(checks, node);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            checks.check(
                    FIELDS.contains(field.getKey()),
                    field.getKey(),
                    shown(field.getValue()),
                    "is not a field of a disclaimer; the fields are " + FIELD_NAMES);
        }
        @Nullable String readableId = id.orElse(null);
        if (!checks.none()) {
            if (kind.isPresent() && locale.filter(Locale.ENGLISH::equals).isPresent()) {
                invalidEnglish.add(kind.get());
            }
            for (Problems.Broken broken : checks.list()) {
                problems.add(new Problem(location, index, readableId, broken.field(), broken.value(), broken.rule()));
            }
            return;
        }
        entries.add(new Entry(
                index,
                Disclaimer.builder()
                        .id(id.orElseThrow())
                        .kind(kind.orElseThrow())
                        .version(version.orElseThrow())
                        .locale(locale.orElseThrow())
                        .placement(placement.orElseThrow())
                        .text(text.orElseThrow())
                        .paraphrases(paraphrases)
                        .build()));
    }

    private static Optional<String> text(Problems checks, JsonNode entry, String field) {
        JsonNode node = entry.path(field);
        checks.check(node.isTextual(), field, shown(node), "must be a text");
        return node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
    }

    /** The paraphrases of an entry: none when the field is left out. */
    private static List<String> paraphrases(Problems checks, JsonNode entry) {
        JsonNode node = entry.path("paraphrases");
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            checks.check(false, "paraphrases", shown(node), "must be a list of phrases");
            return List.of();
        }
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode phrase = node.get(i);
            if (checks.check(phrase.isTextual(), "paraphrases[" + i + "]", shown(phrase), "must be a text")) {
                phrases.add(phrase.textValue());
            }
        }
        Disclaimer.checkParaphrases(checks, phrases);
        return phrases;
    }

    private static <E extends Enum<E>> Optional<E> constant(
            Problems checks, JsonNode entry, String field, Class<E> type) {
        JsonNode node = entry.path(field);
        Optional<E> constant = Arrays.stream(type.getEnumConstants())
                .filter(c -> node.isTextual() && c.name().equals(node.textValue()))
                .findFirst();
        checks.check(
                constant.isPresent(),
                field,
                shown(node),
                "must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return constant;
    }

    private static Optional<Integer> version(Problems checks, JsonNode entry) {
        JsonNode node = entry.path("version");
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            Disclaimer.checkVersion(checks, node.intValue());
            return node.intValue() >= 1 ? Optional.of(node.intValue()) : Optional.empty();
        }
        checks.check(false, "version", shown(node), "must be a whole number of 1 or more");
        return Optional.empty();
    }

    private static Optional<Locale> locale(Problems checks, JsonNode entry) {
        JsonNode node = entry.path("locale");
        Optional<Locale> locale = node.isTextual() ? LanguageTags.parse(node.textValue()) : Optional.empty();
        checks.check(locale.isPresent(), "locale", shown(node), Disclaimer.LOCALE_RULE);
        return locale;
    }

    /** A value for {@link Problems#check}: a text as itself (shown in quotes), anything else as its JSON. */
    private static Object shown(JsonNode node) {
        if (node.isMissingNode()) {
            return new Raw("missing");
        }
        return node.isTextual() ? node.textValue() : new Raw(node.toString());
    }

    private static String shorten(JsonNode node) {
        return Problems.show(shown(node));
    }

    private static Problem catalogProblem(String field, String value, String rule) {
        return new Problem("catalog", null, null, field, value, rule);
    }

    /** A value shown as it is, without the quotes of a text. */
    private record Raw(String shown) {
        @Override
        public String toString() {
            return shown;
        }
    }
}
