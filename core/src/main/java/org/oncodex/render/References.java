package org.oncodex.render;

import java.util.ArrayList;
import java.util.List;
import org.oncodex.model.evidence.Citation;

/** A citation written as a reference line, AMA-like: authors, title, journal, year;volume(issue):pages, identifiers. */
final class References {
    private References() {}

    /** The reference without its identifiers. */
    static String describe(Citation c) {
        List<String> parts = new ArrayList<>();
        if (!c.authors().isEmpty()) {
            // AMA: up to six authors by name; more, the first three and "et al"
            List<String> authors = c.authors().size() > 6 ? c.authors().subList(0, 3) : c.authors();
            parts.add(String.join(", ", authors) + (c.authors().size() > 6 ? ", et al" : ""));
        }
        c.title().ifPresent(parts::add);
        if (c.journal().isPresent()) {
            StringBuilder where = new StringBuilder(c.journal().get());
            if (c.year().isPresent()) {
                where.append(". ").append(c.year().getAsInt());
                c.volume().ifPresent(v -> where.append(';').append(v));
                c.issue().ifPresent(i -> where.append('(').append(i).append(')'));
                c.pages().ifPresent(p -> where.append(':').append(p));
            }
            parts.add(where.toString());
        } else {
            c.publisher().ifPresent(parts::add);
            if (c.date().isPresent()) {
                parts.add("Updated " + c.date().get());
            } else if (c.year().isPresent()) {
                parts.add(Integer.toString(c.year().getAsInt()));
            }
        }
        return parts.isEmpty() ? "" : String.join(". ", parts) + ".";
    }

    /** The identifiers as text: doi:..., PMID: ..., and the URL. */
    static List<String> identifiers(Citation c) {
        List<String> ids = new ArrayList<>();
        c.doi().ifPresent(d -> ids.add("doi:" + d));
        c.pmid().ifPresent(p -> ids.add("PMID: " + p));
        c.url().ifPresent(ids::add);
        return ids;
    }

    /** The reference with its identifiers, as one line. */
    static String line(Citation c) {
        String text = describe(c);
        List<String> ids = identifiers(c);
        if (ids.isEmpty()) {
            return text;
        }
        return (text.isEmpty() ? "" : text + " ") + String.join(". ", ids);
    }

    /** The address a reader can follow: the DOI resolver, else the URL, else PubMed. */
    static String link(Citation c) {
        if (c.doiUrl().isPresent()) {
            return c.doiUrl().get();
        }
        if (c.url().isPresent()) {
            return c.url().get();
        }
        return c.pmid().map(p -> "https://pubmed.ncbi.nlm.nih.gov/" + p + "/").orElse("");
    }
}
