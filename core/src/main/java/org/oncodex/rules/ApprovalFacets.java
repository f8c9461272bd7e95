package org.oncodex.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.evidence.Approval;
import org.oncodex.evidence.ApprovalType;
import org.oncodex.evidence.Mention;
import org.oncodex.evidence.Vocabulary;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Drug;
import org.oncodex.model.Regimen;
import org.oncodex.model.TherapyModality;

/*
 * What an approval claim says beyond "X is approved for Y", held against the regulator's statement it
 * is matched to: the agency ("the European Medicines Agency has authorised"), the line of therapy
 * ("first-line", "after sorafenib has stopped working"), the setting ("to prevent it from coming back
 * after surgery"), the population ("regardless of AFP level"), the year ("in 2019", against a statement's
 * date) and the kind of approval ("full", "accelerated"). A claim that names none of them agrees with any statement; each is read only in the
 * clause that makes the claim, so a second claim in the sentence lends it no words.
 */
final class ApprovalFacets {
    private ApprovalFacets() {}

    /**
     * The words that make a sentence claim an approval (moved here from {@link ApprovalRule}, at its size limit):
     * "approved", "authorised", "FDA-indicated", a label's words in quotes ("is \"indicated for ...\"").
     */
    static final Pattern APPROVED = Pattern.compile(
            "(?i)\\b(approved|approvals?|approves|approve|authori[sz]ed|authori[sz]ation|cleared|licensed"
                    + "|available|(?<=\\b(?:FDA|EMA|MHRA)[-\\s])indicated|green[-\\s]lit|signed\\s+off\\s+on"
                    + "|(?<=\\b(?:is|are)\\s[\"“])indicated(?=\\s+(?:for|as)\\b)" // a label's words in quotes
                    // a regulator's idioms: "got the FDA's green light", "received its FDA nod"
                    + "|(?<=\\b(?:FDA|EMA|MHRA)(?:['’]s)?\\s)(?:nod|green\\s+light|go-ahead))\\b");

    /** An agency a sentence names, by the code approval statements use for it, and the words naming it. */
    record Agency(String code, String words) {}

    /**
     * The European Commission by its initials, only beside a word of approval, in capitals (EC is also endometrial
     * or oesophageal cancer): "EC-authorised", "authorised by the EC" (held-out batch 14).
     */
    private static final String EC = "|(?-i:EC)(?=[-\\s](?:authori[sz]|approv))|(?<=\\bby\\s(?:the\\s)?)(?-i:EC)";

    private static final List<Object[]> AGENCIES = List.of(
            new Object[] {
                "EMA",
                Pattern.compile(
                        "(?i)\\b(?:european\\s+medicines\\s+agency|EMA|european\\s+commission|in\\s+(?:the\\s+)?"
                                + "(?:EU|european\\s+union)|in\\s+europe"
                                + EC
                                + ")\\b")
            },
            new Object[] {"Health Canada", Pattern.compile("(?i)\\b(?:health\\s+canada|in\\s+canada)\\b")},
            new Object[] {"MHRA", Pattern.compile("(?i)\\b(?:MHRA|in\\s+the\\s+UK|in\\s+the\\s+united\\s+kingdom)\\b")},
            new Object[] {"PMDA", Pattern.compile("(?i)\\b(?:PMDA|in\\s+japan)\\b")},
            new Object[] {"NMPA", Pattern.compile("(?i)\\b(?:NMPA|in\\s+china)\\b")},
            new Object[] {"TGA", Pattern.compile("(?i)\\b(?:TGA|in\\s+australia)\\b")});

    /** The agency other than the FDA that a claim names, if any. */
    static Optional<Agency> agency(String clause) {
        for (Object[] a : AGENCIES) {
            Matcher m = ((Pattern) a[1]).matcher(clause);
            if (m.find()) {
                return Optional.of(new Agency((String) a[0], m.group().strip()));
            }
        }
        return Optional.empty();
    }

    private static final Pattern FIRST_LINE = Pattern.compile("(?i)\\b(?:first|1st)[-\\s]line\\b|\\bfront[-\\s]?line\\b"
            + "|\\binitial\\s+(?:treatments?|therap(?:y|ies))\\b"
            + "|\\bfirst\\s+(?:treatments?|therap(?:y|ies)|options?|choices?)\\b"
            + "|\\bpreviously\\s+untreated\\b|\\bnewly\\s+diagnosed\\b|\\bas\\s+(?:a|the)\\s+first\\b(?![-\\s]line)"
            + "|\\b(?:no|without)\\s+(?:prior|previous|earlier)\\s+(?:systemic\\s+)?(?:treatments?|therap(?:y|ies))\\b"
            // "people who have not yet been treated", "who have never been treated" (held-out batch 13)
            + "|\\b(?:not\\s+(?:yet\\s+)?|never\\s+)been\\s+treated\\b");
    private static final Pattern LATER_LINE = Pattern.compile("(?i)\\b(?:second|third|later)[-\\s]line\\b"
            + "|\\bpreviously\\s+treated\\b|\\bpre-?treated\\b|\\brefractory\\b|\\b(?:stopped|stops)\\s+working\\b"
            + "|\\bno\\s+longer\\s+works?\\b");
    /** Words before a medicine that make it one given before: "after sorafenib", "progressed on sorafenib". */
    private static final Pattern AFTER = Pattern.compile("(?i)\\b(?:after|following|progress(?:ed|ing|es)?\\s+on"
            + "|(?:grew|grown|growing|worse)\\s+on|previously\\s+(?:treated\\s+)?with|intolerant\\s+(?:of|to)"
            + "|(?:already\\s+)?(?:had|received|tried)|prior|previous)\\s+(?:treatment\\s+with\\s+|the\\s+|a\\s+|prior\\s+"
            + "|previous\\s+)?$");

