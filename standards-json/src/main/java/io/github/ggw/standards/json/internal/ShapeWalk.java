package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.json.ModelValidator;
import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.evidence.EvidenceChoice;
import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.rules.check.PersonalDataScanner;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The slow path of a read: walks the parsed tree of a document that did not bind against its
 * {@link Shape} and collects every problem — missing members, members of the wrong JSON type,
 * values outside an enumeration (the allowed values listed: codes in English, labels in Chinese),
 * fractions where a whole number belongs, dates not written {@code YYYY-MM-DD}, unknown members
 * (an error in strict mode, a warning in lenient mode). An object whose members have no error is
 * bound alone and checked with Bean Validation and the reader's text check (personal data), so
 * that the parts that do bind report what the fast path would. At most {@link #CAP} problems are
 * kept, then one {@code PROBLEMS_TRUNCATED} with the count of the rest.
 *
 * <p>Problems carry JSON pointers only; line and column come later from the pointer. Only called
 * after binding failed: the fast path of a valid document never walks a tree. Not thread-safe:
 * one per read.
 */
public final class ShapeWalk {
  /** The most problems reported of one document. */
  public static final int CAP = 200;

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final LocalizedText OBJECT = LocalizedText.of("对象", "object");
  private static final LocalizedText ARRAY = LocalizedText.of("数组", "array");
  private static final LocalizedText STRING = LocalizedText.of("文本", "text");
  private static final LocalizedText NUMBER = LocalizedText.of("数字", "number");
  private static final LocalizedText WHOLE = LocalizedText.of("整数", "whole number");
  private static final LocalizedText DATE = LocalizedText.of("日期（YYYY-MM-DD）",
      "date (YYYY-MM-DD)");
  /** The shape of each evidence kind's members, from the registry. */
  private static final Map<String, Shape.Obj> KINDS = EvidenceKinds.all().stream()
      .collect(Collectors.toUnmodifiableMap(EvidenceKind::name, k -> new Shape.Obj(
          k.fields().stream().map(f -> new Shape.Member(f.name(), new Shape.Field(f),
              f.required())).toList(), io.github.ggw.standards.model.evidence.Evidence.class)));

  private final ObjectReader reader;
  private final ReadLimits limits;
  private final ModelValidator validator;
  private final Severity unknownSeverity;
  private final BiFunction<String, String, List<Problem>> textCheck;
  private final List<Problem> found = new ArrayList<>();
  private int dropped;

  /**
   * A walk.
   *
   * @param mapper the reader mapper, to bind the parts alone, not null
   * @param limits the limits in force, named in a limit's problem
   * @param validator the Bean Validation of the parts, not null
   * @param unknownSeverity the severity of an unknown member, not null
   * @param textCheck the problems of one free-text value at a pointer (such as personal numbers),
   *     not null
   */
  ShapeWalk(JsonMapper mapper, ReadLimits limits, ModelValidator validator,
      Severity unknownSeverity, BiFunction<String, String, List<Problem>> textCheck) {
    this.reader = mapper.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.limits = limits;
    this.validator = validator;
    this.unknownSeverity = unknownSeverity;
    this.textCheck = textCheck;
  }

  /**
   * Walks a document.
   *
   * @param shape the document's shape, not null
   * @param root the parsed document, not null
   * @return every problem found in document order, at most {@link #CAP} and then {@code
   *     PROBLEMS_TRUNCATED}
   */
  List<Problem> walk(Shape shape, JsonNode root) {
    walk(shape, root, "");
    List<Problem> out = new ArrayList<>(found);
    if (dropped > 0) {
      out.add(truncated(dropped));
    }
    return out;
  }

  /**
   * The problems, at most {@link #CAP} and then one {@code PROBLEMS_TRUNCATED} with the count of
   * the rest.
   *
   * @param problems the problems, not null
   * @return the list itself when within the cap
   */
  static List<Problem> cap(List<Problem> problems) {
    if (problems.size() <= CAP) {
      return problems;
    }
    List<Problem> out = new ArrayList<>(problems.subList(0, CAP));
    out.add(truncated(problems.size() - CAP));
    return out;
  }

  private static Problem truncated(int count) {
    return Problem.of(ProblemCode.PROBLEMS_TRUNCATED, Location.pointer(""), null,
        String.valueOf(count), String.valueOf(CAP));
  }

  /** Whether the node has the shape (no error found at or below it). */
  private boolean walk(Shape shape, JsonNode n, String at) {
    if (shape instanceof Shape.Obj o) {
      return object(o, n, at, Set.of());
    } else if (shape instanceof Shape.ListOf l) {
      return list(l, n, at);
    } else if (shape instanceof Shape.Evidence) {
      return evidence(n, at);
    } else if (shape instanceof Shape.Field f) {
      return field(f.field(), n, at);
    } else if (shape instanceof Shape.Whole w) {
      return whole(w, n, at);
    } else if (shape instanceof Shape.Choice c) {
      return choice(Arrays.stream(c.type().getEnumConstants())
          .map(k -> new EvidenceChoice(k, Labels.of(k))).toList(), n, at);
    } else if (shape instanceof Shape.Value v) {
      return value(v, n, at);
    } else if (shape instanceof Shape.Kind k) {
      return kind(k, n, at);
    }
    return version(n, at);
  }

  private boolean object(Shape.Obj o, JsonNode n, String at, Set<String> alsoKnown) {
    if (!n.isObject()) {
      return wrongType(at, OBJECT);
    }
    boolean ok = true;
    Map<String, Shape.Member> members = new LinkedHashMap<>();
    o.members().forEach(m -> members.put(m.name(), m));
    // present members in document order, then the missing ones in the descriptor's order
    for (String name : n.propertyNames()) {
      Shape.Member m = members.get(name);
      String ptr = at + "/" + JacksonProblems.escape(name);
      if (m == null) {
        if (!alsoKnown.contains(name)) {
          add(Problem.of(ProblemCode.JSON_UNKNOWN_PROPERTY, Location.pointer(ptr), name, name)
              .withSeverity(unknownSeverity));
          ok &= unknownSeverity != Severity.ERROR;
          // a member named with a personal number is an error in every mode, as on the fast path
          for (Problem personal : PersonalDataScanner.check(name, ptr)) {
            add(personal);
            ok = false;
          }
        }
      } else if (!n.get(name).isNull()) {
        ok &= walk(m.shape(), n.get(name), ptr);
      }
    }
    for (Shape.Member m : o.members()) {
      JsonNode child = n.get(m.name());
      if ((child == null || child.isNull()) && m.required()) {
        add(Problem.of(ProblemCode.JSON_MISSING_PROPERTY,
            Location.pointer(at + "/" + JacksonProblems.escape(m.name())), null, m.name()));
        ok = false;
      }
    }
    if (ok && o.bindAs() != null) {
      ok = bindAlone(o.bindAs(), n, at);
    }
    return ok;
  }

  /** Binds a part alone, reporting the model's refusal or the part's constraint violations. */
  private boolean bindAlone(Class<?> type, JsonNode n, String at) {
    Object value;
    try {
      value = reader.forType(type).readValue(n);
    } catch (JacksonException e) {
      Problem p = JacksonProblems.toProblem(e, limits);
      add(p.withLocation(Location.pointer(at + p.getLocation().getPointer().orElse(""))));
      return false;
    }
    if (value == null) {
      return true;
    }
    boolean ok = true;
    for (Problem p : validator.validate(value)) {
      add(p.withLocation(Location.pointer(at + p.getLocation().getPointer().orElse(""))));
      ok &= !p.isError();
    }
    return ok;
  }

  private boolean list(Shape.ListOf l, JsonNode n, String at) {
    if (!n.isArray()) {
      return wrongType(at, ARRAY);
    }
    boolean ok = true;
    for (int i = 0; i < n.size(); i++) {
      JsonNode e = n.get(i);
      String ptr = at + "/" + i;
      if (e.isNull()) {
        add(Problem.of(ProblemCode.JSON_MISSING_PROPERTY, Location.pointer(ptr), null,
            String.valueOf(i)));
        ok = false;
      } else {
        ok &= walk(l.element(), e, ptr);
      }
    }
    return ok;
  }

  private boolean evidence(JsonNode n, String at) {
    if (!n.isObject()) {
      return wrongType(at, OBJECT);
    }
    JsonNode type = n.get("type");
    if (type == null || type.isNull()) {
      // at the object, as the fast path reports a missing type id
      return error(Problem.of(ProblemCode.JSON_MISSING_PROPERTY, Location.pointer(at), null,
          "type"));
    }
    if (!type.isString()) {
      return wrongType(at + "/type", STRING);
    }
    Shape.Obj kind = KINDS.get(type.stringValue());
    if (kind == null) {
      String en = EvidenceKinds.all().stream().map(EvidenceKind::name)
          .collect(Collectors.joining(", "));
      // the names are what the member holds, in both languages
      return error(Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.pointer(at),
          type.stringValue(), "\"" + type.stringValue() + "\" is not an evidence type; one of "
              + en, "“" + type.stringValue() + "”不是佐证类型；可选：" + en.replace(", ", "、")));
    }
    return object(kind, n, at, Set.of("type"));
  }

  private boolean field(EvidenceField f, JsonNode n, String at) {
    return switch (f.type()) {
      case TEXT -> {
        if (!n.isString()) {
          yield wrongType(at, label(f));
        }
        if (f.freeText()) {
          textCheck.apply(at, n.stringValue()).forEach(this::add);
        }
        yield true;
      }
      case WHOLE_NUMBER -> whole(null, n, at);
      case DECIMAL, YUAN -> n.isNumber() || wrongType(at, label(f));
      case DATE -> date(n, at);
      case FLAG -> n.isBoolean() || wrongType(at, label(f));
      case ENUM -> choice(f.choices(), n, at);
      case SCALAR -> n.isString() || n.isNumber() || n.isBoolean() || wrongType(at, label(f));
    };
  }

  private static LocalizedText label(EvidenceField f) {
    return f.type().label();
  }

  private boolean whole(Shape.Whole bounds, JsonNode n, String at) {
    if (!n.isNumber()) {
      return wrongType(at, WHOLE);
    }
    if (!n.isIntegralNumber()) {
      String v = n.asString();
      return error(Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.pointer(at), v,
          "a whole number is expected, not the fraction " + v,
          "应为整数，不能是带小数的 " + v));
    }
    if (!n.canConvertToInt()) {
      String v = n.asString();
      return error(Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.pointer(at), v,
          "the whole number " + v + " is too large", "整数 " + v + " 过大"));
    }
    if (bounds != null && (n.longValue() < bounds.min() || n.longValue() > bounds.max())) {
      // the code Bean Validation gives the same mistake in a document that binds
      String v = n.asString();
      return error(Problem.of(ProblemCode.CONSTRAINT_VIOLATED, Location.pointer(at), v,
          "应为 " + bounds.min() + " 到 " + bounds.max() + " 之间的整数，实为 " + v,
          "must be a whole number from " + bounds.min() + " to " + bounds.max() + ", not " + v));
    }
    return true;
  }

  private boolean date(JsonNode n, String at) {
    if (!n.isString()) {
      return wrongType(at, DATE);
    }
    String v = n.stringValue();
    try {
      LocalDate.parse(v, ISO_DATE);
      return true;
    } catch (DateTimeParseException e) {
      return error(Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.pointer(at), v,
          "\"" + v + "\" is not a date in the format YYYY-MM-DD (such as 2024-03-18)",
          "“" + v + "”不是 YYYY-MM-DD 格式的日期（例如 2024-03-18）"));
    }
  }

  private boolean choice(List<EvidenceChoice> choices, JsonNode n, String at) {
    if (n.isString() && choices.stream().anyMatch(c -> c.code().equals(n.stringValue()))) {
      return true;
    }
    String v = n.isString() ? n.stringValue() : n.toString();
    String en = choices.stream().map(EvidenceChoice::code).collect(Collectors.joining(", "));
    String zh = choices.stream().map(c -> c.label().zh()).collect(Collectors.joining("、"));
    return error(Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.pointer(at), v,
        "\"" + v + "\" is not one of " + en, "“" + v + "”不是可选值；可选：" + zh));
  }

  private boolean value(Shape.Value v, JsonNode n, String at) {
    boolean fits = v.json().equals("string") ? n.isString() : n.isNumber();
    if (!fits) {
      return wrongType(at, v.expected());
    }
    if (v.type() == String.class) {
      textCheck.apply(at, n.stringValue()).forEach(this::add);
      return true;
    }
    return bindAlone(v.type(), n, at);
  }

  private boolean kind(Shape.Kind k, JsonNode n, String at) {
    if (!n.isString()) {
      return wrongType(at, STRING);
    }
    if (!k.expected().equals(n.stringValue())) {
      return error(Problem.of(ProblemCode.JSON_WRONG_KIND, Location.pointer(at),
          n.stringValue(), n.stringValue(), k.expected()));
    }
    return true;
  }

  private boolean version(JsonNode n, String at) {
    if (!n.isIntegralNumber()) {
      return wrongType(at, WHOLE);
    }
    if (!n.canConvertToInt() || n.intValue() != Formats.VERSION) {
      return error(Problem.of(ProblemCode.JSON_UNSUPPORTED_FORMAT_VERSION, Location.pointer(at),
          n.asString(), n.asString(), String.valueOf(Formats.VERSION)));
    }
    return true;
  }

  private boolean wrongType(String at, LocalizedText expected) {
    return error(Problem.of(ProblemCode.JSON_WRONG_TYPE, Location.pointer(at), null,
        expected.en(), expected.zh()));
  }

  private boolean error(Problem p) {
    add(p);
    return false;
  }

  private void add(Problem p) {
    if (found.size() < CAP) {
      found.add(p);
    } else {
      dropped++;
    }
  }
}
