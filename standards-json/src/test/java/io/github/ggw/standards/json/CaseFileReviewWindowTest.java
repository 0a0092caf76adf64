package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.workflow.Sm2KeyPair;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.ReviewPeriod;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.Office;
import io.github.ggw.standards.model.workflow.OfficeId;
import io.github.ggw.standards.model.workflow.OfficeLevel;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading a case file under a standard with its own review window: an event outside the
 * standard's window is a located {@code CASE_FILE_TIME_OUTSIDE_WINDOW}, even when it lies inside
 * the default window. The standard's window is 3-15: 2022-04-01 to 2023-03-31 in Asia/Shanghai.
 */
class CaseFileReviewWindowTest {
  private static final JsonMapper TREE = JsonMapper.builder().build();
  private static final WorkflowJson JSON = CaseFileSamples.JSON;
  private static final Sm2KeyPair WUJIN = Sm2KeyPair.generate();
  private static final Sm2KeyPair CITY = Sm2KeyPair.generate();
  private static final Instant ALWAYS = Instant.parse("2021-01-01T00:00:00Z");
  private static final Standard APRIL_TO_MARCH = ImmutableStandard.copyOf(
      CaseFileSamples.STANDARD).withReviewWindow(new ReviewPeriod(3, 15));
  private static final UnitRegistry REGISTRY = registry();

  private static UnitRegistry registry() {
    UnitRegistry bundled = ReferenceData.changzhouRegistry();
    Office wujin = new Office(OfficeId.of("WJ-OFFICE"), OfficeLevel.DISTRICT,
        DistrictCode.of("320412"), LocalizedText.of("武进", "Wujin"),
        List.of(ActorId.of("WJ-REV-01")), List.of(WUJIN.officeKey(ALWAYS, Optional.empty())),
        Optional.empty());
    Office city = new Office(OfficeId.of("CZ-CITY-OFFICE"), OfficeLevel.CITY,
        DistrictCode.of("320400"), LocalizedText.of("常州", "Changzhou"),
        List.of(ActorId.of("CZ-APP-01")), List.of(CITY.officeKey(ALWAYS, Optional.empty())),
        Optional.of(Office.DEFAULT_DOCUMENT_PATTERN));
    return UnitRegistry.of(bundled.getUnits(), bundled.getActors(), List.of(wujin, city), false);
  }

  private static Workflow at(String time, Sm2KeyPair key) {
    Workflow w = JSON.workflow(APRIL_TO_MARCH, REGISTRY,
        Clock.fixed(OffsetDateTime.parse(time).toInstant(), Workflow.ZONE));
    return key == null ? w : w.signingWith(key.signer());
  }

  /** Submitted 2022-10-10, reviewed 2022-11-01, approved 2022-12-15: inside 3-15. */
  private static String genuine() {
    CaseFile submitted = at("2022-10-10T09:00:00+08:00", null)
        .submit(CaseFileSamples.sample("01-excellent-primary.json"), ActorId.of("WJ-PS-001-S"));
    CaseFile reviewed = at("2022-11-01T10:00:00+08:00", WUJIN).review(submitted,
        ActorId.of("WJ-REV-01"), List.of());
    return JSON.writeCaseFile(at("2022-12-15T15:00:00+08:00", CITY).approve(reviewed,
        ActorId.of("CZ-APP-01"), List.of(), CaseFileSamples.CERTIFIED_2022));
  }

  private static Result<CaseFile> read(String json) {
    return JSON.readCaseFile(json.getBytes(StandardCharsets.UTF_8), JSON.workflow(
        APRIL_TO_MARCH, REGISTRY, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"),
            ZoneOffset.UTC)));
  }

  @Test
  void aFileInsideTheStandardsWindowVerifies() {
    Result<CaseFile> r = read(genuine());
    assertThat(r.problems()).isEmpty();
    assertThat(r.isValid()).isTrue();
  }

  @Test
  void aSubmissionBeforeTheStandardsWindowIsLocated() {
    // 2022-03-31 23:59:59 local = 2022-03-31T15:59:59Z: inside the default, a day before 3-15
    ObjectNode root = (ObjectNode) TREE.readTree(genuine());
    ((ObjectNode) root.get("auditTrail").get(0)).put("at", "2022-03-31T15:59:59Z");
    Result<CaseFile> r = read(TREE.writeValueAsString(root));
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).anySatisfy(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.CASE_FILE_TIME_OUTSIDE_WINDOW);
      assertThat(p.getLocation().getPointer()).contains("/auditTrail/0/at");
      assertThat(p.getLocation().getLine()).isPresent();
    });
  }
}
