package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns one Jackson exception into one located {@link Problem}; never rethrows. */
public final class JacksonProblems {
  private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]{1,200})['\"]");
  private static final Pattern CHARACTER_CODE = Pattern.compile("\\(code ([0-9]{1,7})");
  /** The model's refusal of a negative count: {@code members must not be negative: -9}. */
  private static final Pattern NEGATIVE = Pattern.compile(
      "([A-Za-z][A-Za-z0-9]{0,40}) must not be negative: (-?[0-9.]{1,40})");
  /** A fraction Jackson would not coerce to a whole number. */
  private static final Pattern FRACTION = Pattern.compile(
      "Floating-point value \\(([-0-9.eE+]{1,60})\\)");

  private JacksonProblems() {}

  /**
   * As {@link #toProblem(JacksonException, ReadLimits)}, and a syntax error right at a full-width
   * digit or a Chinese comma or point in the bytes becomes {@link
   * ProblemCode#JSON_NON_ASCII_NUMBER} with a hint (the parser reports such a character after a
   * number only by its first byte); a syntax error is said in words with what the bytes hold
   * before it (a trailing comma).
   *
   * @param e the exception, not null
   * @param limits the limits in force, named in a limit's problem
   * @param json the bytes being read, for the characters near the failure
   * @return the problem
   */
  static Problem toProblem(JacksonException e, ReadLimits limits, byte[] json) {
    Problem p = toProblem(e, limits, json, true);
    TokenStreamLocation loc = e.getLocation();
    if (p.getCode() == ProblemCode.JSON_SYNTAX && loc != null && loc.getByteOffset() >= 0) {
      int from = (int) Math.max(0, Math.min(json.length, loc.getByteOffset() - 3));
      int to = (int) Math.min(json.length, loc.getByteOffset() + 4);
      String near = new String(json, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
      for (int i = 0; i < near.length(); i++) {
        if (isNonAsciiNumberCharacter(near.charAt(i))) {
          String ch = String.valueOf(near.charAt(i));
          return Problem.of(ProblemCode.JSON_NON_ASCII_NUMBER, p.getLocation(), ch, ch);
        }
      }
    }
    return p;
  }

  /**
   * The problem of a Jackson exception: a limit exceeded, an unknown or missing member, a value
   * of the wrong type or format, a duplicate key, trailing content, bad encoding or bad syntax,
   * at the exception's JSON pointer, line and column. The messages name what was expected in
   * words ({@link ValueTexts}), never a Java type or the parser's English.
   *
   * @param e the exception, not null
   * @param limits the limits in force, named in a limit's problem
   * @return the problem
   */
  public static Problem toProblem(JacksonException e, ReadLimits limits) {
    return toProblem(e, limits, null, false);
  }

  private static Problem toProblem(JacksonException e, ReadLimits limits, byte[] json,
      boolean withBytes) {
    Location at = locate(e);
    String detail = firstLine(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      String which = limitName(detail);
      return Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED, at, null, String.valueOf(which), String.valueOf(limitValue(which, limits)));
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return Problem.of(ProblemCode.JSON_UNKNOWN_PROPERTY, at, String.valueOf(u.getPropertyName()),
          String.valueOf(u.getPropertyName()));
    }
    if (e instanceof InvalidTypeIdException t) {
      if (t.getTypeId() == null) {
        return Problem.of(ProblemCode.JSON_MISSING_PROPERTY, at, null, "type");
      }
      return invalid(at, t.getTypeId(), unknownType(t.getTypeId(), t.getBaseType() == null
          ? null : t.getBaseType().getRawClass()));
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause();
      if (cause instanceof NullPointerException npe && npe.getMessage() != null) {
        return Problem.of(ProblemCode.JSON_MISSING_PROPERTY, child(at, npe.getMessage()), null,
            String.valueOf(npe.getMessage()));
      }
      Class<?> type = v.getType() == null ? Object.class : v.getType().getRawClass();
      if (cause instanceof StandardsException se) {
        return refusedByModel(at, se, type);
      }
      return invalid(at, null, ValueTexts.refused(null, type));
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> type = f.getTargetType() == null ? Object.class : f.getTargetType();
      String value = String.valueOf(f.getValue());
      if (f.getCause() instanceof StandardsException se) {
        return refusedByModel(at, se, type);
      }
      return invalid(at, value, formatMessage(value, type));
    }
    if (e instanceof InputCoercionException c) {
      String value = numberText(c);
      return invalid(at, value, ValueTexts.text("value.tooLarge", value == null ? "" : value));
    }
    if (e instanceof MismatchedInputException m) {
      if (detail.startsWith("No content to map")) {
        return Problem.of(ProblemCode.INPUT_EMPTY, at, null);
      }
      if (detail.startsWith("Trailing token")) {
        return Problem.of(ProblemCode.JSON_TRAILING_CONTENT, at, null);
      }
      if (detail.contains("creator property")) {
        String name = quoted(detail);
        return Problem.of(ProblemCode.JSON_MISSING_PROPERTY, child(at, name), null, String.valueOf(name));
      }
      Class<?> target = m.getTargetType() == null ? Object.class : m.getTargetType();
      Matcher fraction = FRACTION.matcher(detail);
      if (isWhole(target) && fraction.find()) {
        return invalid(at, fraction.group(1), ValueTexts.notWhole(fraction.group(1)));
      }
      LocalizedText expected = ValueTexts.expected(target);
      return Problem.of(ProblemCode.JSON_WRONG_TYPE, at, null, expected.en(), expected.zh());
    }
    if (e instanceof StreamReadException) {
      if (detail.contains("Duplicate Object property") || detail.contains("Duplicate field")) {
        String name = quoted(detail);
        return Problem.of(ProblemCode.JSON_DUPLICATE_KEY, at, String.valueOf(name), String.valueOf(name));
      }
      if (detail.contains("Non-standard token")) {
        String token = quoted(detail);
        return invalid(at, token, ValueTexts.text("value.notJsonNumber", token));
      }
      Matcher code = CHARACTER_CODE.matcher(detail);
      if (code.find() && isNonAsciiNumberCharacter(Integer.parseInt(code.group(1)))) {
        String ch = new String(Character.toChars(Integer.parseInt(code.group(1))));
        return Problem.of(ProblemCode.JSON_NON_ASCII_NUMBER, at, ch, ch);
      }
      if (detail.contains("Invalid UTF-8")) {
        return Problem.of(ProblemCode.INPUT_ENCODING, at, null, "UTF-8 ✗");
      }
    }
    LocalizedText words = JsonSyntax.describe(detail, withBytes ? json : null,
        e.getLocation() == null ? -1 : e.getLocation().getByteOffset());
    return Problem.of(ProblemCode.JSON_SYNTAX, at, null, words.en(), words.zh());
  }

  /** A {@code JSON_INVALID_VALUE} with its message in both languages. */
  private static Problem invalid(Location at, String value, LocalizedText message) {
    return Problem.of(ProblemCode.JSON_INVALID_VALUE, at, value, message.en(), message.zh());
  }

  /**
   * A value the model refused: a negative count named by its member, or the rule of the type
   * (the model's own sentence kept in English).
   */
  private static Problem refusedByModel(Location at, StandardsException se, Class<?> type) {
    String message = String.valueOf(se.getMessage());
    String value = se.getOffendingValue().orElse(null);
    Matcher negative = NEGATIVE.matcher(message);
    if (negative.matches()) {
      String member = negative.group(1);
      return invalid(child(at, member), negative.group(2),
          ValueTexts.text("value.negative", member, negative.group(2)));
    }
    LocalizedText rule = ValueTexts.rule(type);
    LocalizedText zh = ValueTexts.refused(value, type);
    return Problem.of(ProblemCode.JSON_INVALID_VALUE, at, value,
        rule == null ? message : zh.en(), zh.zh());
  }

  /** The message of a value of the right JSON type that its type does not accept. */
  private static LocalizedText formatMessage(String value, Class<?> type) {
    if (type.isEnum()) {
      return ValueTexts.notOneOf(value, type);
    }
    if (type == java.time.LocalDate.class
        || java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return ValueTexts.text("value.date", value);
    }
    if (isWhole(type) && value.matches("-?[0-9]+[.eE][0-9eE+-]*")) {
      return ValueTexts.notWhole(value);
    }
    if ((type == String.class || type == BigDecimal.class
        || type == io.github.ggw.standards.model.Points.class) && PlainDecimals.tooLong(value)) {
      return ValueTexts.text("value.numberTooLong", value,
          String.valueOf(PlainDecimals.MAX_CHARS));
    }
    return ValueTexts.refused(value, type);
  }

  /** The unknown type id of a polymorphic member: the evidence kinds listed, or the id alone. */
  private static LocalizedText unknownType(String id, Class<?> base) {
    if (base == io.github.ggw.standards.model.evidence.Evidence.class) {
      return evidenceTypes(id);
    }
    return ValueTexts.text("value.unknownTypeNoList", id);
  }

  private static LocalizedText evidenceTypes(String id) {
    List<String> names = io.github.ggw.standards.model.evidence.EvidenceKinds.names();
    return LocalizedText.of(
        ValueTexts.text("value.unknownEvidenceType", id, names.stream()
            .map(n -> "“" + n + "”").collect(Collectors.joining("、"))).zh(),
        ValueTexts.text("value.unknownEvidenceType", id, String.join(", ", names)).en());
  }

  /**
   * An evidence {@code type} that names no kind of the registry: every kind listed, in both
   * languages (the names are what the member holds).
   *
   * @param at where, not null
   * @param id the type as written, not null
   * @return the problem ({@code JSON_INVALID_VALUE})
   */
  static Problem unknownEvidenceType(Location at, String id) {
    return invalid(at, id, evidenceTypes(id));
  }

  private static boolean isWhole(Class<?> c) {
    return c == Integer.class || c == int.class || c == Long.class || c == long.class
        || c == Short.class || c == short.class;
  }

  /** The number a coercion failure names, or null. */
  private static String numberText(InputCoercionException c) {
    try {
      JsonParser p = c.processor();
      return p == null ? null : p.getString();
    } catch (RuntimeException ignored) {
      return null;
    }
  }

  private static Location locate(JacksonException e) {
    StringBuilder pointer = new StringBuilder();
    if (!e.getPath().isEmpty()) {
      for (JacksonException.Reference r : e.getPath()) {
        pointer.append('/').append(r.getPropertyName() != null
            ? escape(r.getPropertyName()) : String.valueOf(Math.max(0, r.getIndex())));
      }
    } else if (e.processor() instanceof JsonParser p) {
      try {
        pointer.append(p.streamReadContext().pathAsPointer().toString());
      } catch (RuntimeException ignored) {
        // the context of a broken parser may be unusable; the location stays without pointer
      }
    }
    Location at = Location.pointer(pointer.toString());
    TokenStreamLocation loc = e.getLocation();
    if (loc != null && loc.getLineNr() > 0 && loc.getColumnNr() > 0) {
      at = at.at(loc.getLineNr(), loc.getColumnNr());
    }
    return at;
  }

  /** Full-width digits, full-width comma, point and minus, ideographic comma and full stop. */
  private static boolean isNonAsciiNumberCharacter(int cp) {
    return cp >= 0xFF10 && cp <= 0xFF19 || cp == 0xFF0C || cp == 0xFF0E || cp == 0xFF0D
        || cp == 0x3001 || cp == 0x3002;
  }

  /**
   * A member name escaped for a JSON pointer ({@code ~} as {@code ~0}, {@code /} as {@code ~1}).
   *
   * @param name the name, not null
   * @return the pointer segment
   */
  public static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The location of a member of the object at {@code at}, unless the path already names it. */
  private static Location child(Location at, String name) {
    String parent = at.getPointer().orElse("");
    if (parent.endsWith("/" + escape(name))) {
      return at;
    }
    Location l = Location.pointer(parent + "/" + escape(name));
    return at.getLine().isPresent() ? l.at(at.getLine().get(), at.getColumn().get()) : l;
  }

  private static String quoted(String detail) {
    Matcher m = QUOTED.matcher(detail);
    return m.find() ? m.group(1) : "?";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static String limitName(String detail) {
    if (detail.contains("MaxDocumentLength") || detail.contains("Document length")) {
      return "maxDocumentBytes";
    }
    if (detail.contains("MaxNestingDepth") || detail.contains("nesting depth")) {
      return "maxNestingDepth";
    }
    if (detail.contains("MaxNumberLength") || detail.contains("Number value length")) {
      return "maxNumberLength";
    }
    if (detail.contains("MaxNameLength") || detail.contains("Name length")) {
      return "maxNameLength";
    }
    if (detail.contains("MaxStringLength") || detail.contains("String value length")) {
      return "maxStringLength";
    }
    return "limit";
  }

  private static String limitValue(String which, ReadLimits l) {
    return switch (which) {
      case "maxDocumentBytes" -> String.valueOf(l.maxDocumentBytes());
      case "maxNestingDepth" -> String.valueOf(l.maxNestingDepth());
      case "maxNumberLength" -> String.valueOf(l.maxNumberLength());
      case "maxNameLength" -> String.valueOf(l.maxNameLength());
      case "maxStringLength" -> String.valueOf(l.maxStringLength());
      default -> "?";
    };
  }
}
