package io.github.ggw.standards.rules.check;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.problem.ClosestNames;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.Facts;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of a self-assessment's {@code fact} evidence against its standard's declarations:
 * each given fact declared, given once, with a value that fits its type, bounds and choices; and
 * every fact that a rule of an item applicable to the unit reads, given. Each problem is located:
 * at the evidence entry ({@code /evidence/<i>}, its {@code code} or {@code value}), or for a
 * missing fact at {@code /evidence} with the code of the first item that reads it.
 */
final class FactChecks {
  private FactChecks() {}

  /**
   * A read of a declared fact by an item's rule, in tree order: the item, the unit types it (or
   * an item above it) does not apply to, and the fact's code and declaration.
   */
  record Use(Criterion criterion, Set<UnitType> notApplicableTo, String code, DeclaredFact fact) {}

  /**
   * Every read of a declared fact by the standard's rules, in the order the checks walk the tree
   * (depth first, each rule's references in order); computed once per standard.
   *
   * @param standard the standard
   * @return the reads, immutable
   */
  static List<Use> uses(Standard standard) {
    List<Use> out = new ArrayList<>();
    if (!standard.getFacts().isEmpty()) {
      standard.getDimensions().forEach(d -> uses(d, EnumSet.noneOf(UnitType.class), standard,
          out));
    }
    return List.copyOf(out);
  }

  private static void uses(Criterion c, Set<UnitType> above, Standard s, List<Use> out) {
    Set<UnitType> blocked = EnumSet.noneOf(UnitType.class);
    blocked.addAll(above);
    blocked.addAll(c.getNotApplicableTo());
    c.getRule().ifPresent(r -> {
      for (MeasureRef ref : MeasureRegistry.refs(r)) {
        String name = ref.name().value();
        if (name.startsWith(DeclaredFact.MEASURE_PREFIX)) {
          String code = name.substring(DeclaredFact.MEASURE_PREFIX.length());
          s.findFact(code).ifPresent(f -> out.add(new Use(c, Set.copyOf(blocked), code, f)));
        }
      }
    });
    c.getChildren().forEach(k -> uses(k, blocked, s, out));
  }

  /**
   * The checks, with the standard's fact reads worked out before ({@link #uses}).
   *
   * @param standard the standard
   * @param uses its fact reads
   * @param a the assessment
   * @param out where the problems go
   */
  static void check(Standard standard, List<Use> uses, SelfAssessment a, List<Problem> out) {
    List<Evidence> ev = a.getEvidence();
    Set<String> given = new HashSet<>();
    for (int i = 0; i < ev.size(); i++) {
      if (!(ev.get(i) instanceof FactValue f)) {
        continue;
      }
      String at = "/evidence/" + i;
      Optional<DeclaredFact> fact = standard.findFact(f.code());
      if (fact.isEmpty()) {
        List<String> declared = standard.getFacts().stream().map(DeclaredFact::getCode)
            .toList();
        List<String> close = ClosestNames.closest(f.code(), declared, 3);
        List<String> hint = close.isEmpty() ? declared : close;
        out.add(Problem.of(ProblemCode.FACT_UNDECLARED, Location.pointer(at + "/code"), f.code(),
            f.code(), hint.isEmpty() ? "–" : String.join(", ", hint)));
      } else if (!given.add(f.code())) {
        out.add(Problem.of(ProblemCode.FACT_DUPLICATE, Location.pointer(at), f.code(),
            f.code()));
      } else if (Facts.read(fact.get(), f.value()).isEmpty()) {
        out.add(Problem.of(ProblemCode.FACT_VALUE_INVALID, Location.pointer(at + "/value"),
            f.value(), f.code(), fact.get().getType().name(), f.value(),
            Facts.expected(fact.get())));
      }
    }
    Set<String> reported = new HashSet<>();
    UnitType type = a.getUnit().type();
    for (Use u : uses) {
      if (!u.notApplicableTo().contains(type) && !given.contains(u.code())
          && reported.add(u.code())) {
        Criterion c = u.criterion();
        out.add(Problem.of(ProblemCode.FACT_MISSING,
            Location.pointer("/evidence").withCriterion(c.getCode()), u.code(),
            c.getCode().toString(), u.code(), u.fact().getTitle().en(),
            u.fact().getTitle().zh()));
      }
    }
  }
}
