package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.internal.Texts;
import io.github.ggw.standards.rules.measure.EvidenceInYear;
import io.github.ggw.standards.rules.measure.FilteredMeasure;
import io.github.ggw.standards.rules.measure.Measure;
import java.math.BigDecimal;
import java.util.function.Function;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.measure.MeasureType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A standard compiled for scoring (评分计划), once per standard and scorer: the criterion tree
 * flattened depth first into {@link Node}s (children by index), each leaf's rule bound to its
 * measure functions ({@link Bound}: the measure itself, which evidence it counts, its label in
 * words, or the declared fact it reads), the rule texts and condition operands prepared, the
 * claimable leaves and declared facts numbered, and the per-standard part of the assessment
 * checks prepared ({@link AssessmentChecker.Screening}). Scoring an assessment then walks arrays:
 * no measure, fact or rule text is looked up by name, and no text is built unless a figure needs
 * it (a lost point's reason is rendered only when read, see {@link Reason}).
 *
 * <p>Built only for a standard whose measures the registry accepts ({@link #findings} holds
 * no error); otherwise it holds the findings only. Immutable and thread-safe once built.
 */
final class ScoringPlan {
  /** The registry's findings about the standard's measures. */
  final List<Problem> findings;
  /** Whether the findings hold an error: then nothing else is built and nothing is scored. */
  final boolean refused;
  /** Every criterion, depth first (the report's item order); empty when refused. */
  final Node[] nodes;
  /** The indices in {@link #nodes} of the dimensions, in order. */
  final int[] dimensions;
  /** The claimable leaves' slots (their index in {@link #nodes}) by code. */
  final Map<CriterionCode, Integer> slots;
  /** The declared facts' slots by code (the first declaration of a code wins). */
  final Map<String, Integer> factSlots;
  /** The declared facts by slot. */
  final DeclaredFact[] facts;
  /** The per-standard part of the assessment checks; null when refused. */
  final AssessmentChecker.Screening screening;
  /**
   * Each node's rank in the order of criterion codes ({@link CriterionCode#compareTo}), by node
   * index: codes that compare equal share a rank. Gaps are ordered on it rather than on the
   * codes, which compare segment by segment.
   */
  final int[] codeRank;
  /**
   * The claimable leaves' slots in tree order (the order of {@link #slots}' values), a code at
   * its first leaf: by the checks' number of a claimable item ({@link
   * AssessmentChecker.Screening#screen(io.github.ggw.standards.model.assessment.SelfAssessment,
   * int[])} numbers them the same way), the slot of its leaf.
   */
  final int[] claimable;
  /** The standard's composite, built once; null when refused. */
  final Composite composite;
  /** The standard's scale ({@link Standard#getScale()}); null when refused. */
  final Points scale;
  /** The standard's highest total ({@link Standard#getMaximumTotal()}); null when refused. */
  final Points maximumTotal;
  /**
   * The number of distinct measure references of the rules ({@link Bound#slot}): a reference
   * named by several rules is one slot, so a run computes its value once.
   */
  final int measureSlots;

  private ScoringPlan(Standard standard, List<Problem> findings, boolean refused, Node[] nodes,
      int[] dimensions, Map<CriterionCode, Integer> slots, Map<String, Integer> factSlots,
      DeclaredFact[] facts, AssessmentChecker.Screening screening, int measureSlots) {
    this.findings = findings;
    this.measureSlots = measureSlots;
    this.refused = refused;
    this.nodes = nodes;
    this.dimensions = dimensions;
    this.slots = slots;
    this.factSlots = factSlots;
    this.facts = facts;
    this.screening = screening;
    Integer[] order = new Integer[nodes.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (x, y) -> nodes[x].code.compareTo(nodes[y].code));
    this.codeRank = new int[nodes.length];
    for (int k = 1; k < order.length; k++) {
      codeRank[order[k]] = codeRank[order[k - 1]]
          + (nodes[order[k]].code.compareTo(nodes[order[k - 1]].code) == 0 ? 0 : 1);
    }
    this.claimable = slots.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    this.composite = refused ? null : new Composite(standard, new Quotients());
    this.scale = refused ? null : standard.getScale();
    this.maximumTotal = refused ? null : standard.getMaximumTotal();
  }

  /**
   * Compiles a standard.
   *
   * @param standard the standard, not null
   * @param registry the measures its rules may name, not null
   * @return the plan; a refused one (findings only) when the registry finds an error
   */
  static ScoringPlan compile(Standard standard, MeasureRegistry registry) {
    List<Problem> findings = List.copyOf(registry.check(standard));
    if (findings.stream().anyMatch(Problem::isError)) {
      return new ScoringPlan(standard, findings, true, new Node[0], new int[0], Map.of(), Map.of(),
          new DeclaredFact[0], null, 0);
    }
    Map<String, Integer> factSlots = new HashMap<>();
    List<DeclaredFact> facts = new ArrayList<>();
    for (DeclaredFact f : standard.getFacts()) {
      if (factSlots.putIfAbsent(f.getCode(), facts.size()) == null) {
        facts.add(f);
      }
    }
    List<Node> nodes = new ArrayList<>();
    Map<CriterionCode, Integer> slots = new HashMap<>();
    Builder b = new Builder(registry, factSlots, facts, nodes, slots);
    int[] dims = new int[standard.getDimensions().size()];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = b.add(standard.getDimensions().get(i), 0);
    }
    return new ScoringPlan(standard, findings, false, nodes.toArray(new Node[0]), dims,
        Collections.unmodifiableMap(new HashMap<>(slots)),
        Map.copyOf(factSlots), facts.toArray(new DeclaredFact[0]),
        AssessmentChecker.prepare(standard, registry), b.measureSlots.size());
  }

  /** Flattens the tree into nodes, binding each rule's measures. */
  private static final class Builder {
    private final MeasureRegistry registry;
    private final Map<String, Integer> factSlots;
    private final List<DeclaredFact> facts;
    private final List<Node> nodes;
    private final Map<CriterionCode, Integer> slots;
    /** Each distinct measure reference's slot, in the order first bound. */
    private final Map<MeasureRef, Integer> measureSlots = new HashMap<>();

    Builder(MeasureRegistry registry, Map<String, Integer> factSlots, List<DeclaredFact> facts,
        List<Node> nodes, Map<CriterionCode, Integer> slots) {
      this.registry = registry;
      this.factSlots = factSlots;
      this.facts = facts;
      this.nodes = nodes;
      this.slots = slots;
    }

    int add(Criterion c, int depth) {
      int index = nodes.size();
      nodes.add(null);
      int[] children = new int[c.getChildren().size()];
      for (int i = 0; i < children.length; i++) {
        children[i] = add(c.getChildren().get(i), depth + 1);
      }
      ScoringRule rule = c.getRule().orElse(null);
      Bound[] bound = new Bound[0];
      Optional<LocalizedText> text = Optional.empty();
      String operand = null;
      if (rule != null) {
        bound = MeasureRegistry.refs(rule).stream().map(this::bind).toArray(Bound[]::new);
        text = Optional.of(RuleText.describe(rule, c.getMaxPoints()));
        Condition cond = rule instanceof AllOrNothing a ? a.condition()
            : rule instanceof Veto v ? v.triggeredWhen() : null;
        operand = cond == null ? null : RuleText.operand(cond);
      }
      int position = -1;
      if (AssessmentChecker.isClaimable(c) && !slots.containsKey(c.getCode())) {
        position = slots.size();
        slots.put(c.getCode(), index);
      }
      nodes.set(index, new Node(c, depth, children, rule, bound, text, operand, position));
      return index;
    }

    private Bound bind(MeasureRef ref) {
      // equal references compute equal values from the same evidence (a measure's function is
      // pure, Measure.of): one slot for all of them
      int slot = measureSlots.computeIfAbsent(ref, r -> measureSlots.size());
      String name = ref.name().value();
      if (name.startsWith(DeclaredFact.MEASURE_PREFIX)) {
        String code = name.substring(DeclaredFact.MEASURE_PREFIX.length());
        int factSlot = factSlots.get(code);
        DeclaredFact fact = facts.get(factSlot);
        MeasureType type = switch (fact.getType()) {
          case FLAG -> MeasureType.FLAG;
          case AMOUNT_YUAN -> MeasureType.YUAN;
          case COUNT, DATE, CHOICE -> MeasureType.COUNT;
        };
        LocalizedText unit = fact.getUnit().map(u -> LocalizedText.of(u, u))
            .orElseGet(() -> Texts.of("fact.unit." + fact.getType().name()));
        return new Bound(ref, null, false, fact.getTitle(), factSlot, fact, type, unit, slot);
      }
      if (ref.query().isPresent()) {
        // a filtered measure decides for itself which years count (its withinYear), from either
        // view of the evidence
        FilteredMeasure f = FilteredMeasure.of(ref.query().get());
        return new Bound(ref, f::apply, true, f.label(), -1, null, f.type(), f.unit(), slot);
      }
      Measure m = registry.find(ref.name()).orElseThrow();
      return new Bound(ref, m.bind(ref.parameters()), ref.parameters().isCountingOnlyTheYear(),
          Texts.measure(ref), -1, null, m.getType(), m.getUnit(), slot);
    }
  }

  /**
   * One criterion of the flattened tree.
   *
   * <p>{@code children} are indices into the plan's nodes; {@code rule}, {@code measures},
   * {@code ruleText} and {@code operand} are a leaf's (null, empty, empty and null for a parent;
   * {@code operand} is the written operand of an all-or-nothing or veto condition).
   */
  static final class Node {
    final Criterion criterion;
    final CriterionCode code;
    final LocalizedText title;
    final CriterionKind kind;
    final int depth;
    final Points max;
    final boolean budgeted;
    /** The criterion's weight ({@link Criterion#getWeight()}), read once. */
    final Optional<BigDecimal> weight;
    final int[] children;
    final ScoringRule rule;
    final Bound[] measures;
    final Optional<LocalizedText> ruleText;
    final String operand;
    /** The leaf's position among the claimable leaves in tree order; -1 if not claimable. */
    final int claimPosition;
    /** Where a claim at {@link #claimPosition} has its points; null if not claimable. */
    private final Location claimPlace;
    /**
     * The unit types the criterion does not apply to ({@link Criterion#isNotApplicableTo}), one
     * bit per type, bit {@code ordinal()}.
     */
    private final long notApplicableTo;

    Node(Criterion criterion, int depth, int[] children, ScoringRule rule, Bound[] measures,
        Optional<LocalizedText> ruleText, String operand, int claimPosition) {
      this.criterion = criterion;
      this.code = criterion.getCode();
      this.title = criterion.getTitle();
      this.kind = criterion.getKind();
      this.depth = depth;
      this.max = criterion.getMaxPoints();
      this.budgeted = criterion.isBudgeted();
      this.weight = criterion.getWeight();
      this.children = children;
      this.rule = rule;
      this.measures = measures;
      this.ruleText = ruleText;
      this.operand = operand;
      this.claimPosition = claimPosition;
      this.claimPlace = claimPosition < 0 ? null : place(claimPosition, code);
      long bits = 0;
      for (UnitType t : UnitType.values()) {
        if (t.ordinal() < Long.SIZE && criterion.isNotApplicableTo(t)) {
          bits |= 1L << t.ordinal();
        }
      }
      this.notApplicableTo = bits;
    }

    /**
     * Whether the criterion does not apply to a unit type: {@link Criterion#isNotApplicableTo},
     * read from the bits prepared with the plan (asked of the criterion for a type beyond them).
     *
     * @param type the unit's type, not null
     * @return true when the item does not apply to it
     */
    boolean isNotApplicableTo(UnitType type) {
      int bit = type.ordinal();
      return bit < Long.SIZE ? (notApplicableTo & (1L << bit)) != 0
          : criterion.isNotApplicableTo(type);
    }

    /**
     * Where the points of this leaf's claim are, {@code /claims/<at>/points} with the leaf's
     * code: built once for a claim at the leaf's place in tree order, else for the call.
     *
     * @param at the claim's position in the assessment's claims
     * @return the location
     */
    Location claimPlace(int at) {
      return at == claimPosition ? claimPlace : place(at, code);
    }

    private static Location place(int at, CriterionCode code) {
      return Location.pointer("/claims/" + at + "/points").withCriterion(code);
    }

    boolean isLeaf() {
      return children.length == 0;
    }
  }

  /**
   * A measure reference bound to what computes it: a measure of the registry bound to the
   * rule's parameters (with whether it counts only the assessment year's evidence), a filtered
   * measure compiled from its query, or a declared fact (its slot, the fact, and the
   * value type and unit it reads as). {@code label} is the value's label in the report;
   * {@code slot} numbers the distinct references of the plan ({@link #measureSlots}), equal
   * references sharing it.
   */
  record Bound(MeasureRef ref, Function<EvidenceInYear, BigDecimal> value, boolean onlyTheYear,
      LocalizedText label, int factSlot, DeclaredFact fact, MeasureType type, LocalizedText unit,
      int slot) {
    boolean isFact() {
      return factSlot >= 0;
    }
  }
}
