package org.oncodex.model;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.oncodex.model.certainty.Certainty;
import org.oncodex.model.internal.CertaintyJson;

/**
 * The Jackson module that Oncodex's value types need: register it on any {@code ObjectMapper} to
 * write and read concepts, statistics and evidence records losslessly.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new OncodexJacksonModule()).build();
 * String json = mapper.writeValueAsString(HazardRatio.of(0.62, 0.44, 0.87));
 * }</pre>
 *
 * <p>It brings in Jackson's {@code Optional} and {@code java.time} support. Effect estimates are
 * written with a {@code "type"} property naming their kind; only the kinds of {@code
 * EffectEstimate} are accepted when reading, never a class name from the input. A {@code Certainty}
 * is written as an object whose {@code "scale"} is {@code GRADE}, {@code NCI_PDQ} or {@code ONCOKB},
 * with the rating in that scale's own terms ({@code "rating": "MODERATE"}, {@code "level": "1iiA"},
 * {@code "level": "3A"}).
 */
public final class OncodexJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public OncodexJacksonModule() {
        super("oncodex-content-model");
        addSerializer(Certainty.class, new CertaintyJson.Serializer());
        addDeserializer(Certainty.class, new CertaintyJson.Deserializer());
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new Jdk8Module(), new JavaTimeModule());
    }
}
