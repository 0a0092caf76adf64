package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import java.nio.charset.StandardCharsets;

/**
 * How assessments travel as bytes (自评材料编解码) — the library's JSON by default, or a tester's
 * own format or service — for the round-trip contract.
 */
public interface AssessmentCodec {
  /**
   * Writes an assessment.
   *
   * @param assessment the assessment
   * @return its bytes
   */
  byte[] write(SelfAssessment assessment);

  /**
   * Reads an assessment.
   *
   * @param bytes the bytes
   * @return the value or the problems
   */
  Result<SelfAssessment> read(byte[] bytes);

  /**
   * The library's JSON.
   *
   * @param json the reader and writer, not null
   * @return the codec
   */
  static AssessmentCodec json(StandardsJson json) {
    return new AssessmentCodec() {
      @Override
      public byte[] write(SelfAssessment assessment) {
        return json.writeAssessment(assessment).getBytes(StandardCharsets.UTF_8);
      }

      @Override
      public Result<SelfAssessment> read(byte[] bytes) {
        return json.readAssessment(bytes);
      }
    };
  }
}
