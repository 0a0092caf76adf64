package io.github.ggw.standards.json.workflow;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ggw.standards.json.ReaderFuzzing;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Fuzz tests of the readers of {@link WorkflowJson}: case files (digests checked, trail replayed
 * by the workflow of the bundled standard and registry) and registries. Regression mode over the
 * seeds in {@code WorkflowJsonFuzzTestInputs/<method>/} (the bundled case files and registry) in
 * every build; see {@link io.github.ggw.standards.json.StandardsJsonFuzzTest}.
 */
class WorkflowJsonFuzzTest {
  private static final WorkflowJson JSON = WorkflowJson.create();
  private static final Workflow WORKFLOW = JSON.workflow(ReferenceData.changzhouStandard(),
      ReferenceData.changzhouRegistry(), Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));

  @FuzzTest
  void readCaseFile(byte[] input) {
    ReaderFuzzing.warmUp("readCaseFile", () -> JSON.readCaseFile(
        ReferenceData.caseFile(ReferenceData.caseFileNames().get(0)), WORKFLOW));
    ReaderFuzzing.check("readCaseFile", input, () -> JSON.readCaseFile(input, WORKFLOW));
  }

  @FuzzTest
  void readRegistry(byte[] input) {
    ReaderFuzzing.warmUp("readRegistry", () -> JSON.readRegistry(
        ReferenceData.resource(ReferenceData.CHANGZHOU_REGISTRY)));
    ReaderFuzzing.check("readRegistry", input, () -> JSON.readRegistry(input));
  }
}
