package io.github.ggw.standards.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Duplicate evidence never raises a score: copies of random pieces of a generated assessment's
 * evidence (any kind but the organisation, of which there is at most one), inserted anywhere, leave every figure of the report as it was, and each copy is
 * reported once as a repeat. Over generated standards and over the bundled Changzhou standard.
 */
class PlausibilityProperties {
  private final Scorer scorer = Scorer.create();

  /** An assessment and the positions to copy and insert (indices drawn, reduced modulo size). */
  record Copies(Standard standard, SelfAssessment assessment, List<int[]> picks) {}

  private static Gen<Copies> copies(Gen<Standard> standards) {
    return in -> {
      Standard s = standards.generate(in);
      SelfAssessment a = Generators.assessments(s).generate(in);
      List<int[]> picks = new ArrayList<>();
      int n = Generators.between(in, 1, 6);
      for (int i = 0; i < n; i++) {
        picks.add(new int[] {Generators.between(in, 0, 999), Generators.between(in, 0, 999)});
      }
      return new Copies(s, a, picks);
    };
  }

  private static SelfAssessment withCopies(SelfAssessment a, List<int[]> picks) {
    List<Evidence> ev = new ArrayList<>(a.getEvidence());
    // the organisation is not copied: a second organisation record is an error of its own
    // (EVIDENCE_CONFLICT), not a repeat
    List<Evidence> copyable = ev.stream().filter(e -> !(e instanceof Organisation)).toList();
    for (int[] p : picks) {
      if (copyable.isEmpty()) {
        break;
      }
      Evidence copy = copyable.get(p[0] % copyable.size());
      ev.add(p[1] % (ev.size() + 1), copy);
    }
    return ImmutableSelfAssessment.copyOf(a).withEvidence(ev);
  }

  private void neverRises(Copies c) {
    ScoreReport before = scorer.score(c.standard(), c.assessment()).orElseThrow();
    SelfAssessment copied = withCopies(c.assessment(), c.picks());
    Result<ScoreReport> after = scorer.score(c.standard(), copied);
    ScoreReport r = after.orElseThrow();
    assertThat(r.total()).isLessThanOrEqualTo(before.total());
    // in fact the copies are not counted at all: every item scores as before
    assertThat(r.items()).isEqualTo(before.items());
    int added = copied.getEvidence().size() - c.assessment().getEvidence().size();
    assertThat(r.warnings()).filteredOn(p -> p.getCode() == ProblemCode.EVIDENCE_REPEATED)
        .hasSize(added);
  }

  @Test
  void copiesOfEvidenceNeverRaiseTheScore() {
    qt().withExamples(300).forAll(copies(Generators.standards(StandardOptions.defaults())))
        .checkAssert(this::neverRises);
    Standard changzhou = ReferenceData.changzhouStandard();
    qt().withExamples(300).forAll(copies(in -> changzhou)).checkAssert(this::neverRises);
  }
}
