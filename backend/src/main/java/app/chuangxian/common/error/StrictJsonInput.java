package app.chuangxian.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * What the API reads from JSON is what it stores: text with half of an emoji (an unpaired UTF-16 surrogate, which the
 * database would silently turn into '?') and a fraction where a whole number is expected (which Jackson would quietly
 * cut to its integer part) are refused, naming the field.
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {
    /** The message of the field error; {@link ProblemMappers} shows it for text that is not well formed. */
    static final String BROKEN_TEXT = "contains a broken character (half of an emoji?); type or paste the text again";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("well-formed-text").addDeserializer(String.class, new WellFormedText()));
    }

    /** Reads text as Jackson does and refuses it when a surrogate lacks its partner. */
    static final class WellFormedText extends StdScalarDeserializer<String> {
        WellFormedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && !wellFormed(value)) {
                throw InvalidFormatException.from(p, BROKEN_TEXT, value, String.class);
            }
            return value;
        }

        static boolean wellFormed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
