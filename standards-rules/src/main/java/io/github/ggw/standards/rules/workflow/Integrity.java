package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.workflow.AuditEvent;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.Digest;
import io.github.ggw.standards.model.workflow.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The digests of a case file (完整性): computing a submission's digest, and checking every
 * recorded digest (submissions, audit events, the district review, the city decision) against
 * the digest of the submission it names as it is now. Immutable.
 */
final class Integrity {
  private final AssessmentDigester digester;

  /**
   * Integrity checks with a digester.
   *
   * @param digester the digest of an assessment's canonical form, not null
   */
  Integrity(AssessmentDigester digester) {
    this.digester = Objects.requireNonNull(digester, "digester");
  }

  /**
   * The digest of an assessment.
   *
   * @param a the assessment
   * @return its digest
   */
  Digest digest(SelfAssessment a) {
    return digester.digest(a);
  }

  /**
   * Every recorded digest that no longer matches its submission.
   *
   * @param file the case file, not null
   * @return the failures, in the order submissions, events, district review, city decision
   */
  Verification verify(CaseFile file) {
    List<IntegrityFailure> failures = new ArrayList<>();
    List<Digest> actual = new ArrayList<>();
    for (Submission s : file.getSubmissions()) {
      Digest d = digester.digest(s.assessment());
      actual.add(d);
      if (!d.equals(s.digest())) {
        failures.add(new IntegrityFailure(IntegrityCheck.SUBMISSION, s.revision(), s.digest(), d));
      }
    }
    for (AuditEvent e : file.getAuditTrail()) {
      if (e.revision() <= actual.size() && !e.digest().equals(actual.get(e.revision() - 1))) {
        failures.add(new IntegrityFailure(IntegrityCheck.EVENT, e.sequence(), e.digest(),
            actual.get(e.revision() - 1)));
      }
    }
    Digest current = actual.get(actual.size() - 1);
    file.getDistrictReview().filter(r -> !r.digestSeen().equals(current)).ifPresent(r ->
        failures.add(new IntegrityFailure(IntegrityCheck.DISTRICT_REVIEW, file.getRevision(),
            r.digestSeen(), current)));
    file.getCityApproval().filter(c -> !c.digestSeen().equals(current)).ifPresent(c ->
        failures.add(new IntegrityFailure(IntegrityCheck.CITY_APPROVAL, file.getRevision(),
            c.digestSeen(), current)));
    return new Verification(failures);
  }

  /**
   * The digest of the current submission, after checking every recorded digest.
   *
   * @param file the case file, not null
   * @return the current submission's digest
   * @throws RefusedTransitionException {@code INTEGRITY_BROKEN}, naming the first failure
   */
  Digest intact(CaseFile file) {
    Verification v = verify(file);
    if (!v.isIntact()) {
      IntegrityFailure f = v.failures().get(0);
      throw RefusedTransitionException.of(RefusalCode.INTEGRITY_BROKEN, file.getUnitId().value(),
          f.recorded().shortForm(), f.actual().shortForm());
    }
    return file.getCurrentSubmission().digest();
  }
}
