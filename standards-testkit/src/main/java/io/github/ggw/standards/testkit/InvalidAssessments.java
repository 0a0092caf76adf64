package io.github.ggw.standards.testkit;

import static io.github.ggw.standards.testkit.Draws.between;
import static io.github.ggw.standards.testkit.Draws.pick;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * The generator of deliberately invalid self-assessments (无效自评生成器): a valid assessment of
 * {@link AssessmentGenerators}, broken in one of the ways {@link InvalidKind} lists. The kind is
 * drawn first, then the claim it works on, so a failing example shrinks towards a missing first
 * claim.
 */
final class InvalidAssessments {
  /** The kinds that leave the claims alone, for assessments without claims. */
  private static final InvalidKind[] CLAIMLESS = Arrays.stream(InvalidKind.values())
      .filter(k -> !k.changesClaims()).toArray(InvalidKind[]::new);

  private InvalidAssessments() {}

  /**
   * Invalid self-assessments for a standard, each of a kind.
   *
   * @param standard the standard
   * @return the generator
   */
  static Gen<InvalidAssessment> of(Standard standard) {
    Gen<SelfAssessment> valid = AssessmentGenerators.assessments(standard);
    return in -> {
      SelfAssessment a = valid.generate(in);
      List<Claim> claims = a.getClaims();
      InvalidKind kind = claims.isEmpty() ? pick(in, CLAIMLESS) : pick(in, InvalidKind.values());
      int i = claims.isEmpty() ? 0 : between(in, 0, claims.size() - 1);
      if ((kind == InvalidKind.ABOVE_MAXIMUM || kind == InvalidKind.OFF_STEP)
          && (item(standard, claims.get(i)).getRule().orElseThrow()
              instanceof DiscretionaryDeduction
              || item(standard, claims.get(i)).getRule().orElseThrow()
              instanceof CountedDeduction)) {
        kind = InvalidKind.UNKNOWN_CODE;
      }
      return new InvalidAssessment(broken(standard, a, kind, i), kind);
    };
  }

  /** The assessment broken in one way, at the {@code i}-th claim where the kind needs one. */
  private static SelfAssessment broken(Standard standard, SelfAssessment valid, InvalidKind kind,
      int i) {
    ImmutableSelfAssessment a = ImmutableSelfAssessment.copyOf(valid);
    List<Claim> claims = new ArrayList<>(valid.getClaims());
    return switch (kind) {
      case MISSING_CLAIM -> {
        claims.remove(i);
        yield a.withClaims(claims);
      }
      case DUPLICATE_CLAIM -> {
        claims.add(claims.get(i));
        yield a.withClaims(claims);
      }
      case UNKNOWN_CODE -> {
        claims.add(new Claim(CriterionCode.of("ZZ9"), Points.ZERO, ""));
        yield a.withClaims(claims);
      }
      case ABOVE_MAXIMUM -> {
        Criterion item = item(standard, claims.get(i));
        claims.set(i, new Claim(item.getCode(), item.getMaxPoints().plus(Points.of(
            AssessmentGenerators.stepOf(standard, item))), ""));
        yield a.withClaims(claims);
      }
      case OFF_STEP -> {
        // half a step, below the maximum: off the grid but not above the maximum
        Criterion item = item(standard, claims.get(i));
        BigDecimal half = AssessmentGenerators.stepOf(standard, item)
            .divide(BigDecimal.valueOf(2));
        claims.set(i, new Claim(item.getCode(), Points.of(half), ""));
        yield a.withClaims(claims);
      }
      case WRONG_VERSION ->
          a.withStandardVersion(StandardVersion.of(standard.getVersion().value() + "x"));
      case YEAR_OUTSIDE_VALIDITY -> a.withYear(standard.getEffectiveFrom().getYear() - 1);
      case CONFLICTING_EVIDENCE -> {
        List<Evidence> evidence = new ArrayList<>(valid.getEvidence());
        Organisation o = new Organisation(true, 1, 1, true, true, BigDecimal.ONE, true);
        evidence.add(o);
        evidence.add(o);
        yield a.withEvidence(evidence);
      }
    };
  }

  private static Criterion item(Standard standard, Claim claim) {
    return standard.find(claim.code()).orElseThrow();
  }
}