    private static final Pattern STATEMENT_LATER =
            Pattern.compile("(?i)\\b(?:previously\\s+treated|following|after|progress|second|pre-?treated|refractory)");
    private static final Pattern AFTER_SURGERY = Pattern.compile(
            "(?i)\\badjuvant\\b"
                    + "|\\bafter\\s+(?:(?:liver|hepatic|curative|their|your)\\s+)?(?:surgery|resection|ablation"
                    + "|(?:a|the)\\s+(?:liver\\s+)?transplant"
                    + "|(?:it|the\\s+tumou?r|the\\s+cancer)\\s+(?:is|has\\s+been|was)\\s+(?:removed|resected|ablated))\\b"
                    + "|\\bto\\s+(?:prevent|stop|keep)\\s+(?:it|the\\s+cancer|(?:liver\\s+)?cancer|the\\s+tumou?r|hcc)"
                    + "\\s+from\\s+(?:coming\\s+back|returning|recurring)\\b"
                    + "|\\b(?:lower|reduce|cut)\\s+the\\s+(?:risk|chance)\\s+of\\s+(?:recurrence|relapse|it\\s+coming\\s+back)\\b");
    private static final Pattern WHATEVER = Pattern.compile(
            "(?i)\\b(?:regardless|irrespective)\\s+of\\s+"
                    + "(?:their\\s+|the\\s+|your\\s+|a\\s+)?([\\p{L}][\\p{L}-]{1,30})"
                    + "|\\b(?:whatever|no\\s+matter\\s+what|no\\s+matter)\\s+(?:their|the|your)\\s+([\\p{L}][\\p{L}-]{1,30})"
                    + "|\\b(?:at|with|for|of)\\s+any\\s+([\\p{L}][\\p{L}-]{1,30})\\s+(?:levels?|values?|status|results?|scores?)\\b");
    private static final String MONTH =
            "(?:january|february|march|april|may|june|july|august|september|october" + "|november|december)";
    /**
     * The year a claim dates its approval to: "in 2019", "since May 2020", "on August 16, 2018", "in spring 2018"; a
     * month and year need no preposition, as a table's cell puts them ("Approved May 2020", held-out batch 13).
     */
    private static final Pattern YEAR =
            Pattern.compile("(?i)\\b(?:(?:in|since|on|by)\\s+(?:(?:early|late|mid)[-\\s]|the\\s+)?(?:(?:" + MONTH
                    + "|spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(?:\\d{1,2},?\\s+)?)?|" + MONTH
                    + "\\s+(?:\\d{1,2},?\\s+)?)((?:19|20)\\d\\d)\\b");

    private static final Pattern REGULAR =
            Pattern.compile("(?i)\\b(?:full|regular|traditional|standard(?![\\s-]+of[\\s-]+care))\\b");
    private static final Pattern ACCELERATED = Pattern.compile("(?i)\\b(?:accelerated|conditional)\\b");

    /** Where a claim and the approvals it is matched to disagree, and the approval that says otherwise. */
    record Disagreement(String what, Approval statement) {}

    private enum Line {
        FIRST,
        LATER
    }

    private static Optional<Line> line(Approval statement) {
        String stated = statement.lineOfTherapy().orElse(statement.indication());
        if (STATEMENT_LATER.matcher(stated).find()) {
            return Optional.of(Line.LATER);
        }
        return FIRST_LINE.matcher(stated).find() ? Optional.of(Line.FIRST) : Optional.empty();
    }

