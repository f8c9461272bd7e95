package org.oncodex.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a trial measured: a time to an event (overall survival, progression-free survival, ...) or
 * a proportion of patients (response rate, disease control, local control, ...).
 */
public enum Endpoint {
    /** Overall survival: time until death from any cause. */
    OS("OS", "overall survival", Kind.TIME_TO_EVENT, "death", "survival"),
    /** Progression-free survival: time until the cancer grows or spreads, or death. */
    PFS(
            "PFS",
            "progression-free survival",
            Kind.TIME_TO_EVENT,
            "the cancer growing or spreading, or death",
            "progression free survival"),
    /** Recurrence-free survival: time until the cancer comes back, or death. */
    RFS(
            "RFS",
            "recurrence-free survival",
            Kind.TIME_TO_EVENT,
            "the cancer coming back, or death",
            "relapse-free survival",
            "recurrence free survival"),
    /** Disease-free survival: time until the cancer comes back, or death. */
    DFS(
            "DFS",
            "disease-free survival",
            Kind.TIME_TO_EVENT,
            "the cancer coming back, or death",
            "disease free survival"),
    /** Event-free survival: time until the cancer grows or comes back, treatment fails, or death. */
    EFS(
            "EFS",
            "event-free survival",
            Kind.TIME_TO_EVENT,
            "the cancer growing or coming back, treatment failing, or death",
            "event free survival"),
    /** Time to progression: time until the cancer grows or spreads (deaths not counted). */
    TTP("TTP", "time to progression", Kind.TIME_TO_EVENT, "the cancer growing or spreading"),
    /** Duration of response: time from a response until the cancer grows again, or death. */
    DOR(
            "DOR",
            "duration of response",
            Kind.TIME_TO_EVENT,
            "the cancer growing again after shrinking, or death",
            "DoR",
            "response duration"),
    /** Objective response rate: share of patients whose tumours shrank by a set amount or vanished. */
    ORR("ORR", "objective response rate", Kind.PROPORTION, "", "overall response rate", "response rate"),
    /** Complete response rate: share of patients with no detectable tumour left. */
    CR("CR", "complete response rate", Kind.PROPORTION, "", "complete response"),
    /** Pathologic complete response: no cancer cells left in the tissue removed at surgery. */
    PCR("pCR", "pathologic complete response", Kind.PROPORTION, "", "pathological complete response"),
    /** Disease control rate: share of patients whose cancer responded or stayed stable. */
    DCR("DCR", "disease control rate", Kind.PROPORTION, "", "disease control"),
    /** Local control: share of treated tumours that did not grow back where they were treated. */
    LOCAL_CONTROL("LC", "local control", Kind.PROPORTION, "", "local control rate"),
    /** Share of patients with severe (grade 3 or higher) side effects. */
    GRADE_3_PLUS_ADVERSE_EVENTS(
            "grade ≥3 AEs",
            "grade 3 or higher adverse events",
            Kind.PROPORTION,
            "",
            "grade ≥ 3 toxicity",
            "grade 3 or higher toxicity",
            "severe adverse events");

    /** Whether an endpoint is a time to an event or a proportion of patients. */
    public enum Kind {
        /** Analysed with survival methods: hazard ratios, medians, landmark rates. */
        TIME_TO_EVENT,
        /** A share of patients: rates, odds and risk ratios. */
        PROPORTION
    }

    private final String abbreviation;
    private final String label;
    private final Kind kind;
    private final String event;
    private final ImmutableList<String> synonyms;

    Endpoint(String abbreviation, String label, Kind kind, String event, String... synonyms) {
        this.abbreviation = abbreviation;
        this.label = label;
        this.kind = kind;
        this.event = event;
        this.synonyms = ImmutableList.copyOf(synonyms);
    }

    /** The usual abbreviation, such as "OS". */
    public String abbreviation() {
        return abbreviation;
    }

    /** The full name in lower case, such as "overall survival". */
    public String label() {
        return label;
    }

    /** Whether this endpoint is a time to an event or a proportion. */
    public Kind kind() {
        return kind;
    }

    /** Whether this endpoint is a time to an event. */
    public boolean isTimeToEvent() {
        return kind == Kind.TIME_TO_EVENT;
    }

    /**
     * For a time-to-event endpoint, the event in plain words, such as "death" for overall survival;
     * empty for proportions.
     */
    public Optional<String> event() {
        return event.isEmpty() ? Optional.empty() : Optional.of(event);
    }

    /** Other names and spellings the literature uses. */
    public List<String> synonyms() {
        return synonyms;
    }

    /**
     * The endpoint with this abbreviation, name or synonym, ignoring case and surrounding space:
     * {@code "OS"}, {@code "overall survival"} and {@code "Overall Survival"} all give {@link #OS}.
     */
    public static Optional<Endpoint> fromLabel(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (Endpoint endpoint : values()) {
            if (endpoint.abbreviation.toLowerCase(Locale.ROOT).equals(wanted)
                    || endpoint.label.equals(wanted)
                    || endpoint.synonyms.stream()
                            .anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(wanted))) {
                return Optional.of(endpoint);
            }
        }
        return Optional.empty();
    }
}
