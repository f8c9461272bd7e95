package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RenderedDisclaimerTest {

    @Test
    void rejects_every_invalid_field_at_once() {
        assertThatThrownBy(() -> ImmutableRenderedDisclaimer.builder()
                        .id("")
                        .kind(DisclaimerKind.AI_GENERATED)
                        .version(-2)
                        .locale(Locale.ROOT)
                        .placement(Placement.HEADER)
                        .text("")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RenderedDisclaimer \"\" has 4 problems:"
                        + " id must be lowercase letters and digits joined by single hyphens (such as"
                        + " \"not-medical-advice\"): \"\";"
                        + " version must be a whole number of 1 or more: -2;"
                        + " locale must be a well-formed language tag that names a language (such as \"es\" or"
                        + " \"es-MX\"): \"und\";"
                        + " text must not be blank: \"\"");
    }
}
