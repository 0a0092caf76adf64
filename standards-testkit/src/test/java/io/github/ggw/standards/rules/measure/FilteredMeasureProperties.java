package io.github.ggw.standards.rules.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.EvidenceChoice;
import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceFieldType;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.rule.EvidenceFilter;
import io.github.ggw.standards.model.rule.EvidenceQuery;
import io.github.ggw.standards.model.rule.FilterOperator;
import io.github.ggw.standards.model.rule.QueryAggregate;
import io.github.ggw.standards.testkit.Generators;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A filtered measure ({@link FilteredMeasure#apply}) gives exactly what a straightforward reading
 * of its query gives ({@link #reference}, kept here: each record of the kind read through
 * reflection, its date checked when the query counts only the year, every filter tested on the
 * values as numbers, dates, flags, constants by their order or texts, then counted, summed or its
 * different values counted), value and scale, from the view of the year and from the view of
 * every year. Over generated queries of every kind, on every field, with every operator the
 * field takes (operands taken from the records or drawn: whole numbers beyond a {@code long},
 * negative ones, decimals with trailing zeros, several values for one-of), and generated
 * evidence of the assessment year and the year before.
 */
class FilteredMeasureProperties {
  private static final int YEAR = Generators.YEAR;

  /** A query and the evidence it is evaluated over. */
  record Case(EvidenceQuery query, List<Evidence> evidence) {}

  @Test
  void everyQueryGivesWhatAStraightforwardReadingOfItGives() {
    qt().withExamples(3000).forAll(cases()).checkAssert(c -> {
      assertThat(FilteredMeasure.check(c.query(), null)).as("findings of %s", c.query())
          .isEmpty();
      BigDecimal want = reference(c.query(), YEAR, c.evidence());
      EvidenceInYear year = EvidenceInYear.of(YEAR, c.evidence());
      FilteredMeasure m = FilteredMeasure.of(c.query());
      assertThat(m.apply(year)).as("%s from the year's view", c.query()).isEqualTo(want);
      assertThat(m.apply(year.anyYear())).as("%s from every year's view", c.query())
          .isEqualTo(want);
    });
  }

  /** The cases reach every kind, operator and aggregate (so the property above says something). */
  @Test
  void theCasesReachEveryKindOperatorAndAggregate() {
    Set<String> kinds = new HashSet<>();
    Set<FilterOperator> operators = new HashSet<>();
    Set<QueryAggregate> aggregates = new HashSet<>();
    Set<EvidenceFieldType> types = new HashSet<>();
    int nonZero = 0;
    // the cases the property draws, recorded as it draws them
    List<Case> seen = new ArrayList<>();
    qt().withExamples(3000).forAll(cases()).checkAssert(seen::add);
    for (Case c : seen) {
      kinds.add(c.query().kind());
      aggregates.add(c.query().aggregate());
      EvidenceKind kind = EvidenceKinds.byName(c.query().kind()).orElseThrow();
      for (EvidenceFilter f : c.query().where()) {
        operators.add(f.operator());
        types.add(kind.field(f.field()).orElseThrow().type());
      }
      if (reference(c.query(), YEAR, c.evidence()).signum() != 0) {
        nonZero++;
      }
    }
    assertThat(kinds).containsAll(EvidenceKinds.names());
    assertThat(operators).containsExactlyInAnyOrder(FilterOperator.values());
    assertThat(aggregates).containsExactlyInAnyOrder(QueryAggregate.values());
    assertThat(types).contains(EvidenceFieldType.ENUM, EvidenceFieldType.WHOLE_NUMBER,
        EvidenceFieldType.DECIMAL, EvidenceFieldType.DATE, EvidenceFieldType.FLAG,
        EvidenceFieldType.TEXT);
    // most queries find something: the operands come mostly from the records
    assertThat(nonZero).isGreaterThan(seen.size() / 3);
  }

  private static Gen<Case> cases() {
    Gen<List<Evidence>> thisYear = Generators.evidenceSets(YEAR, 25);
    Gen<List<Evidence>> yearBefore = Generators.evidenceSets(YEAR - 1, 6);
    List<EvidenceKind> all = EvidenceKinds.all();
    return in -> {
      List<Evidence> evidence = new ArrayList<>(thisYear.generate(in));
      evidence.addAll(yearBefore.generate(in));
      SplittableRandom r = new SplittableRandom(Generators.between(in, 0, Integer.MAX_VALUE));
      EvidenceKind kind = all.get(r.nextInt(all.size()));
      List<Evidence> ofKind = evidence.stream().filter(kind.recordClass()::isInstance).toList();
      List<EvidenceFilter> where = new ArrayList<>();
      int filters = r.nextInt(4);
      for (int k = 0; k < filters; k++) {
        EvidenceField field = kind.fields().get(r.nextInt(kind.fields().size()));
        List<FilterOperator> fit = List.copyOf(FilteredMeasure.operators(field));
        FilterOperator op = fit.get(r.nextInt(fit.size()));
        int n = op.takesList() ? 1 + r.nextInt(3) : 1;
        List<String> values = new ArrayList<>();
        for (int v = 0; v < n; v++) {
          values.add(operand(field, ofKind, r));
        }
        where.add(new EvidenceFilter(field.name(), op, values));
      }
      List<EvidenceField> numeric = kind.fields().stream().filter(f -> f.type().isNumeric())
          .toList();
      QueryAggregate aggregate = QueryAggregate.values()[r.nextInt(QueryAggregate.values().length)];
      Optional<String> of = Optional.empty();
      if (aggregate == QueryAggregate.SUM && numeric.isEmpty()) {
        aggregate = QueryAggregate.COUNT;
      } else if (aggregate == QueryAggregate.SUM) {
        of = Optional.of(numeric.get(r.nextInt(numeric.size())).name());
      } else if (aggregate == QueryAggregate.DISTINCT) {
        of = Optional.of(kind.fields().get(r.nextInt(kind.fields().size())).name());
      }
      Optional<Boolean> withinYear = r.nextInt(3) == 0 ? Optional.empty()
          : Optional.of(r.nextBoolean());
      return new Case(new EvidenceQuery(aggregate, kind.name(), of, where, withinYear),
          evidence);
    };
  }

  /** An operand for a field: mostly a value of one of the records, else one drawn. */
  private static String operand(EvidenceField field, List<Evidence> records,
      SplittableRandom r) {
    if (!records.isEmpty() && r.nextInt(4) != 0) {
      Object v = read(records.get(r.nextInt(records.size())), field.name());
      if (v != null) {
        String text = written(field, v);
        if (!text.isBlank()) {
          return text;
        }
      }
    }
    return switch (field.type()) {
      case WHOLE_NUMBER -> List.of("0", "1", "3", "25", "-3", "99999999999999999999",
          "9223372036854775808").get(r.nextInt(7));
      case DECIMAL, YUAN -> List.of("0", "1.5", "2.50", "3", "12000.50", "-1")
          .get(r.nextInt(6));
      case DATE -> LocalDate.of(YEAR - 1 + r.nextInt(2), 1 + r.nextInt(12), 1 + r.nextInt(28))
          .toString();
      case FLAG -> r.nextBoolean() ? "true" : "false";
      case ENUM -> field.choices().get(r.nextInt(field.choices().size())).code();
      case TEXT, SCALAR -> List.of("政策学习", "E1", "none").get(r.nextInt(3));
    };
  }

  /** A record's value as a filter writes it. */
  private static String written(EvidenceField field, Object v) {
    if (v instanceof Enum<?> e) {
      return field.choices().stream().filter(c -> c.constant() == e).map(EvidenceChoice::code)
          .findFirst().orElseThrow();
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return v.toString();
  }

  // ---- the reference

  /** The value of a query over evidence, read straightforwardly. */
  static BigDecimal reference(EvidenceQuery q, int year, List<Evidence> all) {
    EvidenceKind kind = EvidenceKinds.byName(q.kind()).orElseThrow();
    boolean onlyTheYear = kind.dated() && q.withinYear().orElse(true);
    List<Evidence> picked = new ArrayList<>();
    for (Evidence e : all) {
      if (!kind.recordClass().isInstance(e)) {
        continue;
      }
      if (onlyTheYear && e.dated().orElseThrow().getYear() != year) {
        continue;
      }
      boolean passes = true;
      for (EvidenceFilter f : q.where()) {
        passes &= holds(kind.field(f.field()).orElseThrow(), f, e);
      }
      if (passes) {
        picked.add(e);
      }
    }
    switch (q.aggregate()) {
      case COUNT:
        return BigDecimal.valueOf(picked.size());
      case SUM: {
        BigDecimal sum = BigDecimal.ZERO;
        for (Evidence e : picked) {
          sum = sum.add((BigDecimal) value(e, q.of().orElseThrow()));
        }
        return sum;
      }
      default: {
        Set<Object> different = new HashSet<>();
        for (Evidence e : picked) {
          Object v = value(e, q.of().orElseThrow());
          different.add(v instanceof BigDecimal d ? d.stripTrailingZeros() : v);
        }
        return BigDecimal.valueOf(different.size());
      }
    }
  }

  private static boolean holds(EvidenceField field, EvidenceFilter f, Evidence e) {
    Object v = value(e, field.name());
    List<Object> operands = f.values().stream().map(s -> parsed(field, s)).toList();
    return switch (f.operator()) {
      case EQUALS -> same(v, operands.get(0));
      case ONE_OF -> operands.stream().anyMatch(o -> same(v, o));
      case AT_LEAST -> v != null && order(v, operands.get(0)) >= 0;
      case AT_MOST -> v != null && order(v, operands.get(0)) <= 0;
    };
  }

  private static Object parsed(EvidenceField field, String s) {
    return switch (field.type()) {
      case WHOLE_NUMBER, DECIMAL, YUAN -> new BigDecimal(s.strip());
      case DATE -> LocalDate.parse(s.strip());
      case FLAG -> Boolean.valueOf(s.strip());
      case ENUM -> field.choice(s.strip()).orElseThrow().constant();
      case TEXT, SCALAR -> s;
    };
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int order(Object a, Object b) {
    if (a instanceof Enum<?> x && b instanceof Enum<?> y) {
      return Integer.compare(x.ordinal(), y.ordinal());
    }
    return ((Comparable) a).compareTo(b);
  }

  /** A record's component as a filter reads it: whole numbers as BigDecimal, others as texts. */
  private static Object value(Evidence e, String name) {
    Object v = read(e, name);
    if (v instanceof Integer i) {
      return BigDecimal.valueOf(i);
    }
    if (v instanceof Long l) {
      return BigDecimal.valueOf(l);
    }
    if (v == null || v instanceof BigDecimal || v instanceof LocalDate || v instanceof Boolean
        || v instanceof Enum<?> || v instanceof String) {
      return v;
    }
    return v.toString();
  }

  private static Object read(Evidence e, String name) {
    try {
      return e.getClass().getMethod(name).invoke(e);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException x) {
      throw new AssertionError("no accessor " + name + " on " + e.getClass(), x);
    }
  }
}
