package io.github.ggw.standards.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every invalid kind appears over a fixed seed, and every assessment of each kind, written as
 * JSON, read back by the library's reader and scored, is refused with the kind's code as an
 * error.
 */
class InvalidKindTest {
  private final StandardsJson json = StandardsJson.create();
  private final Scorer scorer = Scorer.create();

  /** The values QuickTheories draws from a generator with a fixed seed. */
  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> out = new ArrayList<>();
    org.quicktheories.QuickTheory.qt().withFixedSeed(2022).withExamples(n).forAll(gen)
        .checkAssert(out::add);
    return out;
  }

  /** What an integrator sees: the reader's problems, else the scorer's. */
  private Result<ScoreReport> readAndScore(Standard standard, InvalidAssessment x) {
    byte[] bytes = json.writeAssessment(x.assessment()).getBytes(StandardCharsets.UTF_8);
    return json.readAssessment(bytes).flatMap(a -> scorer.score(standard, a));
  }

  private void producesItsCode(Standard standard, InvalidAssessment x) {
    assertThat(x.expected()).isEqualTo(x.kind().code());
    Result<ScoreReport> r = readAndScore(standard, x);
    assertThat(r.isValid()).as("%s", x).isFalse();
    assertThat(r.problems()).as("%s", x)
        .anyMatch(p -> p.getCode() == x.kind().code() && p.isError());
  }

  @Test
  void eachKindNamesItsOwnErrorCode() {
    Set<ProblemCode> codes = EnumSet.noneOf(ProblemCode.class);
    for (InvalidKind k : InvalidKind.values()) {
      assertThat(k.code().defaultSeverity()).as("%s", k).isEqualTo(Severity.ERROR);
      codes.add(k.code());
    }
    assertThat(codes).containsExactlyInAnyOrder(ProblemCode.CLAIM_MISSING,
        ProblemCode.CLAIM_DUPLICATE, ProblemCode.CLAIM_UNKNOWN_CODE, ProblemCode.CLAIM_ABOVE_MAX,
        ProblemCode.CLAIM_OFF_STEP, ProblemCode.ASSESSMENT_WRONG_VERSION,
        ProblemCode.ASSESSMENT_YEAR_OUTSIDE_VALIDITY, ProblemCode.EVIDENCE_CONFLICT);
  }

  @Test
  void everyKindAppearsAndProducesItsCodeForTheBundledStandard() {
    Standard changzhou = ReferenceData.changzhouStandard();
    Set<InvalidKind> seen = EnumSet.noneOf(InvalidKind.class);
    for (InvalidAssessment x : sample(Generators.invalidAssessments(changzhou), 300)) {
      producesItsCode(changzhou, x);
      seen.add(x.kind());
    }
    assertThat(seen).containsExactlyInAnyOrder(InvalidKind.values());
  }

  @Test
  void everyKindAppearsAndProducesItsCodeForGeneratedStandards() {
    Gen<Object[]> pairs = in -> {
      Standard s = Generators.standards(StandardOptions.defaults()).generate(in);
      return new Object[] {s, Generators.invalidAssessments(s).generate(in)};
    };
    Set<InvalidKind> seen = EnumSet.noneOf(InvalidKind.class);
    for (Object[] p : sample(pairs, 300)) {
      InvalidAssessment x = (InvalidAssessment) p[1];
      producesItsCode((Standard) p[0], x);
      seen.add(x.kind());
    }
    assertThat(seen).containsExactlyInAnyOrder(InvalidKind.values());
  }

  @Test
  void theKindsThatChangeClaimsComeFirst() {
    // the generator draws a kind by its position (shrinking towards the first), and draws only
    // among the others for an assessment without claims
    assertThat(Arrays.stream(InvalidKind.values()).filter(InvalidKind::changesClaims))
        .containsExactly(InvalidKind.MISSING_CLAIM, InvalidKind.DUPLICATE_CLAIM,
            InvalidKind.UNKNOWN_CODE, InvalidKind.ABOVE_MAXIMUM, InvalidKind.OFF_STEP);
  }
}
