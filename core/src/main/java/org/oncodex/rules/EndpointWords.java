package org.oncodex.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.model.Endpoint;

/** The endpoint a sentence gives a number to, read from its words ("lived longer", "tumours shrank"). */
final class EndpointWords {
    /** The words that name an endpoint, or what happens at one: "progressed", "died", "shrank". */
    private static final Pattern ENDPOINT_WORDS = Pattern.compile(
            "(?i)\\b((?:progression|recurrence|relapse)\\s+or\\s+death|alive\\s+(?:and\\s+)?(?:without|free\\s+(?:of|from))"
                    + "\\s+(?:(?:any|a|their|the)\\s+)?(?:(?:cancer|disease|tumou?r)\\s+)?(?:recurrence|relapse|progression"
                    + "|coming\\s+back|returning|growing|getting\\s+worse)|progression[\\s-]free(?:\\s+survival)?|PFS|progress(?:ed|ion)?|worsen(?:ed|ing)?"
                    + "|(?:cancer|disease|tumou?rs?)\\s+(?:grow|growing|grew|grows|growth|spreading|getting\\s+worse)|tumou?r\\s+growth"
                    + "|recurrence[\\s-]free(?:\\s+survival)?|RFS|disease[\\s-]free(?:\\s+survival)?|DFS"
                    + "|event[\\s-]free(?:\\s+survival)?|EFS"
                    + "|overall survival|OS|death|deaths|died|die|dying|lived|live longer|survival|alive|survived"
                    + "|response rate|responded|respond|responses?|ORR|shr[ai]nk|disease control|DCR|local control"
                    + "|side[\\s-]effects?|adverse\\s+(?:events?|effects?|reactions?)|toxicit(?:y|ies)"
                    + "|grade\\s+(?:3|three|≥\\s?3))\\b");

    /** The endpoint word nearest before the number in its sentence, else the first after it. */
    static Optional<Endpoint> near(String sentence, int at) {
        Matcher m = ENDPOINT_WORDS.matcher(sentence);
        Optional<Endpoint> before = Optional.empty();
        Optional<Endpoint> after = Optional.empty();
        while (m.find()) {
            Optional<Endpoint> e = of(m.group(1));
            if (m.start() < at) {
                before = e.isPresent() ? e : before;
            } else if (after.isEmpty()) {
                after = e;
            }
        }
        return before.isPresent() ? before : after;
    }

    private static Optional<Endpoint> of(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
        if (w.startsWith("alive ")) {
            // "alive without recurrence", "alive and free of progression": the event-free endpoint, not survival
            return Optional.of(
                    w.contains("progression") || w.contains("growing") || w.contains("worse")
                            ? Endpoint.PFS
                            : Endpoint.RFS);
        }
        if (w.startsWith("progression free")
                || w.equals("pfs")
                || w.startsWith("progress")
                || w.startsWith("worsen")
                || w.contains(" grow")
                || w.contains(" grew")
                || w.contains(" spreading")
                || w.contains(" getting worse")) {
            return Optional.of(Endpoint.PFS);
        }
        if (w.startsWith("recurrence") || w.startsWith("relapse") || w.equals("rfs")) {
            return Optional.of(Endpoint.RFS);
        }
        if (w.startsWith("disease free") || w.equals("dfs")) {
            return Optional.of(Endpoint.DFS);
        }
        if (w.startsWith("event free") || w.equals("efs")) {
            return Optional.of(Endpoint.EFS);
        }
        if (w.startsWith("disease control") || w.equals("dcr")) {
            return Optional.of(Endpoint.DCR);
        }
        if (w.startsWith("side") || w.startsWith("adverse") || w.startsWith("toxicit") || w.startsWith("grade")) {
            return Optional.of(Endpoint.GRADE_3_PLUS_ADVERSE_EVENTS);
        }
        if (w.equals("local control")) {
            return Optional.of(Endpoint.LOCAL_CONTROL);
        }
        if (w.startsWith("respon") || w.equals("orr") || w.startsWith("shr")) {
            return Optional.of(Endpoint.ORR);
        }
        return Optional.of(Endpoint.OS);
    }

    /** Endpoints that a reader would not tell apart count as one: response rates of either kind. */
    static boolean same(Endpoint stated, Endpoint known) {
        if (stated == known) {
            return true;
        }
        // disease control counts stable disease as well: a response rate called disease control is not one
        Set<Endpoint> responses = Set.of(Endpoint.ORR, Endpoint.CR);
        Set<Endpoint> freeOfEvents = Set.of(Endpoint.PFS, Endpoint.RFS, Endpoint.DFS, Endpoint.EFS, Endpoint.TTP);
        return (responses.contains(stated) && responses.contains(known))
                || (stated == Endpoint.PFS && freeOfEvents.contains(known))
                || (known == Endpoint.PFS && freeOfEvents.contains(stated))
                || known == Endpoint.LOCAL_CONTROL;
    }

    private EndpointWords() {}
}
