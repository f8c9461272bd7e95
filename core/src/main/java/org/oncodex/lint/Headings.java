package org.oncodex.lint;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What part of an answer a heading, or a bold line standing as one, opens: the headings models write
 * for the questions to ask, the takeaway, the sources, related questions and disclaimers, in their
 * common variants ("Questions for your doctor", "**Sources:**", "Bottom line", "Important note").
 */
final class Headings {
    private Headings() {}

    /** The parts a heading may open. */
    enum Part {
        CONTENT,
        QUESTIONS,
        TAKEAWAY,
        SOURCES,
        RELATED,
        DISCLAIMER
    }

    private static final Pattern QUESTIONS = Pattern.compile("^(?:what|things)\\s+to\\s+ask\\b.*"
            // things to raise, worth asking, you could ask: "Things to raise with your hepatologist", "Things you
            // could ask", "Worth asking at your next visit", "You might ask", "You could also ask your doctor"
            + "|^(?:(?:here\\s+are\\s+)?(?:some|a\\s+few)\\s+)?things\\s+(?:to|worth|you\\s+(?:could|can|might|may|should))\\s+(?:ask|asking|raise|raising|bring\\s+up"
            + "|discuss)\\b.*|^worth\\s+asking\\b.*|^you\\s+(?:could|can|might|may|should)\\s+(?:also\\s+)?(?:want\\s+to\\s+)?ask\\b.*"
            // "Ask your care team" alone; "Ask your doctor about clinical trials" is a topic
            + "|^ask\\s+your\\s+(?:doctor|oncologist|care\\s+team|health\\s?care\\s+team|medical\\s+team|oncology\\s+team"
            + "|treatment\\s+team|nurse|provider)s?$"
            // a question about what to ask, as an FAQ puts it: "Q: What should we ask at the next visit?"
            + "|^(?:q\\s*[:.]\\s*)?what\\s+(?:should|can|could|might|shall|do)\\s+(?:i|we|you)\\s+ask\\b.*"
            + "|^(?!.*\\b(?:related|frequently|people\\s+also|common)\\b).*\\bquestions?\\b.*"
            + "\\b(?:ask|asking|for\\s+your|for\\s+the|to\\s+discuss|bring|raise|with\\s+your)\\b.*"
            // Spanish: "Preguntas para su médico", "Preguntas que puede hacer a su equipo"
            + "|^preguntas?\\s+(?:para|a|con|que)\\b.*"
            // French: "Questions à poser à votre médecin", "Questions pour votre équipe"; German: "Fragen an Ihr
            // Behandlungsteam", "Fragen für Ihren Arzt"
            + "|^questions?\\s+(?:à|a)\\s+poser\\b.*|^questions?\\s+pour\\s+(?:votre|vos|le|la|les)\\b.*"
            + "|^fragen\\s+(?:an|für|fuer)\\s+(?:ihr|ihre|ihren|den|die|das)\\b.*"
            // Italian: "Domande da fare al medico", "Domande per il suo oncologo"; Portuguese: "Perguntas para o seu
            // médico", "Perguntas a fazer"; Dutch: "Vragen voor uw arts", "Vragen om te stellen"
            + "|^domande\\s+(?:da|per|al|alla|allo|ai|a|che)\\b.*|^perguntas?\\s+(?:para|a|ao|à|que)\\b.*"
            + "|^vragen\\s+(?:voor|aan|om|die)\\b.*");
    private static final Pattern TAKEAWAY =
            Pattern.compile("^(?:the\\s+)?(?:key\\s+|main\\s+)?take[\\s-]?aways?\\b.*|^(?:the\\s+)?bottom\\s+line\\b.*"
                    + "|^(?:in\\s+)?summary$|^key\\s+points$|^in\\s+short$|^tl;?\\s?dr$");
    private static final Pattern SOURCES = Pattern.compile(
            "^(?:sources?(?!\\s+(?:text|quote|quotes|quotation|sentence|wording|excerpt|passage|says)\\b)|references?|citations?|bibliography|works\\s+cited|further\\s+reading|fuentes|referencias"
                    + "|r[ée]f[ée]rences|quellen|literatur|quellenangaben"
                    + "|bibliograf[ií]a"
                    // Italian, Portuguese, Dutch: "Fonti", "Riferimenti", "Fontes", "Referências", "Bronnen"
                    + "|fonti|riferimenti(?:\\s+bibliografici)?|fontes|refer[êe]ncias|bronnen|referenties|bronvermelding"
                    + "|source\\s+guidelines?|evidence\\s+sources?|sources?\\s+(?:and|&)\\s+references?)\\b.*"
                    // a chat assistant's list of links; only alone, since "Learn more about X" may open content
                    + "|^(?:learn|read)\\s+more$|^more\\s+(?:to\\s+read|reading|resources)$|^(?:useful|helpful)\\s+(?:links|resources)$"
                    // a clinician's abbreviation, alone: "Refs"
                    + "|^refs?$"
                    // an FAQ's last question: "Where does this information come from?"
                    + "|^where\\s+(?:does|do|did)\\s+(?:this|these|the|that|all\\s+this)\\s+(?:information|info|answer|numbers?"
                    + "|figures?|data|facts?)\\s+come\\s+from\\??$");
    private static final Pattern RELATED =
            Pattern.compile("^(?:related\\s+questions?|people\\s+also\\s+ask|you\\s+may\\s+also\\s+(?:ask|want)).*");
    private static final Pattern DISCLAIMER = Pattern.compile(
            "^(?:medical\\s+|important\\s+|legal\\s+)?disclaimers?$|^important(?:\\s+(?:note|notice|information))?$"
                    + "|^(?:a\\s+|please\\s+)?note$");
    /** Emoji, symbols and marks a heading may carry around its words. */
    private static final Pattern DECORATION = Pattern.compile("[\\p{So}\\p{Sk}\\p{Cs}\\p{Co}\\x{FE0F}\\x{200D}#*_]+");

