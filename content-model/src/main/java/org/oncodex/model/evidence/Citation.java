package org.oncodex.model.evidence;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * The source that states a fact: an article (DOI, PubMed id, journal, authors), a web page (URL,
 * publisher, date of the last update) or a guideline.
 *
 * <p>A citation may say what kind of source it is ({@link #sourceType()}), when it was read ({@link
 * #retrieved()}) and whether it has been retracted ({@link #retraction()}).
 *
 * <p>At least one of DOI, PMID, URL or title is present. A DOI is stored without a resolver prefix
 * ({@code 10.5306/wjco.v17.i3.116093}); {@code https://doi.org/...} and {@code doi:...} are accepted
 * and reduced to it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
@ValueJson
public abstract class Citation {
    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}/\\S+");
    private static final Pattern DOI_PREFIX =
            Pattern.compile("^(?:doi:\\s*|https?://(?:dx\\.|www\\.)?doi\\.org/)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PMID = Pattern.compile("[1-9][0-9]{0,8}");
    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2100;

    Citation() {}

    /** The Digital Object Identifier, such as {@code 10.5306/wjco.v17.i3.116093}. */
    public abstract Optional<String> doi();

    /** The PubMed identifier (digits). */
    public abstract Optional<String> pmid();

    /** The address of a web page, http or https. */
    public abstract Optional<String> url();

    /** The title of the article, page or guideline. */
    public abstract Optional<String> title();

    /** The authors, as printed ("Pham HT"). */
    public abstract List<String> authors();

    /** The journal, abbreviated as in its citations ("World J Clin Oncol"). */
    public abstract Optional<String> journal();

    /** The publisher or organisation of a page or guideline ("National Cancer Institute"). */
    public abstract Optional<String> publisher();

    /** The year of publication. */
    public abstract OptionalInt year();

    /** The journal volume. */
    public abstract Optional<String> volume();

    /** The journal issue. */
    public abstract Optional<String> issue();

    /** The pages or article number. */
    public abstract Optional<String> pages();

    /** The date of publication or of the last update of a page. */
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public abstract Optional<LocalDate> date();

    /** What kind of source it is, which decides what it may support; absent where the base does not say. */
    public abstract Optional<SourceType> sourceType();

    /** When the source was read for the facts that cite it. */
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public abstract Optional<LocalDate> retrieved();

    /** The retraction of the source, if it has been retracted. */
    public abstract Optional<Retraction> retraction();

    /** Whether the source has been retracted. */
    public boolean isRetracted() {
        return retraction().isPresent();
    }

    /**
     * A citation by DOI alone.
     *
     * @throws IllegalArgumentException if it is not a DOI
     */
    public static Citation doi(String doi) {
        return builder().doi(doi).build();
    }

    /**
     * A citation by PubMed id alone.
     *
     * @throws IllegalArgumentException if it is not a PubMed id
     */
    public static Citation pmid(String pmid) {
        return builder().pmid(pmid).build();
    }

    /**
     * A citation of a web page.
     *
     * @throws IllegalArgumentException if it is not an absolute http or https address
     */
    public static Citation url(String url, String title) {
        return builder().url(url).title(title).build();
    }

    /** A builder; at least one of DOI, PMID, URL or title is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The DOI as a resolvable address, {@code https://doi.org/...}. */
    public Optional<String> doiUrl() {
        return doi().map(d -> "https://doi.org/" + d);
    }

    @Value.Check
    Citation normalize() {
        if (doi().isPresent()) {
            String stripped = DOI_PREFIX.matcher(doi().get().strip()).replaceFirst("");
            if (!stripped.equals(doi().get())) {
                return builder().from(this).doi(stripped).build();
            }
        }
        validate();
        return this;
    }

    private void validate() {
        Problems problems = Problems.of("Citation");
        problems.check(
                doi().isPresent() || pmid().isPresent() || url().isPresent() || title().isPresent(),
                "needs a DOI, a PMID, a URL or a title, got none");
        doi().ifPresent(d ->
                problems.check(DOI.matcher(d).matches(), "doi must look like 10.<registrant>/<suffix>: \"%s\"", d));
        pmid().ifPresent(p -> problems.check(
                PMID.matcher(p).matches(), "pmid must be 1 to 9 digits without a leading zero: \"%s\"", p));
        url().ifPresent(u ->
                problems.check(isWebAddress(u), "url must be an absolute http or https address: \"%s\"", u));
        title().ifPresent(t -> problems.text("title", t));
        journal().ifPresent(t -> problems.text("journal", t));
        publisher().ifPresent(t -> problems.text("publisher", t));
        volume().ifPresent(t -> problems.text("volume", t));
        issue().ifPresent(t -> problems.text("issue", t));
        pages().ifPresent(t -> problems.text("pages", t));
        problems.distinctTexts("authors", authors());
        year().ifPresent(y -> problems.check(
                y >= FIRST_YEAR && y <= LAST_YEAR, "year must be in [%s, %s]: %s", FIRST_YEAR, LAST_YEAR, y));
        if (year().isPresent() && date().isPresent()) {
            problems.check(
                    date().get().getYear() == year().getAsInt(),
                    "year %s differs from the year of date %s",
                    year().getAsInt(),
                    date().get());
        }
        retraction()
                .ifPresent(r -> retrieved()
                        .ifPresent(d -> problems.check(
                                !r.date().isBefore(date().orElse(r.date())),
                                "retraction date %s is before the source's date %s",
                                r.date(),
                                date().orElse(r.date()))));
        problems.throwIfAny();
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http")
                            || scheme.toLowerCase(Locale.ROOT).equals("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Builds a {@link Citation}. */
    public static final class Builder extends ImmutableCitation.Builder {
        Builder() {}
    }
}
