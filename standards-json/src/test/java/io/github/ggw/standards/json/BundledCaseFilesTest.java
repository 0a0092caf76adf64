package io.github.ggw.standards.json;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.reference.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.CaseStatus;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample case files are golden files: each is exactly what {@link CaseFileSamples}
 * makes today, and each reads back (digests checked, trail replayed) to that file. Run with
 * {@code -Dstandards.regenerate=true} to write them again after a deliberate format change.
 */
class BundledCaseFilesTest {
  private static final Path RESOURCES =
      Path.of("src/main/resources/io/github/ggw/standards/json/reference/cases");
  private final Workflow workflow = CaseFileSamples.JSON.workflow(CaseFileSamples.STANDARD,
      ReferenceData.changzhouRegistry(), Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void bundledCaseFilesAreWhatTheWorkflowMakes() throws IOException {
    Map<String, CaseFile> made = CaseFileSamples.all();
    if (Boolean.getBoolean("standards.regenerate")) {
      Files.createDirectories(RESOURCES);
      StringBuilder index = new StringBuilder(
          "# The bundled sample case files (made by CaseFileSamples in the tests).\n");
      for (Map.Entry<String, CaseFile> e : made.entrySet()) {
        Files.writeString(RESOURCES.resolve(e.getKey()),
            CaseFileSamples.JSON.writeCaseFile(e.getValue()) + "\n", StandardCharsets.UTF_8);
        index.append(e.getKey()).append('\n');
      }
      Files.writeString(RESOURCES.resolve("index.txt"), index, StandardCharsets.UTF_8);
    }
    assertThat(ReferenceData.caseFileNames()).containsExactlyElementsOf(made.keySet());
    for (Map.Entry<String, CaseFile> e : made.entrySet()) {
      String bundled = new String(ReferenceData.caseFile(e.getKey()), StandardCharsets.UTF_8);
      // SM2 signatures are randomised: the files are equal but for the signature values
      assertThat(unsigned(bundled)).as(e.getKey())
          .isEqualTo(unsigned(CaseFileSamples.JSON.writeCaseFile(e.getValue()) + "\n"));
      Result<CaseFile> read = CaseFileSamples.JSON.readCaseFile(
          ReferenceData.caseFile(e.getKey()), workflow);
      assertThat(read.problems()).as(e.getKey()).isEmpty();
      assertThat(CaseFileSamples.JSON.writeCaseFile(read.orElseThrow()) + "\n")
          .isEqualTo(bundled);
    }
  }

  private static String unsigned(String caseFileJson) {
    return caseFileJson.replaceAll("\"signature\" : \"[A-Za-z0-9+/=]+\"",
        "\"signature\" : \"…\"");
  }

  @Test
  void everyDecisionOfTheBundledCaseFilesIsSignedWithADemoKeyOfItsOffice() {
    for (CaseFile f : CaseFileSamples.all().values()) {
      for (var e : f.getAuditTrail()) {
        assertThat(e.signature().isPresent()).as(f + " " + e.sequence()).isEqualTo(e.isDecision());
        e.signature().ifPresent(s -> {
          var office = ReferenceData.changzhouRegistry().office(e.office().orElseThrow())
              .orElseThrow();
          assertThat(office.key(s.keyId())).as(s.keyId()).isPresent();
          assertThat(io.github.ggw.standards.rules.workflow.DemoKeys.isDemo(s.keyId())).isTrue();
        });
      }
    }
    assertThat(ReferenceData.changzhouRegistry().isDemo()).isTrue();
  }

  @Test
  void bundledCaseFilesTellTheirStories() {
    Map<String, CaseFile> made = CaseFileSamples.all();
    assertThat(made.values()).extracting(CaseFile::getStatus).containsExactly(
        CaseStatus.REVIEWED, CaseStatus.APPROVED, CaseStatus.APPROVED, CaseStatus.REJECTED,
        CaseStatus.SUBMITTED);
    CaseFile jintan = made.get("JT-VS-002-2022.case.json");
    assertThat(jintan.getRevision()).isEqualTo(2);
    assertThat(jintan.getAuditTrail()).hasSize(5);
  }
}
