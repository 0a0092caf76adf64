package io.github.ggw.standards.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ggw.standards.json.reference.ReferenceData;

/**
 * Fuzz tests of the document readers of {@link StandardsJson}: self-assessment (strict and
 * lenient), standard, profile and score report. In {@code mvn verify} each runs in regression
 * mode over its committed seeds in {@code StandardsJsonFuzzTestInputs/<method>/} (the bundled
 * documents and the hostile corpus); with {@code JAZZER_FUZZ=1} one of them fuzzes (see the
 * README, "Fuzzing the readers"). The oracle is {@link ReaderFuzzing#check}.
 */
class StandardsJsonFuzzTest {
  private static final StandardsJson STRICT = StandardsJson.create();
  private static final StandardsJson LENIENT =
      StandardsJson.create(ReadLimits.DEFAULT, ReadMode.LENIENT);

  @FuzzTest
  void readAssessment(byte[] input) {
    byte[] sample = ReferenceData.sample("01-excellent-primary.json");
    ReaderFuzzing.warmUp("readAssessment", () -> STRICT.readAssessment(sample));
    ReaderFuzzing.warmUp("readAssessment lenient", () -> LENIENT.readAssessment(sample));
    ReaderFuzzing.check("readAssessment", input, () -> STRICT.readAssessment(input));
    ReaderFuzzing.check("readAssessment lenient", input, () -> LENIENT.readAssessment(input));
  }

  @FuzzTest
  void readStandard(byte[] input) {
    ReaderFuzzing.warmUp("readStandard", () -> STRICT.readStandard(
        ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD)));
    ReaderFuzzing.check("readStandard", input, () -> STRICT.readStandard(input));
  }

  @FuzzTest
  void readProfile(byte[] input) {
    ReaderFuzzing.warmUp("readProfile", () -> STRICT.readProfile(ReaderFuzzing.seed(
        StandardsJsonFuzzTest.class, "readProfile", "kindergarten-profile.json")));
    ReaderFuzzing.check("readProfile", input, () -> STRICT.readProfile(input));
  }

  @FuzzTest
  void readReport(byte[] input) {
    ReaderFuzzing.warmUp("readReport", () -> STRICT.readReport(ReaderFuzzing.seed(
        StandardsJsonFuzzTest.class, "readReport", "report-01-excellent-primary.json")));
    ReaderFuzzing.check("readReport", input, () -> STRICT.readReport(input));
  }
}
