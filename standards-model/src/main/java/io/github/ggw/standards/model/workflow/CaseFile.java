package io.github.ggw.standards.model.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A unit's case file for one standard version and year (认定档案): every submitted version of its
 * self-assessment with digests, the self stage score, the district review, the city approval, and
 * the append-only audit trail of every transition, with the points of each stage side by side
 * ({@link #getPointsByStage()}: 自评分 / 审核分 / 认定分).
 *
 * <p>Case files are made and changed only by the workflow's transitions, each returning a new
 * file with one more audit event; the model checks only the local invariants below, and a file
 * read from outside is trusted only after the workflow replays its audit trail and checks its
 * digests. Local invariants (else {@link StandardsException} on {@code build()}): revisions run
 * 1, 2, … and all answer the same unit, standard, version and year; the trail runs 1, 2, …, starts
 * with a submission and ends in the file's status; the stage scores belong to their stages; a
 * review exists exactly from {@code REVIEWED} on, and a city decision exactly when closed, of the
 * matching kind. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseFile {

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableCaseFile.Builder builder() {
    return ImmutableCaseFile.builder();
  }

  /** @return the unit as the registry recorded it at submission */
  @NotNull
  @Valid
  public abstract Unit getUnit();

  /** @return where the file stands */
  @NotNull
  public abstract CaseStatus getStatus();

  /** @return every submitted version, revision 1 first, at least one, at most 100 */
  @NotEmpty
  @Size(max = 100)
  public abstract List<@NotNull @Valid Submission> getSubmissions();

  /** @return the score of the current submission as the unit claimed it (stage SELF) */
  @NotNull
  @Valid
  public abstract StageScore getSelfScore();

  /** @return the district review of the current submission; empty until reviewed */
  public abstract Optional<@Valid DistrictReview> getDistrictReview();

  /** @return the city's decision; empty until approved or rejected */
  public abstract Optional<@Valid CityApproval> getCityApproval();

  /** @return the audit trail, oldest first, at least one event, at most 1,000 */
  @NotEmpty
  @Size(max = 1000)
  public abstract List<@NotNull @Valid AuditEvent> getAuditTrail();

  /**
   * The current submission.
   *
   * @return the last submission
   */
  public Submission getCurrentSubmission() {
    return getSubmissions().get(getSubmissions().size() - 1);
  }

  /**
   * The current self-assessment.
   *
   * @return the assessment of the last submission
   */
  public SelfAssessment getAssessment() {
    return getCurrentSubmission().assessment();
  }

  /**
   * The current revision number.
   *
   * @return 1 for a file never returned, one more for each resubmission
   */
  public int getRevision() {
    return getCurrentSubmission().revision();
  }

  /**
   * The unit's identifier.
   *
   * @return the unit code
   */
  public UnitId getUnitId() {
    return getUnit().id();
  }

  /**
   * The standard answered.
   *
   * @return its identifier
   */
  public StandardId getStandardId() {
    return getAssessment().getStandardId();
  }

  /**
   * The version of the standard answered.
   *
   * @return the version
   */
  public StandardVersion getStandardVersion() {
    return getAssessment().getStandardVersion();
  }

  /**
   * The assessment year.
   *
   * @return the calendar year
   */
  public int getYear() {
    return getAssessment().getYear();
  }

  /**
   * The designation conferred.
   *
   * @return the designation of an approved file, else empty
   */
  public Optional<Designation> getDesignation() {
    return getCityApproval().flatMap(CityApproval::designation);
  }

  /**
   * The score of the latest stage reached: city, else district, else self.
   *
   * @return the stage score
   */
  public StageScore getLatestScore() {
    return getCityApproval().map(CityApproval::score)
        .or(() -> getDistrictReview().map(DistrictReview::score))
        .orElse(getSelfScore());
  }

  /**
   * The points of every line at every stage reached, side by side (自评分 / 审核分 / 认定分).
   *
   * @return one row per line of the criterion tree, in the standard's order
   */
  public List<StagePoints> getPointsByStage() {
    List<StagePoints> rows = new ArrayList<>();
    for (ItemPoints self : getSelfScore().items()) {
      CriterionCode code = self.code();
      Optional<Points> claimed = getAssessment().getClaims().stream()
          .filter(c -> c.code().equals(code))
          // a counted deduction's claim that leaves its points to its counts claims what the
          // counts give: the self stage's figure
          .map(c -> c.givenPoints().orElse(self.points())).findFirst();
      rows.add(new StagePoints(code, self.depth(), self.maxPoints(), claimed, self.points(),
          getDistrictReview().flatMap(r -> r.score().pointsOf(code)),
          getCityApproval().flatMap(a -> a.score().pointsOf(code))));
    }
    return ImmutableList.copyOf(rows);
  }

  /** Refuses a file that breaks a local invariant of the class comment. */
  @Value.Check
  protected void check() {
    List<Submission> subs = getSubmissions();
    require(!subs.isEmpty(), "a case file has at least one submission");
    SelfAssessment first = subs.get(0).assessment();
    for (int i = 0; i < subs.size(); i++) {
      SelfAssessment a = subs.get(i).assessment();
      require(subs.get(i).revision() == i + 1, "revisions run 1, 2, ...");
      require(a.getUnit().equals(getUnit()), "every submission answers for the file's unit");
      require(same(a, first, SelfAssessment::getStandardId)
          && same(a, first, SelfAssessment::getStandardVersion)
          && a.getYear() == first.getYear(), "every submission answers one standard and year");
    }
    List<AuditEvent> trail = getAuditTrail();
    require(!trail.isEmpty() && trail.get(0).transition() == Transition.SUBMITTED,
        "the audit trail starts with a submission");
    for (int i = 0; i < trail.size(); i++) {
      require(trail.get(i).sequence() == i + 1, "audit events run 1, 2, ...");
    }
    require(trail.get(trail.size() - 1).to() == getStatus(),
        "the last audit event ends in the file's status");
    require(getSelfScore().stage() == Stage.SELF, "the self score is of stage SELF");
    CaseStatus s = getStatus();
    boolean reviewed = s == CaseStatus.REVIEWED || s.isClosed();
    require(getDistrictReview().isPresent() == reviewed,
        "a review exists exactly from REVIEWED on");
    require(getCityApproval().isPresent() == s.isClosed(),
        "a city decision exists exactly when closed");
    getCityApproval().ifPresent(a -> require(
        (a.decision() == CityDecision.APPROVED) == (s == CaseStatus.APPROVED),
        "the city decision matches the status"));
  }

  private static <T> boolean same(SelfAssessment a, SelfAssessment b,
      Function<SelfAssessment, T> f) {
    return f.apply(a).equals(f.apply(b));
  }

  private void require(boolean condition, String rule) {
    if (!condition) {
      throw new StandardsException("invalid case file: " + rule, getUnit().id().value());
    }
  }

  /** Names the file without its content. */
  @Override
  public String toString() {
    return "CaseFile[" + getUnitId() + " " + getYear() + " " + getStatus() + " rev " + getRevision()
        + ", " + getAuditTrail().size() + " event(s)]";
  }
}
