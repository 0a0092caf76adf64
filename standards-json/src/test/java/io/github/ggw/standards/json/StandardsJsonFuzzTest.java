package io.github.ggw.standards.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ggw.standards.json.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;

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

  /** The first call of each reader loads its classes: made here, untimed, on a real document. */
  @BeforeAll
  static void warmUp() {
    StandardsJsonFuzzTest test = new StandardsJsonFuzzTest();
    byte[] sample = ReferenceData.sample(ReferenceData.sampleNames().get(0));
    test.readAssessment(sample);
    test.readStandard(ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD));
    test.readProfile(ReaderFuzzing.seed(StandardsJsonFuzzTest.class, "readProfile",
        "kindergarten-profile.json"));
    test.readReport(ReaderFuzzing.seed(StandardsJsonFuzzTest.class, "readReport",
        "report-01-excellent-primary.json"));
  }

  @FuzzTest
  void readAssessment(byte[] input) {
    ReaderFuzzing.check("readAssessment", input, () -> STRICT.readAssessment(input));
    ReaderFuzzing.check("readAssessment lenient", input, () -> LENIENT.readAssessment(input));
  }

  @FuzzTest
  void readStandard(byte[] input) {
    ReaderFuzzing.check("readStandard", input, () -> STRICT.readStandard(input));
  }

  @FuzzTest
  void readProfile(byte[] input) {
    ReaderFuzzing.check("readProfile", input, () -> STRICT.readProfile(input));
  }

  @FuzzTest
  void readReport(byte[] input) {
    ReaderFuzzing.check("readReport", input, () -> STRICT.readReport(input));
  }
}
