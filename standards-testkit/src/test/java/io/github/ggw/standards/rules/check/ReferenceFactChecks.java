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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reference copy of {@code FactChecks} for the differential test.
 *
 * <p>The checks of a self-assessment's {@code fact} evidence against its standard's declarations:
 * each given fact declared, given once, with a value that fits its type, bounds and choices; and
 * every fact that a rule of an item applicable to the unit reads, given. Each problem is located:
 * at the evidence entry ({@code /evidence/<i>}, its {@code code} or {@code value}), or for a
 * missing fact at {@code /evidence} with the code of the first item that reads it.
 */
final class ReferenceFactChecks {
  private ReferenceFactChecks() {}

  static void check(Standard standard, SelfAssessment a, List<Problem> out) {
    List<Evidence> ev = a.getEvidence();
    Set<String> given = new HashSet<>();
    List<String> declared = standard.getFacts().stream().map(DeclaredFact::getCode).toList();
    for (int i = 0; i < ev.size(); i++) {
      if (!(ev.get(i) instanceof FactValue f)) {
        continue;
      }
      String at = "/evidence/" + i;
      Optional<DeclaredFact> fact = standard.findFact(f.code());
      if (fact.isEmpty()) {
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
    standard.getDimensions().forEach(d -> missing(d, type, standard, given, reported, out));
  }

  private static void missing(Criterion c, UnitType type, Standard s, Set<String> given,
      Set<String> reported, List<Problem> out) {
    if (c.isNotApplicableTo(type)) {
      return;
    }
    c.getRule().ifPresent(r -> {
      for (MeasureRef ref : MeasureRegistry.refs(r)) {
        String name = ref.name().value();
        if (!name.startsWith(DeclaredFact.MEASURE_PREFIX)) {
          continue;
        }
        String code = name.substring(DeclaredFact.MEASURE_PREFIX.length());
        Optional<DeclaredFact> fact = s.findFact(code);
        if (fact.isPresent() && !given.contains(code) && reported.add(code)) {
          out.add(Problem.of(ProblemCode.FACT_MISSING,
              Location.pointer("/evidence").withCriterion(c.getCode()), code,
              c.getCode().toString(), code, fact.get().getTitle().en(),
              fact.get().getTitle().zh()));
        }
      }
    });
    c.getChildren().forEach(k -> missing(k, type, s, given, reported, out));
  }
}
