package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.standard.Standard;
import java.util.List;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of the model (生成器), the test kit's one entry point for them: valid
 * standards within {@link StandardOptions}, valid self-assessments for a standard, deliberately
 * invalid ones of each {@link InvalidKind}, evidence, and action plans with a district's results.
 *
 * <p>Every choice is drawn from the randomness source with a constraint whose lower end is the
 * simplest value (fewer items, smaller counts, lower points, the first enum constant), so a
 * failing example shrinks to a small, readable counterexample. With a fixed seed a generator
 * gives the same values from run to run. All generators are stateless and thread-safe.
 *
 * <pre>{@code
 * qt().forAll(Generators.scoringCases(StandardOptions.defaults()))
 *     .checkAssert(c -> assertThat(scorer.score(c.standard(), c.assessment()).isValid()).isTrue());
 * }</pre>
 */
public final class Generators {
  /** The assessment year of generated assessments (unless the standard comes into force later). */
  public static final int YEAR = AssessmentGenerators.YEAR;

  private Generators() {}

  /**
   * A whole number drawn from a randomness source, shrinking towards {@code min}; for testers'
   * own generators built like these.
   *
   * @param in the source
   * @param min the lowest value, inclusive
   * @param max the highest value, inclusive, {@code >= min}
   * @return the number
   */
  public static int between(RandomnessSource in, int min, int max) {
    return Draws.between(in, min, max);
  }

  /**
   * One of some values, shrinking towards the first; for testers' own generators.
   *
   * @param <E> the value type
   * @param in the source
   * @param values the values, at least one
   * @return the value
   */
  @SafeVarargs
  public static <E> E pick(RandomnessSource in, E... values) {
    // reads an element only, so the generic array cannot pollute the heap
    return values[Draws.between(in, 0, values.length - 1)];
  }

  /**
   * Valid standards within the options: one to three weighted or unweighted dimensions, trees
   * down to the options' depth, leaves of the allowed rule kinds with maxima on the step grid,
   * some items not applicable to kindergartens, optional bonus and veto items, and rating bands
   * that cover the range.
   *
   * @param options what may appear, not null
   * @return the generator
   */
  public static Gen<Standard> standards(StandardOptions options) {
    return StandardGenerators.standards(Objects.requireNonNull(options, "options"));
  }

  /**
   * Self-assessments valid for a standard: an applicable unit type, an evidence set, and one
   * claim on the rule's grid between 0 and the maximum for every applicable claimable item.
   *
   * @param standard the standard, not null
   * @return the generator
   */
  public static Gen<SelfAssessment> assessments(Standard standard) {
    return AssessmentGenerators.assessments(standard);
  }

  /**
   * Pairs of a generated standard and an assessment valid for it.
   *
   * @param options what the standards may contain, not null
   * @return the generator
   */
  public static Gen<ScoringCase> scoringCases(StandardOptions options) {
    return AssessmentGenerators.scoringCases(Objects.requireNonNull(options, "options"));
  }

  /**
   * Deliberately invalid self-assessments, each of an {@link InvalidKind} that names the problem
   * code reading and scoring it must report: a missing, duplicate, unknown, above-maximum or
   * off-step claim; a wrong version; a year outside the validity; or two organisation records.
   *
   * @param standard the standard, not null; it needs at least one claimable item
   * @return the generator
   */
  public static Gen<InvalidAssessment> invalidAssessments(Standard standard) {
    return InvalidAssessments.of(Objects.requireNonNull(standard, "standard"));
  }

  /**
   * Evidence of every kind but organisation, dated in the year (so that adding it to an
   * assessment never creates a conflict or an out-of-year warning).
   *
   * @param year the assessment year
   * @return the generator
   */
  public static Gen<Evidence> evidence(int year) {
    return EvidenceGenerators.evidence(year);
  }

  /**
   * Evidence sets: an optional organisation record, then up to {@code maxSize} other pieces,
   * each elder named once.
   *
   * @param year the assessment year
   * @param maxSize the most pieces besides the organisation, {@code >= 0}
   * @return the generator
   */
  public static Gen<List<Evidence>> evidenceSets(int year, int maxSize) {
    return EvidenceGenerators.evidenceSets(year, maxSize);
  }

  /**
   * Action plans with district results: the bundled, modelled Wujin 2020–2024 plan, one to six
   * fictional units of its district (of the unit types the Changzhou standard covers), each
   * assessed and scored in one to all of the years 2021 to 2024, and the quality-certified
   * designation conferred on some of the eligible ones.
   *
   * @return the generator
   */
  public static Gen<PlanCase> planCases() {
    return PlanGenerators.planCases();
  }
}
