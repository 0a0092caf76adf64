package io.github.ggw.standards.json;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.CaseStatus;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What reading a case file proves, and what it does not. Digests and replay make a file that was
 * edited by hand fail; but the digest is SHA-256 of a public canonical form and the transitions
 * are public functions, so whoever runs the workflow with registered actor identifiers produces a
 * file that reads back as valid. Replay proves that a file follows the rules under the registry
 * and standard given; it does not prove who acted.
 */
class CaseFileTrustTest {
  private final WorkflowJson json = CaseFileSamples.JSON;
  private final Workflow reader = json.workflow(CaseFileSamples.STANDARD,
      ReferenceData.changzhouRegistry(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

  @Test
  void anEditByHandIsRefused() {
    String text = json.writeCaseFile(CaseFileSamples.wujin2022());
    String edited = text.replaceFirst("\"annualFundingYuan\" : 6000",
        "\"annualFundingYuan\" : 2000");
    assertThat(edited).isNotEqualTo(text);
    assertThat(json.readCaseFile(edited.getBytes(StandardCharsets.UTF_8), reader).problems())
        .extracting(p -> p.getCode()).containsOnly(ProblemCode.CASE_FILE_DIGEST_MISMATCH);
  }

  /**
   * The same path as the bundled file, taken again through the public API with the same actor
   * identifiers and times but other evidence (funding 2000 instead of 6000, so 1.4.2 earns 1 of
   * 2 instead of 2): no key, password or signature is asked for, and the result reads back as a
   * valid, approved case file.
   */
  @Test
  void aFileRemadeWithTheWorkflowReadsBackAsValid() {
    SelfAssessment a = CaseFileSamples.sample("01-excellent-primary.json");
    List<Evidence> ev = new ArrayList<>(a.getEvidence());
    Organisation o = (Organisation) ev.get(0);
    ev.set(0, new Organisation(o.chairIsUnitHead(), o.members(), o.workingTeamElders(),
        o.hasOffice(), o.hasActivityRoom(), new BigDecimal("2000"), o.inAnnualPlan()));
    SelfAssessment other = ImmutableSelfAssessment.copyOf(a).withEvidence(ev);

    CaseFile submitted = CaseFileSamples.at("2022-10-10T09:00:00+08:00")
        .submit(other, CaseFileSamples.actor("WJ-PS-001-S"));
    CaseFile reviewed = CaseFileSamples.at("2022-11-01T10:00:00+08:00").review(submitted,
        CaseFileSamples.actor("WJ-REV-01"), List.of(CaseFileSamples.adjust("2.4", "3.5",
            "主题教育活动缺少活动总结，酌减0.5分")));
    CaseFile approved = CaseFileSamples.at("2022-12-15T15:00:00+08:00").approve(reviewed,
        CaseFileSamples.actor("CZ-APP-01"), List.of(), CaseFileSamples.CERTIFIED_2022);

    Result<CaseFile> back = json.readCaseFile(
        json.writeCaseFile(approved).getBytes(StandardCharsets.UTF_8), reader);
    assertThat(back.problems()).isEmpty();
    assertThat(back.orElseThrow().getStatus()).isEqualTo(CaseStatus.APPROVED);
    assertThat(back.orElseThrow().getCurrentSubmission().digest())
        .isNotEqualTo(CaseFileSamples.wujin2022().getCurrentSubmission().digest());
    assertThat(back.orElseThrow().getAuditTrail()).extracting(e -> e.actor().value())
        .containsExactly("WJ-PS-001-S", "WJ-REV-01", "CZ-APP-01");
  }
}