    /** A keycap digit: the digit, an optional variation selector and the enclosing keycap ("4️⃣", "🔟"). */
    static final String KEYCAP_DIGIT = "(?:[0-9#*]\\x{FE0F}?\\x{20E3}|\\x{1F51F})";

    private static final Pattern KEYCAP = Pattern.compile(KEYCAP_DIGIT);

    /** The heading's words: no decoration, no numbering, no trailing colon, spaces collapsed. */
    static String clean(String heading) {
        // a keycap number ("4️⃣ Sources") numbers the heading, as "4." does
        String t = KEYCAP.matcher(heading).replaceAll(" ");
        t = DECORATION.matcher(t).replaceAll(" ");
        t = t.replaceAll("^\\s*(?:\\d{1,2}[.)]|[IVX]{1,4}\\.)\\s+", "");
        // trailing colons, dashes and dots taken off by hand: a pattern anchored at the end retries from every run
        int end = t.length();
        while (end > 0 && (Character.isWhitespace(t.charAt(end - 1)) || ":-–—.".indexOf(t.charAt(end - 1)) >= 0)) {
            end--;
        }
        return t.substring(0, end).strip().replaceAll("\\s+", " ");
    }

    /** The part a heading with this text opens. */
    static Part of(String heading) {
        String t = clean(heading).toLowerCase(Locale.ROOT);
        if (t.length() > 120) {
            return Part.CONTENT;
        }
        if (RELATED.matcher(t).matches()) {
            return Part.RELATED;
        }
        if (QUESTIONS.matcher(t).matches()) {
            return Part.QUESTIONS;
        }
        if (TAKEAWAY.matcher(t).matches()) {
            return Part.TAKEAWAY;
        }
        if (SOURCES.matcher(t).matches()) {
            return Part.SOURCES;
        }
        if (DISCLAIMER.matcher(t).matches()) {
            return Part.DISCLAIMER;
        }
        return Part.CONTENT;
    }

    /** The names of the parts whose heading the answer does not keep: the takeaway, the sources, related questions. */
    private static final Pattern NAME = Pattern.compile("^(?:(?:the\\s+)?(?:key\\s+|main\\s+)?take[\\s-]?aways?"
            + "|(?:the\\s+)?bottom\\s+line|(?:in\\s+)?summary|key\\s+points|in\\s+short|tl;?\\s?dr"
            + "|sources?(?:\\s+(?:and|&)\\s+references?)?|references?|citations?|bibliography|works\\s+cited"
            + "|fuentes|referencias|bibliograf[ií]a"
            + "|further\\s+reading|source\\s+guidelines?|evidence\\s+sources?"
            + "|related\\s+questions?|people\\s+also\\s+ask|you\\s+may\\s+also\\s+(?:ask|want))\\b");

    /**
     * A heading of the takeaway, the sources or related questions that says more than the part's name
     * ({@code Sources — this treatment cures everyone}): the name as written and the words after it;
     * empty when nothing with a letter or digit follows the name.
     */
    static Optional<Named> named(String heading) {
        String t = clean(heading);
        String lower = t.toLowerCase(Locale.ROOT);
        Matcher m = NAME.matcher(lower);
        if (lower.length() != t.length() || !m.find()) {
            return Optional.empty();
        }
        String rest =
                t.substring(m.end()).replaceFirst("^[\\s:：.,;\\-–—(\\[]+", "").strip();
        return rest.codePoints().anyMatch(Character::isLetterOrDigit)
                ? Optional.of(new Named(t.substring(0, m.end()), rest))
                : Optional.empty();
    }

    /** A part's name in its heading and the words after it. */
    record Named(String name, String rest) {}

    private static final Pattern LEAD = Pattern.compile("^\\s*([^:\\n]{2,120}):\\s*(.*)$", Pattern.DOTALL);

    /**
     * A line that starts with a heading of a part other than content before a colon, as in {@code
     * Sources: ...} or {@code Key takeaway: ...}, or a line of up to twelve words that only leads in to what follows
     * ({@code Some questions you might raise with your oncologist:}), or a plain line that is only the name of the
     * sources, the takeaway or related questions ({@code Sources}): the part and what follows the colon.
     */
    static Optional<Lead> lead(String text) {
        // a plain line that is only a part's name, as a search assistant puts "Sources" over its list (batch 13)
        // (short lines only: a part's name is a few words, and a paragraph is not cleaned for nothing)
        if (text.length() <= 40 && !text.contains("\n")) {
            String only = clean(text);
            if (NAME.matcher(only.toLowerCase(Locale.ROOT)).matches() && only.equals(text.strip())) {
                return Optional.of(new Lead(of(only), only, ""));
            }
        }
        Matcher m = LEAD.matcher(text);
        // a line that is only a lead-in may be longer: "Here are some questions you may want to ask your healthcare
        // team:"
        if (!m.matches()
                || (m.group(2).isBlank()
                        ? m.group(1).split("\\s+").length > 12
                        : m.group(1).length() > 60 || m.group(1).split("\\s+").length > 6)) {
            return Optional.empty();
        }
        Part part = of(m.group(1));
        return part == Part.CONTENT ? Optional.empty() : Optional.of(new Lead(part, clean(m.group(1)), m.group(2)));
    }

    /** A heading at the start of a line: its part, its words, and the rest of the line. */
    record Lead(Part part, String heading, String rest) {}
}
