package org.oncodex.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.evidence.Mention;
import org.oncodex.model.Concept;
import org.oncodex.model.Drug;
import org.oncodex.model.Therapy;

/*
 * Classes of drugs in approval claims. A class named together with members of it claims for the members: "Two
 * checkpoint inhibitors, nivolumab and pembrolizumab, are FDA-approved ..." is a claim for nivolumab and for
 * pembrolizumab, not for immune checkpoint inhibitors as a whole, which no regulator approves. Membership is what the
 * vocabulary's records say: a drug's class (its record cites its sources) or a therapy's parent.
 *
 * A class the vocabulary does not hold, named as the subject of a claim ("All PD-1 inhibitors are FDA-approved for
 * ...", "all immunotherapies are approved ..."), is still a claim: the base has no statement on it, so it is an
 * unverified one. The class is read only before the word of approval, where the subject stands, and only in the
 * words that name a class of medicines: "all", "every" or "any" before a plural of medicines, or a target or kind
 * before "inhibitors" or "blockers". "All of these drugs", "all the medicines listed" point back at treatments
 * named elsewhere and are left alone.
 */
/** Classes of drugs named in approval claims: members named with them, and classes the vocabulary does not hold. */
final class ApprovalClasses {
    /** A class of medicines as a subject: "All PD-1 inhibitors", "every immunotherapy", "PD-L1 inhibitors". */
    private static final Pattern CLASS = Pattern.compile("(?i)\\b(?:(?:all|every|any)\\s+(?:of\\s+the\\s+)?"
            + "(?:(?!(?:these|those|such|of|them|above|listed|mentioned)\\b)[\\p{L}\\d-]+\\s+){0,2}(?:inhibitors?|blockers?|immunotherap(?:y|ies)|antibod(?:y|ies)|medicines?|drugs?"
            + "|therap(?:y|ies))"
            + "|(?:PD-?1|PD-?L1|CTLA-?4|VEGFR?|TKI|tyrosine[-\\s]kinase|multi-?kinase|kinase|checkpoint|anti-angiogenic)"
            + "(?:/[\\p{L}\\d-]+)?\\s+(?:inhibitors|blockers|antibodies|drugs|medicines))\\b");

    private ApprovalClasses() {}

    /**
     * The subject's treatments less any class of which the subject also names a member: the members are what
     * is claimed.
     */
    static List<Mention> withoutClassesOfNamedMembers(List<Mention> subject) {
        if (subject.size() < 2) {
            return subject;
        }
        return subject.stream()
                .filter(m -> !(m.concept() instanceof Therapy t)
                        || subject.stream().noneMatch(other -> memberOf(other.concept(), t)))
                .toList();
    }

    private static boolean memberOf(Concept concept, Therapy group) {
        if (concept instanceof Drug d && d.drugClass().isPresent()) {
            String drugClass = d.drugClass().get().toLowerCase(Locale.ROOT);
            return drugClass.equals(group.name().toLowerCase(Locale.ROOT))
                    || group.synonyms().stream().anyMatch(s -> s.equalsIgnoreCase(drugClass));
        }
        return concept instanceof Therapy t
                && t.parentId().filter(group.id()::equals).isPresent();
    }

    /** The class of medicines that {@code text} names in {@code [from, to)}, the subject of a claim, if any. */
    static Optional<String> named(String text, int from, int to) {
        Matcher m = CLASS.matcher(text).region(Math.max(0, from), Math.max(from, to));
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
