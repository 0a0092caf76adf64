package io.github.ggw.standards.rules.measure;

import com.google.common.collect.ImmutableMap;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.FactType;
import io.github.ggw.standards.model.standard.Facts;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.problem.ClosestNames;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.Deficiency;
import io.github.ggw.standards.model.rule.MeasureName;
import io.github.ggw.standards.model.rule.MeasureParameter;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.TieredCredit;
import io.github.ggw.standards.model.rule.Veto;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of measures that rules may name (度量注册表). Standards refer to measures by name;
 * {@link #check(Standard)} refuses an unknown name, a parameter the measure does not take, and a
 * measure whose value type does not fit its rule (a ladder or per-occurrence rule needs a
 * number); the first two name the closest known names ({@link ClosestNames}), parameters by their
 * written names ({@code minLevel}). {@link #catalogue()} lists every measure as data. Immutable
 * and thread-safe.
 *
 * <p>The built-in measures ({@link #builtIn()}) read the evidence kinds of the seed, the Wujin
 * district education bureau's 2020 work points; each names its clause. Their catalogue is kept
 * apart, in {@code BuiltInMeasures}; this class resolves names and checks references. Embedders
 * add their own Java measures with {@link #with(Collection)}. A filtered measure written as data
 * ({@link MeasureRef#query()}) is not looked up by name: {@link FilteredMeasure#check} checks it
 * against the evidence-kind registry.
 */
public final class MeasureRegistry {
  /** The most names a "did you mean" hint offers. */
  private static final int HINTS = 3;
  /** What a hint says when no name is close: a dash, the same in both languages. */
  private static final String NO_HINT = "–";
  private static final MeasureRegistry BUILT_IN = new MeasureRegistry(BuiltInMeasures.all());

  private final ImmutableMap<MeasureName, Measure> measures;
  private final List<MeasureDescriptor> catalogue;
  private final List<String> names;

  private MeasureRegistry(Collection<Measure> measures) {
    ImmutableMap.Builder<MeasureName, Measure> b = ImmutableMap.builder();
    measures.forEach(m -> b.put(m.getName(), m));
    this.measures = b.buildOrThrow();
    this.catalogue = this.measures.values().stream().map(Measure::descriptor).toList();
    this.names = this.measures.keySet().stream().map(MeasureName::value).toList();
  }

  /**
   * The built-in measures.
   *
   * @return the shared registry, never null
   */
  public static MeasureRegistry builtIn() {
    return BUILT_IN;
  }

  /**
   * This registry's measures plus more (for example the built-in ones plus an embedder's own).
   *
   * @param extra further measures, not null, with names not already registered
   * @return a new registry; this one is unchanged
   * @throws IllegalArgumentException if a name is registered twice
   */
  public MeasureRegistry with(Collection<Measure> extra) {
    List<Measure> all = new ArrayList<>(measures.values());
    all.addAll(extra);
    return new MeasureRegistry(all);
  }

  /**
   * Finds a measure.
   *
   * @param name the name, not null
   * @return the measure, or empty when unknown
   */
  public Optional<Measure> find(MeasureName name) {
    return Optional.ofNullable(measures.get(name));
  }

  /**
   * Every measure, by name.
   *
   * @return the measures, sorted by name
   */
  public List<Measure> all() {
    return measures.values().stream()
        .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
  }

  /**
   * The catalogue (度量目录): every measure of this registry as data, for sheet authors, the
   * command {@code standards measures}, the README's table and the standard's JSON Schema.
   *
   * <p>Built-in measures come first, in the catalogue's order (organisation, elders, trainings,
   * activities, care carriers, support, mentoring, research, publicity, documents, designations,
   * incidents), then those added with {@link #with(Collection)}, in the order added. Each
   * descriptor gives the name, the zh-CN and en label, the value type and unit, the evidence
   * kind read (its logical name in {@link io.github.ggw.standards.model.evidence.EvidenceKinds}),
   * the parameters accepted (written names such as {@code minLevel}, types, allowed values),
   * whether only the assessment year counts, and the source clause (a clause of the seed, the
   * Wujin district education bureau's 2020 work points, or a note saying why it is modelled).
   *
   * @return the descriptors, unmodifiable; the same list on every call
   */
  public List<MeasureDescriptor> catalogue() {
    return catalogue;
  }

  /**
   * Checks every measure reference of a standard.
   *
   * @param standard the standard, not null
   * @return the findings (unknown measure, parameter not accepted, value type unfit), each at the
   *     criterion's code; empty when all is well
   */
  public List<Problem> check(Standard standard) {
    return check(standard.getDimensions(), standard.getFacts());
  }

  /**
   * Checks every measure reference of a criterion tree that is not (yet) a standard, such as the
   * dimensions of a standard refused for other findings, so that all findings come at once.
   *
   * @param dimensions the top-level criteria, not null
   * @return the findings, each at the criterion's code; empty when all is well
   */
  public List<Problem> check(List<Criterion> dimensions) {
    return check(dimensions, List.of());
  }

  /**
   * Checks every measure reference of a criterion tree against this registry and the declared
   * facts: a rule's {@code fact.<code>} must name a declared fact, without parameters; numeric
   * rules need a COUNT or AMOUNT_YUAN fact; a condition's operator and values must fit the fact's
   * type ({@link Facts#operators}); a measure that is not a fact takes {@code atLeast} or {@code
   * atMost} only.
   *
   * @param dimensions the top-level criteria, not null
   * @param facts the standard's declared facts, not null
   * @return the findings, each at the criterion's code; empty when all is well
   */
  public List<Problem> check(List<Criterion> dimensions, List<DeclaredFact> facts) {
    List<Problem> out = new ArrayList<>();
    dimensions.stream().flatMap(Criterion::getSelfAndDescendants)
        .forEach(c -> c.getRule().ifPresent(r -> checkRule(c, r, facts, out)));
    return out;
  }

  private void checkRule(Criterion c, ScoringRule rule, List<DeclaredFact> facts,
      List<Problem> out) {
    for (Condition cond : conditions(rule)) {
      if (cond.comparison().isOnWrittenValues()
          && !cond.measure().name().value().startsWith(DeclaredFact.MEASURE_PREFIX)) {
        out.add(Problem.of(ProblemCode.STANDARD_FACT_OPERATOR, Location.criterion(c.getCode()),
            cond.comparison().writtenName(), String.valueOf(c.getCode()),
            String.valueOf(cond.measure().name()),
            find(cond.measure().name()).map(m -> m.getType().name()).orElse("–"),
            written(cond), "atLeast, atMost"));
      }
    }
    for (MeasureRef ref : refs(rule)) {
      Location loc = Location.criterion(c.getCode());
      if (ref.query().isPresent()) {
        out.addAll(FilteredMeasure.check(ref.query().get(), c.getCode()));
        continue;
      }
      if (ref.name().value().startsWith(DeclaredFact.MEASURE_PREFIX)) {
        checkFact(c, rule, ref, facts, out);
        continue;
      }
      Optional<Measure> m = find(ref.name());
      if (m.isEmpty()) {
        out.add(Problem.of(ProblemCode.STANDARD_UNKNOWN_MEASURE, loc, String.valueOf(ref.name()),
            String.valueOf(c.getCode()), String.valueOf(ref.name()),
            hint(ClosestNames.closest(ref.name().value(), names, HINTS))));
        continue;
      }
      Set<MeasureParameter> extra = EnumSet.noneOf(MeasureParameter.class);
      extra.addAll(ref.parameters().getGiven());
      extra.removeAll(m.get().getAccepted());
      if (!extra.isEmpty()) {
        List<String> accepted = m.get().descriptor().parameterNames();
        List<String> given = extra.stream().map(MeasureParameter::writtenName).toList();
        Set<String> close = new LinkedHashSet<>();
        given.forEach(g -> close.addAll(ClosestNames.closest(g, accepted, HINTS)));
        out.add(Problem.of(ProblemCode.STANDARD_MEASURE_PARAMETER, loc, String.join(", ", given),
            String.valueOf(c.getCode()), String.valueOf(ref.name()), String.join(", ", given),
            hint(List.copyOf(close)), hint(accepted)));
      }
      boolean needsNumber = rule instanceof ThresholdLadder || rule instanceof PerOccurrence
          || rule instanceof TieredCredit;
      if (needsNumber && !m.get().getType().isNumeric()) {
        out.add(Problem.of(ProblemCode.STANDARD_MEASURE_TYPE, loc, String.valueOf(ref.name()), String.valueOf(c.getCode()),
            String.valueOf(ref.name()), String.valueOf(m.get().getType())));
      }
    }
  }

  private static void checkFact(Criterion c, ScoringRule rule, MeasureRef ref,
      List<DeclaredFact> facts, List<Problem> out) {
    Location loc = Location.criterion(c.getCode());
    String code = ref.name().value().substring(DeclaredFact.MEASURE_PREFIX.length());
    Optional<DeclaredFact> fact = facts.stream().filter(f -> f.getCode().equals(code))
        .findFirst();
    if (fact.isEmpty()) {
      List<String> declared = facts.stream().map(DeclaredFact::getCode).toList();
      List<String> close = ClosestNames.closest(code, declared, HINTS);
      out.add(Problem.of(ProblemCode.STANDARD_FACT_UNDECLARED, loc, code,
          String.valueOf(c.getCode()), ref.name().value(), code,
          hint(close.isEmpty() ? declared : close)));
      return;
    }
    FactType type = fact.get().getType();
    if (!ref.parameters().getGiven().isEmpty()) {
      List<String> given = ref.parameters().getGiven().stream()
          .map(MeasureParameter::writtenName).toList();
      out.add(Problem.of(ProblemCode.STANDARD_MEASURE_PARAMETER, loc, String.join(", ", given),
          String.valueOf(c.getCode()), ref.name().value(), String.join(", ", given), NO_HINT,
          NO_HINT));
    }
    boolean numeric = rule instanceof ThresholdLadder || rule instanceof PerOccurrence
        || rule instanceof TieredCredit || rule instanceof Deduction;
    if (numeric && !type.isNumeric()) {
      out.add(Problem.of(ProblemCode.STANDARD_MEASURE_TYPE, loc, ref.name().value(),
          String.valueOf(c.getCode()), ref.name().value(), type.name()));
    }
    for (Condition cond : conditions(rule)) {
      if (!cond.measure().equals(ref)) {
        continue;
      }
      boolean fits = Facts.operators(type).contains(cond.comparison())
          && (cond.comparison().isOnWrittenValues()
              ? cond.values().stream().allMatch(v -> Facts.operand(fact.get(), v, 2000).isPresent())
              : true);
      if (!fits) {
        out.add(Problem.of(ProblemCode.STANDARD_FACT_OPERATOR, loc, written(cond),
            String.valueOf(c.getCode()), ref.name().value(), type.name(), written(cond),
            Facts.operatorNames(type) + ": " + Facts.expectedOperands(fact.get())));
      }
    }
  }

  /** A condition as a sheet writes it: {@code oneOf ADOPTED, PUBLISHED}, {@code atLeast 4}. */
  private static String written(Condition c) {
    return c.comparison().writtenName() + " " + (c.comparison().isOnWrittenValues()
        ? String.join(", ", c.values()) : c.bound().stripTrailingZeros().toPlainString());
  }

  /** The conditions of a rule: of an all-or-nothing rule and of a veto. */
  private static List<Condition> conditions(ScoringRule rule) {
    if (rule instanceof AllOrNothing a) {
      return List.of(a.condition());
    } else if (rule instanceof Veto v) {
      return List.of(v.triggeredWhen());
    } else if (rule instanceof Deduction d) {
      return d.deficiencies().stream()
          .map(f -> new Condition(f.measure(), f.comparison(), f.bound())).toList();
    }
    return List.of();
  }

  /** A list of names for a message: joined by commas, or a dash when there is none. */
  private static String hint(List<String> names) {
    return names.isEmpty() ? NO_HINT : String.join(", ", names);
  }

  /**
   * The measure references of a rule, in the order they appear.
   *
   * @param rule the rule
   * @return its references; empty for a judgement
   */
  public static List<MeasureRef> refs(ScoringRule rule) {
    if (rule instanceof AllOrNothing a) {
      return List.of(a.condition().measure());
    } else if (rule instanceof PerOccurrence p) {
      return List.of(p.measure());
    } else if (rule instanceof ThresholdLadder l) {
      return List.of(l.measure());
    } else if (rule instanceof TieredCredit t) {
      return List.of(t.measure());
    } else if (rule instanceof Deduction d) {
      return d.deficiencies().stream().map(Deficiency::measure).toList();
    } else if (rule instanceof Veto v) {
      return List.of(v.triggeredWhen().measure());
    }
    return List.of();
  }
}
