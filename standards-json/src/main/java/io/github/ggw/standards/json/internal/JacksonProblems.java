package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.StandardsException;
import java.util.regex.Matcher;
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

  private JacksonProblems() {}

  /**
   * As {@link #toProblem(JacksonException, ReadLimits)}, and a syntax error right at a full-width
   * digit or a Chinese comma or point in the bytes becomes {@link
   * ProblemCode#JSON_NON_ASCII_NUMBER} with a hint (the parser reports such a character after a
   * number only by its first byte).
   *
   * @param e the exception, not null
   * @param limits the limits in force, named in a limit's problem
   * @param json the bytes being read, for the characters near the failure
   * @return the problem
   */
  static Problem toProblem(JacksonException e, ReadLimits limits, byte[] json) {
    Problem p = toProblem(e, limits);
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
   * at the exception's JSON pointer, line and column.
   *
   * @param e the exception, not null
   * @param limits the limits in force, named in a limit's problem
   * @return the problem
   */
  public static Problem toProblem(JacksonException e, ReadLimits limits) {
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
      return Problem.of(ProblemCode.JSON_INVALID_VALUE, at, String.valueOf(t.getTypeId()),
          "unknown type \"" + t.getTypeId() + "\"", "类型“" + t.getTypeId() + "”不存在");
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause();
      if (cause instanceof NullPointerException npe && npe.getMessage() != null) {
        return Problem.of(ProblemCode.JSON_MISSING_PROPERTY, child(at, npe.getMessage()), null,
            String.valueOf(npe.getMessage()));
      }
      if (cause instanceof StandardsException se) {
        return Problem.of(ProblemCode.JSON_INVALID_VALUE, at, se.getOffendingValue().orElse(null),
            String.valueOf(se.getMessage()), String.valueOf(se.getMessage()));
      }
      return Problem.of(ProblemCode.JSON_INVALID_VALUE, at, null, String.valueOf(detail),
          String.valueOf(detail));
    }
    if (e instanceof InvalidFormatException f) {
      return Problem.of(ProblemCode.JSON_INVALID_VALUE, at, String.valueOf(f.getValue()),
          String.valueOf(detail), String.valueOf(detail));
    }
    if (e instanceof InputCoercionException) {
      return Problem.of(ProblemCode.JSON_INVALID_VALUE, at, null, String.valueOf(detail),
          String.valueOf(detail));
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
      String target = m.getTargetType() == null ? "?" : typeName(m.getTargetType());
      return Problem.of(ProblemCode.JSON_WRONG_TYPE, at, null, String.valueOf(target),
          typeNameZh(target));
    }
    if (e instanceof StreamReadException) {
      if (detail.contains("Duplicate Object property") || detail.contains("Duplicate field")) {
        String name = quoted(detail);
        return Problem.of(ProblemCode.JSON_DUPLICATE_KEY, at, String.valueOf(name), String.valueOf(name));
      }
      if (detail.contains("Non-standard token")) {
        String token = quoted(detail);
        return Problem.of(ProblemCode.JSON_INVALID_VALUE, at, token,
            token + " is not a number in JSON", token + " 不是 JSON 中的数字");
      }
      Matcher code = CHARACTER_CODE.matcher(detail);
      if (code.find() && isNonAsciiNumberCharacter(Integer.parseInt(code.group(1)))) {
        String ch = new String(Character.toChars(Integer.parseInt(code.group(1))));
        return Problem.of(ProblemCode.JSON_NON_ASCII_NUMBER, at, ch, ch);
      }
      if (detail.contains("Invalid UTF-8")) {
        return Problem.of(ProblemCode.INPUT_ENCODING, at, null, "invalid UTF-8 bytes");
      }
      return Problem.of(ProblemCode.JSON_SYNTAX, at, null, String.valueOf(detail));
    }
    return Problem.of(ProblemCode.JSON_SYNTAX, at, null, String.valueOf(detail));
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

  private static String typeName(Class<?> c) {
    if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      return "integer";
    }
    if (c == Boolean.class || c == boolean.class) {
      return "boolean";
    }
    if (c == String.class) {
      return "string";
    }
    if (java.util.Collection.class.isAssignableFrom(c)) {
      return "array";
    }
    if (Number.class.isAssignableFrom(c) || c.getSimpleName().equals("Points")) {
      return "number";
    }
    if (c.getSimpleName().endsWith("Document")) {
      return "object";
    }
    if (c.isEnum()) {
      return "one of " + java.util.Arrays.toString(c.getEnumConstants());
    }
    return c.getSimpleName();
  }

  /** The Chinese of a name {@link #typeName} gives; other names (a model type) as they are. */
  private static String typeNameZh(String en) {
    return switch (en) {
      case "integer" -> "整数";
      case "boolean" -> "是或否（true 或 false）";
      case "string" -> "文本";
      case "array" -> "数组";
      case "number" -> "数字";
      case "object" -> "对象";
      default -> en.startsWith("one of ") ? "以下之一：" + en.substring(7) : en;
    };
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
