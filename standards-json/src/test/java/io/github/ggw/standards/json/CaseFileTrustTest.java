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
import io.github.ggw.standards.rules.workflow.RefusalCode;
import io.github.ggw.standards.rules.workflow.RefusedTransitionException;
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
 * What reading a case file proves. Digests and replay make a file that was edited by hand fail;
 * signatures make a file remade with the public workflow API fail unless every decision was
 * signed with a key the registry holds for the deciding office: a file never supplies keys.
 */
class CaseFileTrustTest {
  private final WorkflowJson json = CaseFileSamples.JSON;
  private final Workflow reader = json.workflow(CaseFileSamples.STANDARD,
      ReferenceData.changzhouRegistry(), Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));

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
   * 2 instead of 2), by a workflow without signatures (a signed one asks for the office's key):
   * the file is refused at its first decision, the review, for want of a signature.
   */
  @Test
  void aFileRemadeWithTheWorkflowWithoutTheOfficeKeysIsRefused() {
    SelfAssessment a = CaseFileSamples.sample("01-excellent-primary.json");
    List<Evidence> ev = new ArrayList<>(a.getEvidence());
    Organisation o = (Organisation) ev.get(0);
    ev.set(0, new Organisation(o.chairIsUnitHead(), o.members(), o.workingTeamElders(),
        o.hasOffice(), o.hasActivityRoom(), new BigDecimal("2000"), o.inAnnualPlan()));
    SelfAssessment other = ImmutableSelfAssessment.copyOf(a).withEvidence(ev);

    // a signed workflow refuses to decide without a key
    CaseFile submitted = CaseFileSamples.at("2022-10-10T09:00:00+08:00")
        .submit(other, CaseFileSamples.actor("WJ-PS-001-S"));
    RefusedTransitionException noKey = org.junit.jupiter.api.Assertions.assertThrows(
        RefusedTransitionException.class, () -> CaseFileSamples.at("2022-11-01T10:00:00+08:00")
            .review(submitted, CaseFileSamples.actor("WJ-REV-01"), List.of()));
    assertThat(noKey.getCode()).isEqualTo(RefusalCode.SIGNATURE_REQUIRED);

    // an unsigned workflow decides, and its file is refused when read
    Workflow unsigned = Workflow.create(CaseFileSamples.STANDARD,
        ReferenceData.changzhouRegistry(), json.canonical(),
        Clock.fixed(Instant.parse("2022-11-01T02:00:00Z"), ZoneOffset.UTC));
    CaseFile reviewed = unsigned.review(submitted, CaseFileSamples.actor("WJ-REV-01"),
        List.of(CaseFileSamples.adjust("2.4", "3.5", "主题教育活动缺少活动总结，酌减0.5分")));
    CaseFile approved = unsigned.withClock(Clock.fixed(Instant.parse("2022-12-15T07:00:00Z"),
        ZoneOffset.UTC)).approve(reviewed, CaseFileSamples.actor("CZ-APP-01"), List.of(),
        CaseFileSamples.CERTIFIED_2022);
    assertThat(approved.getStatus()).isEqualTo(CaseStatus.APPROVED);

    Result<CaseFile> back = json.readCaseFile(
        json.writeCaseFile(approved).getBytes(StandardCharsets.UTF_8), reader);
    assertThat(back.problems()).extracting(p -> p.getCode())
        .containsExactly(ProblemCode.CASE_FILE_SIGNATURE_MISSING);
    assertThat(back.problems().get(0).getLocation().getPointer()).contains("/auditTrail/1");
  }
}