    /**
     * Where a positive claim and the approvals of its treatment and cancer disagree, said for the finding
     * ("line of therapy: the sentence says ...") with the approval that says otherwise; empty when one of
     * them agrees with everything the claim says, or none says anything of what the claim says. Only a
     * facet some approval states can disagree: an approval without a kind says nothing of "full".
     *
     * @param clause the clause that makes the claim
     * @param kind the words from the start of the clause to the end of the word of approval
     * @param mentions the treatments the vocabulary finds in the clause, positions in {@code clause}
     * @param statements the approvals of the claim's treatment and cancer by the claim's agency
     */
    static Optional<Disagreement> disagreement(
            String clause, String kind, List<Mention> mentions, List<Approval> statements, Vocabulary vocabulary) {
        Matcher first = FIRST_LINE.matcher(clause);
        Optional<String> later = later(clause, mentions, vocabulary);
        Optional<String> claimedLine = first.find() ? Optional.of(first.group()) : later;
        if (claimedLine.isPresent()) {
            Line claimed = later.isPresent() && claimedLine.equals(later) ? Line.LATER : Line.FIRST;
            Optional<Disagreement> d =
                    stated(statements, a -> line(a).map(l -> l == claimed), "line of therapy", claimedLine.get());
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher surgery = AFTER_SURGERY.matcher(clause);
        if (surgery.find()) {
            Optional<Disagreement> d = stated(
                    statements,
                    a -> a.settings().isEmpty()
                            ? Optional.empty()
                            : Optional.of(a.settings().contains(DiseaseSetting.LOCALIZED)),
                    "setting",
                    surgery.group());
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher whatever = WHATEVER.matcher(clause);
        if (whatever.find()) {
            String word = whatever.group(1) != null
                    ? whatever.group(1)
                    : whatever.group(2) != null ? whatever.group(2) : whatever.group(3);
            Pattern named = Pattern.compile("(?i)\\b" + Pattern.quote(word) + "\\b");
            Optional<Disagreement> d = stated(
                    statements,
                    a -> Optional.of(!named.matcher(a.indication()).find()),
                    "population",
                    whatever.group());
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher year = YEAR.matcher(clause);
        if (year.find()) {
            int claimed = Integer.parseInt(year.group(1));
            Optional<Disagreement> d =
                    stated(statements, a -> a.date().map(date -> date.getYear() == claimed), "year", year.group());
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher regular = REGULAR.matcher(kind);
        Matcher accelerated = ACCELERATED.matcher(kind);
        boolean saysRegular = regular.find();
        boolean saysAccelerated = accelerated.find();
        if (saysRegular != saysAccelerated) {
            ApprovalType claimed = saysRegular ? ApprovalType.REGULAR : ApprovalType.ACCELERATED;
            return stated(
                    statements,
                    a -> a.approvalType()
                            .filter(t -> t != ApprovalType.WITHDRAWN)
                            .map(t -> t == claimed || t == ApprovalType.CONVERTED),
                    "kind of approval",
                    saysRegular ? regular.group() : accelerated.group());
        }
        return Optional.empty();
    }

    /**
     * A disagreement when some approval states the facet and none agrees with the claim ({@code agrees}
     * is empty for an approval that does not state it).
     */
    private static Optional<Disagreement> stated(
            List<Approval> statements,
            java.util.function.Function<Approval, Optional<Boolean>> agrees,
            String facet,
            String words) {
        Approval against = null;
        for (Approval a : statements) {
            Optional<Boolean> agreed = agrees.apply(a);
            if (agreed.isPresent() && agreed.get()) {
                return Optional.empty();
            }
            if (agreed.isPresent() && against == null) {
                against = a;
            }
        }
        return against == null
                ? Optional.empty()
                : Optional.of(new Disagreement(facet + ": the sentence says \"" + words.strip() + "\"", against));
    }

    /** The words that make the claim one for a later line: "after sorafenib", "second-line". */
    private static Optional<String> later(String clause, List<Mention> mentions, Vocabulary vocabulary) {
        Matcher later = LATER_LINE.matcher(clause);
        if (later.find()) {
            return Optional.of(later.group());
        }
        for (Mention m : mentions) {
            Matcher after = AFTER.matcher(clause.substring(Math.max(0, m.start() - 40), m.start()));
            if (after.find() && systemic(m, vocabulary)) {
                return Optional.of((after.group() + m.text()).strip());
            }
        }
        return Optional.empty();
    }

    /** A medicine or a regimen given through the body, not surgery, radiation or a local treatment. */
    private static boolean systemic(Mention m, Vocabulary vocabulary) {
        if (m.concept() instanceof Drug || m.concept() instanceof Regimen) {
            return true;
        }
        Optional<TherapyModality> modality = vocabulary.modality(m.concept());
        return modality.isPresent()
                && Set.of(TherapyModality.IMMUNOTHERAPY, TherapyModality.TARGETED_THERAPY, TherapyModality.CHEMOTHERAPY)
                        .contains(modality.get());
    }

    /** The statement's indication for a finding: "first-line treatment of patients with unresectable HCC". */
    static String indication(Approval statement) {
        String type = statement
                .approvalType()
                .filter(t -> t == ApprovalType.ACCELERATED || t == ApprovalType.REGULAR)
                .map(t -> t.name().toLowerCase(Locale.ROOT) + " approval, ")
                .orElse("");
        return type + statement.indication();
    }
}
