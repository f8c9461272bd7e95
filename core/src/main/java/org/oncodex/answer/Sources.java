package org.oncodex.answer;

import java.util.ArrayList;
import java.util.List;
import org.oncodex.model.evidence.Citation;

/** Numbering citations into sources: in order of first use, one number per work. */
final class Sources {
    private Sources() {}

    /**
     * Whether two citations name the same work: the same DOI, else the same PMID, else the same URL,
     * else equal.
     */
    static boolean sameWork(Citation a, Citation b) {
        if (a.doi().isPresent() && b.doi().isPresent()) {
            return a.doi().get().equalsIgnoreCase(b.doi().get());
        }
        if (a.pmid().isPresent() && b.pmid().isPresent()) {
            return a.pmid().equals(b.pmid());
        }
        if (a.url().isPresent() && b.url().isPresent()) {
            return a.url().equals(b.url());
        }
        return a.equals(b);
    }

    /** The citations numbered from 1 in the order given, the first of each work kept. */
    static List<Source> number(List<Citation> inOrder) {
        List<Citation> kept = new ArrayList<>();
        for (Citation c : inOrder) {
            if (kept.stream().noneMatch(k -> sameWork(k, c))) {
                kept.add(c);
            }
        }
        List<Source> sources = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            sources.add(Source.of(i + 1, kept.get(i)));
        }
        return List.copyOf(sources);
    }
}
