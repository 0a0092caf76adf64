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
import java.time.format.DateTimeParseException;
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

  private static final LocalizedText OBJECT = ValueTexts.text("json.object");
  private static final LocalizedText ARRAY = ValueTexts.text("json.array");
  private static final LocalizedText STRING = ValueTexts.text("json.text");
  private static final LocalizedText WHOLE = ValueTexts.text("json.whole");
  private static final LocalizedText DATE = ValueTexts.text("json.date");
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
   * @param absentAsEmpty whether a missing record member is read as absent, as the read does
   */
  ShapeWalk(JsonMapper mapper, ReadLimits limits, ModelValidator validator,
      Severity unknownSeverity, BiFunction<String, String, List<Problem>> textCheck,
      boolean absentAsEmpty) {
    ObjectReader r = mapper.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.reader = absentAsEmpty
        ? r.without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES) : r;
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
    } else if (shape instanceof Shape.Counts c) {
      return counts(c, n, at);
    } else if (shape instanceof Shape.Choice c) {
      return choice(Arrays.stream(c.type().getEnumConstants())
          .map(k -> new EvidenceChoice(k, Labels.of(k))).toList(), n, at);
    } else if (shape instanceof Shape.Value v) {
      return value(v, n, at);
    } else if (shape instanceof Shape.Kind k) {
      return kind(k, n, at);
    } else if (shape instanceof Shape.Doc d) {
      return document(d.document(), n, at);
    } else if (shape instanceof Shape.Alone a) {
      return bindAlone(a.type(), n, at);
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

  /**
   * A document object by its class's public fields: each member present walked by its declared
   * type; unknown and missing members are left to the document's own binding.
   */
  private boolean document(Class<?> type, JsonNode n, String at) {
    if (!n.isObject()) {
      return wrongType(at, OBJECT);
    }
    boolean ok = true;
    for (String name : n.propertyNames()) {
      JsonNode child = n.get(name);
      java.lang.reflect.Field f = publicField(type, name);
      if (f == null || child.isNull()) {
        continue;
      }
      String ptr = at + "/" + JacksonProblems.escape(name);
      Shape member = DocumentShapes.member(f.getGenericType());
      ok &= member == null ? bindAlone(f.getType(), child, ptr) : walk(member, child, ptr);
    }
    return ok;
  }

  private static java.lang.reflect.Field publicField(Class<?> type, String name) {
    try {
      java.lang.reflect.Field f = type.getField(name);
      return java.lang.reflect.Modifier.isStatic(f.getModifiers()) ? null : f;
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  /**
   * Binds a part alone, reporting the model's refusal or the part's constraint violations. A
   * record of the model written as an object has each of its members walked first by the
   * component's type, so that each wrong member is reported; the record is bound whole only when
   * none is.
   */
  private boolean bindAlone(Class<?> type, JsonNode n, String at) {
    if (type.isRecord() && n.isObject()
        && type.getName().startsWith("io.github.ggw.standards.model.")) {
      boolean ok = true;
      for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
        JsonNode child = n.get(c.getName());
        if (child == null || child.isNull()) {
          continue;
        }
        String ptr = at + "/" + JacksonProblems.escape(c.getName());
        Shape member = DocumentShapes.member(c.getGenericType());
        ok &= member == null ? bindAlone(c.getType(), child, ptr) : walk(member, child, ptr);
      }
      if (!ok) {
        return false;
      }
    }
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
      // the names are what the member holds, in both languages
      return error(JacksonProblems.unknownEvidenceType(Location.pointer(at), type.stringValue()));
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

  private boolean counts(Shape.Counts c, JsonNode n, String at) {
    if (!n.isObject()) {
      return wrongType(at, OBJECT);
    }
    boolean ok = true;
    for (String name : n.propertyNames()) {
      String ptr = at + "/" + JacksonProblems.escape(name);
      for (Problem personal : PersonalDataScanner.check(name, ptr)) {
        add(personal);
        ok = false;
      }
      ok &= whole(c.each(), n.get(name), ptr);
    }
    return ok;
  }

  private boolean whole(Shape.Whole bounds, JsonNode n, String at) {
    if (!n.isNumber()) {
      return wrongType(at, WHOLE);
    }
    if (!n.isIntegralNumber()) {
      String v = n.asString();
      return error(invalid(at, v, ValueTexts.notWhole(v)));
    }
    if (!n.canConvertToInt()) {
      String v = n.asString();
      return error(invalid(at, v, ValueTexts.text("value.tooLarge", v)));
    }
    if (bounds != null && (n.longValue() < bounds.min() || n.longValue() > bounds.max())) {
      // the code Bean Validation gives the same mistake in a document that binds
      String v = n.asString();
      LocalizedText m = ValueTexts.text("value.range", bounds.min(), bounds.max(), v);
      return error(Problem.of(ProblemCode.CONSTRAINT_VIOLATED, Location.pointer(at), v,
          m.zh(), m.en()));
    }
    return true;
  }

  private boolean date(JsonNode n, String at) {
    if (!n.isString()) {
      return wrongType(at, DATE);
    }
    String v = n.stringValue();
    try {
      LocalDate.parse(v, FastDates.FORM);
      return true;
    } catch (DateTimeParseException e) {
      return error(invalid(at, v, ValueTexts.text("value.date", v)));
    }
  }

  private static Problem invalid(String at, String value, LocalizedText message) {
    return Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.pointer(at), value, message.en(),
        message.zh());
  }

  private boolean choice(List<EvidenceChoice> choices, JsonNode n, String at) {
    if (n.isString() && choices.stream().anyMatch(c -> c.code().equals(n.stringValue()))) {
      return true;
    }
    String v = n.isString() ? n.stringValue() : n.toString();
    return error(invalid(at, v, ValueTexts.text("value.notOneOf", v,
        ValueTexts.choices(choices))));
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
