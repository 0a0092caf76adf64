package io.github.ggw.standards.json.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a calendar date from a JSON string in the form {@code YYYY-MM-DD} and nothing else (日期
 * 严格读取), as the schema and docs/input.md say: a time ({@code 2022-02-15T10:00:00}, with or
 * without {@code Z}), an offset ({@code 2022-02-15+08:00}), white space around the date, an
 * array ({@code [2022, 2, 15]}) or a number is refused. Jackson's own reader of {@link
 * LocalDate} took the first three and the array silently, dropping the time or reading a UTC
 * instant's date. A text that is no such date is a format error at the value's path ({@code
 * JSON_INVALID_VALUE}), any other token a type error ({@code JSON_WRONG_TYPE}).
 */
final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
  DateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
    }
    String text = p.getString();
    LocalDate fast = FastDates.parse(text);
    if (fast != null) {
      return fast;
    }
    try {
      return LocalDate.parse(text, FastDates.FORM);
    } catch (DateTimeParseException e) {
      throw ctxt.weirdStringException(text, LocalDate.class, "not a date YYYY-MM-DD");
    }
  }
}
