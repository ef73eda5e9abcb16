package org.gazette.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/** One JSON object per line, as the {@code --json} options print. */
final class Json {
    private Json() { }

    static String line(Object value) {
        try {
            return Mapper.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectMapper mapper() { return Mapper.MAPPER; }

    /** Held apart: set up when first used, not by {@link #lines}. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * A streaming writer of JSON onto {@code out}, for output of many lines: no map or string per line, and none of
     * the object mapper's set-up (a tenth of a second from a fresh JVM). The caller ends each line with {@code
     * writeRaw('\n')}.
     */
    static JsonGenerator lines(Writer out) throws IOException {
        JsonGenerator g = STREAMING.createGenerator(out);
        g.setPrettyPrinter(new MinimalPrettyPrinter("")); // no separator of its own between the lines' objects
        return g;
    }

    private static final JsonFactory STREAMING = new JsonFactory();
}
