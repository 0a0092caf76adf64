package io.github.ggw.standards.rules.measure;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableMap;
import com.google.common.util.concurrent.UncheckedExecutionException;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceFieldType;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.evidence.EvidenceUnit;
import io.github.ggw.standards.model.problem.ClosestNames;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.EvidenceFilter;
import io.github.ggw.standards.model.rule.EvidenceQuery;
import io.github.ggw.standards.model.rule.FilterOperator;
import io.github.ggw.standards.model.rule.QueryAggregate;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.rules.internal.Accessors;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The engine of filtered measures (筛选度量引擎): an {@link EvidenceQuery} checked against the
 * evidence-kind registry ({@link EvidenceKinds}) and compiled once, then evaluated over the
 * evidence of an assessment. The built-in measures of {@link MeasureRegistry#builtIn()} run on
 * the same engine.
 *
 * <p>Semantics (docs/measures.md, "Filtered measures"): the records of the query's kind that pass
 * every filter are selected; {@code count} is their number, {@code sum} the sum of the numeric
 * field {@code of}, {@code distinct} the number of different values of the field {@code of}.
 * Numbers compare by value, dates by the calendar ({@code atLeast} is on or after), ordered
 * enumerations (level, award) by their order, flags, text and other enumerations by equality.
 * {@code withinYear} (default true) keeps a dated kind's records to the assessment year; a
 * standing kind's records always count. The value is exact and {@code >= 0}; its type is {@link
 * MeasureType#COUNT} for a count or distinct and for the sum of a whole-number field, {@link
 * MeasureType#YUAN} for a sum of yuan and {@link MeasureType#HOURS} for a sum of a decimal field
 * (the registry's one decimal field is a training's hours).
 *
 * <p>Field values are read through the record components' accessors, bound once per kind and
 * field into plain functions when this class loads; a query's operands are parsed once, when it
 * is compiled, and its aggregate is chosen once per evaluation, not per record (a sum of a
 * whole-number field is added up as a {@code long}). Evidence is read only through {@link
 * EvidenceInYear#list(Class)}, {@link EvidenceInYear#anyYear()} and {@link
 * EvidenceInYear#year()}. Immutable and thread-safe.
 */
public final class FilteredMeasure {
  /** The most names a "did you mean" hint offers. */
  private static final int HINTS = 3;
  /** What a hint says when no name is close: a dash, the same in both languages. */
  private static final String NONE = "–";
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Set<FilterOperator> EQUALITY =
      EnumSet.of(FilterOperator.EQUALS, FilterOperator.ONE_OF);
  private static final Map<Class<?>, Map<String, Function<Object, Object>>> ACCESSORS =
      accessors();
  private static final LoadingCache<EvidenceQuery, FilteredMeasure> COMPILED =
      CacheBuilder.newBuilder().maximumSize(4096)
          .build(CacheLoader.from(FilteredMeasure::compileChecked));

  private final EvidenceQuery query;
  private final EvidenceKind kind;
  private final Class<? extends Evidence> recordClass;
  /** The slot of {@link #recordClass} in the evidence index ({@link EvidenceInYear#slotOf}). */
  private final int slot;
  private final List<Predicate<Evidence>> filters;
  private final Function<Object, Object> of;
  private final EvidenceField ofField;
  /** Whether {@code of} reads a whole-number component ({@code int}): summed as a long. */
  private final boolean ofWhole;
  /**
   * The enum type of the {@code of} field's component when it has at most 64 constants (a
   * distinct count keeps them as bits), else null.
   */
  private final Class<?> ofChoices;
  private final Function<Object, Object> date;
  /** The filters as an array, for a loop without an iterator. */
  private final Predicate<Evidence>[] filterArray;
  private final QueryAggregate aggregate;
  private final boolean onlyTheYear;
  private final MeasureType type;
  private final LocalizedText unit;
  private final LocalizedText label;

  private FilteredMeasure(EvidenceQuery query) {
    this.query = query;
    this.kind = EvidenceKinds.byName(query.kind()).orElseThrow();
    this.recordClass = kind.recordClass();
    this.slot = EvidenceInYear.slotOf(recordClass);
    Map<String, Function<Object, Object>> fields = ACCESSORS.get(recordClass);
    List<Predicate<Evidence>> list = new ArrayList<>();
    for (EvidenceFilter f : query.where()) {
      EvidenceField field = kind.field(f.field()).orElseThrow();
      list.add(predicate(field, fields.get(field.name()), f));
    }
    this.filters = List.copyOf(list);
    this.ofField = query.of().flatMap(kind::field).orElse(null);
    this.of = ofField == null ? null : fields.get(ofField.name());
    Class<?> ofType = ofField == null ? null : componentType(recordClass, ofField.name());
    this.ofWhole = ofType == int.class || ofType == Integer.class;
    this.ofChoices = ofType != null && ofType.isEnum()
        && ofType.getEnumConstants().length <= Long.SIZE ? ofType : null;
    @SuppressWarnings("unchecked")
    Predicate<Evidence>[] array = filters.toArray(new Predicate[0]);
    this.filterArray = array;
    this.aggregate = query.aggregate();
    this.date = kind.dateField().map(fields::get).orElse(null);
    this.onlyTheYear = query.withinYear().orElse(true);
    this.type = typeOf(query.aggregate(), ofField);
    this.unit = unitOf(query.aggregate(), ofField);
    this.label = labelOf(query, kind);
  }

  /**
   * The compiled measure of a query, from a cache shared by all callers.
   *
   * @param query the query, not null; it must pass {@link #check(EvidenceQuery, CriterionCode)}
   * @return the compiled measure, never null
   * @throws IllegalArgumentException if the query has findings (an unknown kind or field, an
   *     operator or value that does not fit, a wrong {@code of})
   */
  public static FilteredMeasure of(EvidenceQuery query) {
    Objects.requireNonNull(query, "query");
    try {
      return COMPILED.getUnchecked(query);
    } catch (UncheckedExecutionException e) {
      if (e.getCause() instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw e;
    }
  }

  private static FilteredMeasure compileChecked(EvidenceQuery query) {
    List<Problem> findings = check(query, null);
    if (!findings.isEmpty()) {
      throw new IllegalArgumentException("the filtered measure " + query.measureName()
          + " has findings: " + findings.stream().map(p -> p.getCode().name())
              .collect(Collectors.joining(", ")));
    }
    return new FilteredMeasure(query);
  }

  /**
   * Checks a query against the evidence-kind registry: the kind exists; every field of {@code
   * where} and {@code of} is one of the kind's; each operator fits its field's type; each value
   * is of that type (an enumeration's constant by its name); {@code of} is given to {@code sum}
   * (a number field) and {@code distinct}, and not to {@code count}. Every finding is reported;
   * those of an unknown kind stop the rest.
   *
   * @param query the query, not null
   * @param item the code of the item whose rule reads it, where the findings are placed; null
   *     for findings without an item (then placed nowhere in particular)
   * @return the findings ({@link ProblemCode#STANDARD_FILTER_KIND}, {@code _FIELD}, {@code
   *     _OPERATOR}, {@code _VALUE}, {@code _OF}), empty when the query is sound
   */
  public static List<Problem> check(EvidenceQuery query, CriterionCode item) {
    Objects.requireNonNull(query, "query");
    Location at = item == null ? Location.unknown() : Location.criterion(item);
    String code = item == null ? NONE : item.toString();
    List<Problem> out = new ArrayList<>();
    Optional<EvidenceKind> found = EvidenceKinds.byName(query.kind());
    if (found.isEmpty()) {
      out.add(Problem.of(ProblemCode.STANDARD_FILTER_KIND, at, query.kind(), code, query.kind(),
          hint(ClosestNames.closest(query.kind(), EvidenceKinds.names(), HINTS)),
          String.join(", ", EvidenceKinds.names())));
      return out;
    }
    EvidenceKind kind = found.get();
    List<String> fieldNames = kind.fields().stream().map(EvidenceField::name).toList();
    for (EvidenceFilter f : query.where()) {
      Optional<EvidenceField> field = kind.field(f.field());
      if (field.isEmpty()) {
        out.add(unknownField(at, code, kind, f.field(), fieldNames));
        continue;
      }
      String where = kind.name() + "." + field.get().name();
      Set<FilterOperator> fit = operators(field.get());
      if (!fit.contains(f.operator())) {
        out.add(Problem.of(ProblemCode.STANDARD_FILTER_OPERATOR, at, f.operator().writtenName(),
            code, where, typeName(field.get()), f.operator().writtenName(),
            fit.stream().map(FilterOperator::writtenName).collect(Collectors.joining(", ")),
            typeLabelZh(field.get())));
        continue;
      }
      for (String v : f.values()) {
        if (operand(field.get(), v).isEmpty()) {
          List<String> choices = field.get().choices().stream().map(c -> c.code()).toList();
          out.add(Problem.of(ProblemCode.STANDARD_FILTER_VALUE, at, v, code, where, v,
              typeName(field.get()), expected(field.get()),
              hint(ClosestNames.closest(v, choices, HINTS)), typeLabelZh(field.get()),
              expectedZh(field.get())));
        }
      }
    }
    String measure = query.aggregate().writtenName() + " " + kind.name();
    if (query.of().isEmpty()) {
      if (query.aggregate().needsField()) {
        out.add(Problem.of(ProblemCode.STANDARD_FILTER_OF, at, null, code, measure, NONE,
            ofChoices(query.aggregate(), kind)));
      }
    } else {
      String ofName = query.of().get();
      Optional<EvidenceField> field = kind.field(ofName);
      if (!query.aggregate().needsField()) {
        out.add(Problem.of(ProblemCode.STANDARD_FILTER_OF, at, ofName, code, measure, ofName,
            NONE));
      } else if (field.isEmpty()) {
        out.add(unknownField(at, code, kind, ofName, fieldNames));
      } else if (query.aggregate() == QueryAggregate.SUM && !field.get().type().isNumeric()) {
        out.add(Problem.of(ProblemCode.STANDARD_FILTER_OF, at, ofName, code, measure, ofName,
            ofChoices(query.aggregate(), kind)));
      }
    }
    return out;
  }

  private static Problem unknownField(Location at, String code, EvidenceKind kind, String name,
      List<String> fieldNames) {
    return Problem.of(ProblemCode.STANDARD_FILTER_FIELD, at, name, code, kind.name(), name,
        hint(ClosestNames.closest(name, fieldNames, HINTS)), String.join(", ", fieldNames));
  }

  /** The fields {@code of} may name: number fields for a sum, every field for distinct. */
  private static String ofChoices(QueryAggregate aggregate, EvidenceKind kind) {
    List<String> names = kind.fields().stream()
        .filter(f -> aggregate != QueryAggregate.SUM || f.type().isNumeric())
        .map(EvidenceField::name).toList();
    return names.isEmpty() ? NONE : String.join(", ", names);
  }

  /**
   * The operators that fit a field: all four for numbers, dates and ordered enumerations; {@code
   * equals} for a flag; {@code equals} and {@code oneOf} for text and other enumerations.
   *
   * @param field the field, not null
   * @return the operators, in declaration order, never empty
   */
  public static Set<FilterOperator> operators(EvidenceField field) {
    EvidenceFieldType t = field.type();
    if (t.isNumeric() || t == EvidenceFieldType.DATE || field.ordered()) {
      return EnumSet.allOf(FilterOperator.class);
    }
    if (t == EvidenceFieldType.FLAG) {
      return EnumSet.of(FilterOperator.EQUALS);
    }
    return EQUALITY;
  }

  private static String typeName(EvidenceField field) {
    return field.type() == EvidenceFieldType.ENUM
        ? (field.ordered() ? "ENUM (ordered)" : "ENUM") : field.type().name();
  }

  /** What a value of a field is written as, for messages. */
  /** The field's type in Chinese words, for the zh message ({@code {5}} or {@code {6}}). */
  private static String typeLabelZh(EvidenceField field) {
    String label = field.type().label().zh();
    return field.type() == EvidenceFieldType.ENUM && field.ordered() ? "有序" + label : label;
  }

  /** What a value of the field looks like, in Chinese words, for the zh message. */
  private static String expectedZh(EvidenceField field) {
    return switch (field.type()) {
      case WHOLE_NUMBER -> "整数，如 0、1、2";
      case DECIMAL, YUAN -> "数值，如 1.5、1200";
      case DATE -> "日期 YYYY-MM-DD";
      case FLAG -> "“true”或“false”";
      case ENUM -> field.choices().stream()
          .map(c -> "“" + c.constant().name() + "”（" + c.label().zh() + "）")
          .collect(Collectors.joining("、"));
      case TEXT, SCALAR -> "文本";
    };
  }

  private static String expected(EvidenceField field) {
    return switch (field.type()) {
      case WHOLE_NUMBER -> "0, 1, 2 …";
      case DECIMAL, YUAN -> "1.5, 1200 …";
      case DATE -> "YYYY-MM-DD";
      case FLAG -> "true, false";
      case ENUM -> field.choices().stream().map(c -> c.code()).collect(Collectors.joining(", "));
      case TEXT, SCALAR -> "text";
    };
  }

  /**
   * A written value as the comparable value of a field: a {@code BigDecimal} for numbers, a
   * {@code LocalDate}, a {@code Boolean}, an enumeration constant, or the text itself.
   */
  private static Optional<Object> operand(EvidenceField field, String v) {
    String s = v.strip();
    switch (field.type()) {
      case WHOLE_NUMBER:
        return WHOLE.matcher(s).matches() ? Optional.of(new BigDecimal(s)) : Optional.empty();
      case DECIMAL:
      case YUAN:
        return DECIMAL.matcher(s).matches() ? Optional.of(new BigDecimal(s)) : Optional.empty();
      case DATE:
        try {
          return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
          return Optional.empty();
        }
      case FLAG:
        return "true".equals(s) ? Optional.of(Boolean.TRUE)
            : "false".equals(s) ? Optional.of(Boolean.FALSE) : Optional.empty();
      case ENUM:
        return field.choice(s).map(c -> (Object) c.constant());
      default:
        return Optional.of(v);
    }
  }

  /** The type of a record's component of this name, or null when it has none. */
  private static Class<?> componentType(Class<?> type, String name) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c.getType();
      }
    }
    return null;
  }

  /** A record's value of a field, made comparable as {@link #operand} makes a written one. */
  private static Object value(Function<Object, Object> accessor, Evidence e) {
    Object v = accessor.apply(e);
    if (v instanceof Integer i) {
      return BigDecimal.valueOf(i);
    }
    if (v instanceof Long l) {
      return BigDecimal.valueOf(l);
    }
    if (v instanceof BigDecimal || v instanceof LocalDate || v instanceof Boolean
        || v instanceof Enum<?> || v instanceof String || v == null) {
      return v;
    }
    return v.toString();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    if (a instanceof Enum<?> x && b instanceof Enum<?> y) {
      return Integer.compare(x.ordinal(), y.ordinal());
    }
    return ((Comparable) a).compareTo(b);
  }

  /**
   * The test of one filter: {@link #general} for every value, or where the operands allow it a
   * test of the component's own type ({@link #typed}) that gives the same answer and leaves any
   * other value to the general test.
   */
  private static Predicate<Evidence> predicate(EvidenceField field,
      Function<Object, Object> accessor,
      EvidenceFilter f) {
    List<Object> operands = f.values().stream().map(v -> operand(field, v).orElseThrow())
        .toList();
    Predicate<Evidence> general = general(accessor, f.operator(), operands);
    Predicate<Evidence> typed = typed(accessor, f.operator(), operands, general);
    return typed != null ? typed : general;
  }

  /**
   * The test of one filter on any value: equality by {@link #same}, order by {@link #compare}
   * over the values as {@link #value} reads them (a missing value is never selected by an
   * order).
   */
  private static Predicate<Evidence> general(Function<Object, Object> accessor,
      FilterOperator operator, List<Object> operands) {
    Object first = operands.get(0);
    return switch (operator) {
      case EQUALS -> e -> same(value(accessor, e), first);
      case ONE_OF -> e -> {
        Object v = value(accessor, e);
        for (Object o : operands) {
          if (same(v, o)) {
            return true;
          }
        }
        return false;
      };
      case AT_LEAST -> e -> {
        Object v = value(accessor, e);
        return v != null && compare(v, first) >= 0;
      };
      case AT_MOST -> e -> {
        Object v = value(accessor, e);
        return v != null && compare(v, first) <= 0;
      };
    };
  }

  /**
   * The test of one filter on the component's own type, without reading it as a {@link
   * BigDecimal} or going through the operands' {@code equals}: choices (enum constants) by their
   * ordinal, flags as booleans, whole numbers ({@code int} components) against operands that
   * fit a {@code long}. Each gives what {@link #general} gives for a value of that type, and
   * hands any other value to it.
   *
   * @return the test, or null where the operands are of no such type
   */
  private static Predicate<Evidence> typed(Function<Object, Object> accessor,
      FilterOperator operator, List<Object> operands, Predicate<Evidence> general) {
    Object first = operands.get(0);
    if (first instanceof Enum<?> head) {
      Class<?> type = head.getDeclaringClass();
      if (operator == FilterOperator.AT_LEAST || operator == FilterOperator.AT_MOST) {
        // (compare reads any two constants by their ordinals)
        int bound = head.ordinal();
        boolean atLeast = operator == FilterOperator.AT_LEAST;
        return e -> accessor.apply(e) instanceof Enum<?> x
            ? (atLeast ? x.ordinal() >= bound : x.ordinal() <= bound) : general.test(e);
      }
      // equality of constants is identity: a constant of the operands' type is one of them
      // exactly when its ordinal is one of theirs
      boolean[] chosen = new boolean[type.getEnumConstants().length];
      for (Object o : operands) {
        if (!(o instanceof Enum<?> c) || c.getDeclaringClass() != type) {
          return null;
        }
        chosen[c.ordinal()] = true;
      }
      return e -> accessor.apply(e) instanceof Enum<?> x && x.getDeclaringClass() == type
          ? chosen[x.ordinal()] : general.test(e);
    }
    if (first instanceof Boolean flag && operator == FilterOperator.EQUALS) {
      boolean wanted = flag;
      return e -> accessor.apply(e) instanceof Boolean b ? b == wanted : general.test(e);
    }
    if (first instanceof BigDecimal) {
      // a whole number read from an int component is compared as the long it is, against
      // whole operands that fit a long (BigDecimal.compareTo orders by value, as long order does)
      long[] bounds = new long[operands.size()];
      for (int k = 0; k < bounds.length; k++) {
        if (!(operands.get(k) instanceof BigDecimal d) || !fitsLong(d)) {
          return null;
        }
        bounds[k] = d.longValueExact();
      }
      long bound = bounds[0];
      return switch (operator) {
        case EQUALS -> e -> accessor.apply(e) instanceof Integer i ? i == bound : general.test(e);
        case ONE_OF -> e -> {
          if (!(accessor.apply(e) instanceof Integer i)) {
            return general.test(e);
          }
          for (long b : bounds) {
            if (i == b) {
              return true;
            }
          }
          return false;
        };
        case AT_LEAST -> e -> accessor.apply(e) instanceof Integer i ? i >= bound
            : general.test(e);
        case AT_MOST -> e -> accessor.apply(e) instanceof Integer i ? i <= bound
            : general.test(e);
      };
    }
    return null;
  }

  /** Whether a number is whole and within a long's range. */
  private static boolean fitsLong(BigDecimal d) {
    // (zero strips to 0 of scale 0: one digit)
    BigDecimal whole = d.stripTrailingZeros();
    return whole.scale() <= 0 && whole.precision() - whole.scale() <= 18;
  }

  /** Equality of values: numbers by value (1.5 equals 1.50), everything else by equals. */
  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  private static MeasureType typeOf(QueryAggregate aggregate, EvidenceField of) {
    if (aggregate != QueryAggregate.SUM) {
      return MeasureType.COUNT;
    }
    return switch (of.type()) {
      case YUAN -> MeasureType.YUAN;
      case DECIMAL -> MeasureType.HOURS;
      default -> MeasureType.COUNT;
    };
  }

  private static LocalizedText unitOf(QueryAggregate aggregate, EvidenceField of) {
    if (aggregate == QueryAggregate.SUM) {
      return of.unit().map(EvidenceUnit::label).orElse(EvidenceUnit.ITEM.label());
    }
    return EvidenceUnit.ITEM.label();
  }

  private static LocalizedText labelOf(EvidenceQuery q, EvidenceKind kind) {
    LocalizedText k = kind.label();
    Optional<LocalizedText> field = q.of().flatMap(kind::field).map(EvidenceField::label);
    String zh = switch (q.aggregate()) {
      case COUNT -> k.zh() + "：计数";
      case SUM -> k.zh() + "：" + field.map(LocalizedText::zh).orElse("") + "合计";
      case DISTINCT -> k.zh() + "：" + field.map(LocalizedText::zh).orElse("") + "种数";
    };
    String en = switch (q.aggregate()) {
      case COUNT -> k.en() + ": count";
      case SUM -> k.en() + ": sum of " + field.map(LocalizedText::en).orElse("");
      case DISTINCT -> k.en() + ": different " + field.map(LocalizedText::en).orElse("");
    };
    List<String> parts = new ArrayList<>();
    for (EvidenceFilter f : q.where()) {
      String symbol = switch (f.operator()) {
        case EQUALS -> " = ";
        case ONE_OF -> " ∈ ";
        case AT_LEAST -> " ≥ ";
        case AT_MOST -> " ≤ ";
      };
      parts.add(f.field() + symbol + String.join(", ", f.values()));
    }
    boolean anyYear = kind.dated() && !q.withinYear().orElse(true);
    if (parts.isEmpty() && !anyYear) {
      return LocalizedText.of(zh, en);
    }
    String joined = String.join("; ", parts);
    String zhParts = joined + (anyYear ? (parts.isEmpty() ? "" : "; ") + "不限年度" : "");
    String enParts = joined + (anyYear ? (parts.isEmpty() ? "" : "; ") + "any year" : "");
    return LocalizedText.of(zh + "（" + zhParts + "）", en + " (" + enParts + ")");
  }

  /**
   * The query this measure was compiled from.
   *
   * @return the query, never null
   */
  public EvidenceQuery query() {
    return query;
  }

  /**
   * The value type.
   *
   * @return {@link MeasureType#COUNT}, {@link MeasureType#YUAN} or {@link MeasureType#HOURS};
   *     never {@link MeasureType#FLAG}
   */
  public MeasureType type() {
    return type;
  }

  /**
   * The unit of the value: the summed field's unit (yuan, hours, persons…), else items.
   *
   * @return the unit in zh-CN and en, never null
   */
  public LocalizedText unit() {
    return unit;
  }

  /**
   * What the measure counts, for reports: the kind's label, the aggregate and the filters, such
   * as 主题活动：计数（level ≥ CITY） / Themed activities: count (level ≥ CITY).
   *
   * @return the label in zh-CN and en, never null
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * The evidence kind read.
   *
   * @return the kind, never null
   */
  public EvidenceKind kind() {
    return kind;
  }

  /**
   * Evaluates the measure.
   *
   * @param evidence the evidence of the assessment, not null: the assessment year's view or the
   *     view of every year (either gives the same value, since {@code withinYear} decides)
   * @return the value, exact, {@code >= 0} for the registry's fields
   */
  public BigDecimal apply(EvidenceInYear evidence) {
    List<? extends Evidence> records = date == null || onlyTheYear
        ? evidence.slice(slot, recordClass) : evidence.anyYear().slice(slot, recordClass);
    int year = evidence.year();
    // the year's view holds only the records of the year, placed by Evidence.dated(), which is
    // the kind's date field: each record's date is read again only from the view of every year
    boolean byDate = date != null && onlyTheYear && !evidence.holdsOnlyTheYear();
    int n = records.size();
    // the aggregate is chosen once per call, not per record
    switch (aggregate) {
      case COUNT: {
        long count = 0;
        for (int i = 0; i < n; i++) {
          if (selected(records.get(i), year, byDate)) {
            count++;
          }
        }
        return BigDecimal.valueOf(count);
      }
      case SUM: {
        if (ofWhole) {
          // whole numbers (int components) summed exactly as a long: the same value, and the
          // same scale 0, as the sum of their BigDecimals from BigDecimal.ZERO
          long sum = 0;
          for (int i = 0; i < n; i++) {
            Evidence e = records.get(i);
            if (selected(e, year, byDate)) {
              sum += (Integer) of.apply(e);
            }
          }
          return BigDecimal.valueOf(sum);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
          Evidence e = records.get(i);
          if (selected(e, year, byDate)) {
            sum = sum.add((BigDecimal) value(of, e));
          }
        }
        return sum;
      }
      case DISTINCT: {
        // the constants of the field's choices by their ordinals in one word (a constant equals
        // only itself), every other value in a set (made when one comes)
        long constants = 0;
        Set<Object> seen = null;
        for (int i = 0; i < n; i++) {
          Evidence e = records.get(i);
          if (selected(e, year, byDate)) {
            Object v = value(of, e);
            if (v instanceof Enum<?> c && c.getDeclaringClass() == ofChoices) {
              constants |= 1L << c.ordinal();
            } else {
              if (seen == null) {
                seen = new HashSet<>();
              }
              seen.add(v instanceof BigDecimal b ? b.stripTrailingZeros() : v);
            }
          }
        }
        return BigDecimal.valueOf(Long.bitCount(constants) + (seen == null ? 0 : seen.size()));
      }
      default:
        throw new AssertionError(aggregate);
    }
  }

  /**
   * Whether a record of the kind counts: in the assessment year, by its own date, when {@code
   * byDate} (the query counts only the year and the record came from the view of every year),
   * and through every filter.
   */
  private boolean selected(Evidence e, int year, boolean byDate) {
    if (byDate && ((LocalDate) date.apply(e)).getYear() != year) {
      return false;
    }
    for (Predicate<Evidence> p : filterArray) {
      if (!p.test(e)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "FilteredMeasure[" + query.measureName() + "]";
  }

  // ---- accessors, resolved once

  private static Map<Class<?>, Map<String, Function<Object, Object>>> accessors() {
    ImmutableMap.Builder<Class<?>, Map<String, Function<Object, Object>>> out =
        ImmutableMap.builder();
    for (EvidenceKind k : EvidenceKinds.all()) {
      ImmutableMap.Builder<String, Function<Object, Object>> fields = ImmutableMap.builder();
      RecordComponent[] components = k.recordClass().getRecordComponents();
      Function<Object, Object>[] readers = Accessors.of(k.recordClass());
      for (int i = 0; i < components.length; i++) {
        if (k.field(components[i].getName()).isEmpty()) {
          continue;
        }
        fields.put(components[i].getName(), readers[i]);
      }
      out.put(k.recordClass(), fields.buildOrThrow());
    }
    return out.buildOrThrow();
  }

  private static String hint(List<String> names) {
    return names.isEmpty() ? NONE : String.join(", ", names);
  }
}
