package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.json.StandardsModule;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The writers of this module: a mapper with {@link StandardsModule} and nothing else, so that
 * what the library writes is what any mapper with the module writes; documents get Jackson's
 * default pretty printer, batch lines none. Thread-safe.
 */
public final class Writers {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new StandardsModule()).build();
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private Writers() {}

  /**
   * Writes a value as indented JSON.
   *
   * @param value the value, not null
   * @return the JSON text, without a trailing newline
   */
  public static String pretty(Object value) {
    return PRETTY.writeValueAsString(value);
  }

  /**
   * Writes a value as one line of compact JSON.
   *
   * @param value the value, not null
   * @return the JSON text, without line breaks
   */
  public static String line(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /**
   * Reads JSON text written by this library as a tree whose every fraction is an exact {@link
   * java.math.BigDecimal}: for the canonical form of documents, never for input.
   *
   * @param json the JSON text, not null
   * @return the tree
   */
  public static JsonNode exactTree(String json) {
    return MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree(json);
  }
}
