package io.github.ggw.standards.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.StandardsModule;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Result;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated assessments read by the library's readers (whose fast path reads the plain documents
 * the library writes) bind to the value a plain Jackson mapper with {@link StandardsModule}
 * binds, which is the assessment written: for the bundled standard and for generated standards
 * with their facts and counted deductions.
 */
class FastBindingProperties {
  private final StandardsJson json = StandardsJson.create();
  private final JsonMapper plain = JsonMapper.builder().addModule(new StandardsModule()).build();

  private void bindsAsJacksonDoes(SelfAssessment a) {
    byte[] bytes = json.writeAssessment(a).getBytes(StandardCharsets.UTF_8);
    SelfAssessment jackson = plain.readValue(bytes, SelfAssessment.class);
    assertThat(jackson).isEqualTo(a);
    assertThat(json.bindAssessment(bytes)).isEqualTo(jackson);
    Result<SelfAssessment> read = json.readAssessment(bytes);
    read.value().ifPresent(v -> assertThat(v).isEqualTo(jackson));
    // a compact line reads alike
    byte[] line = json.writeAssessmentLine(a).getBytes(StandardCharsets.UTF_8);
    assertThat(json.bindAssessment(line)).isEqualTo(jackson);
  }

  @Test
  void generatedAssessmentsOfTheBundledStandardBindAsJacksonBindsThem() {
    qt().withExamples(500).forAll(Generators.assessments(ReferenceData.changzhouStandard()))
        .checkAssert(this::bindsAsJacksonDoes);
  }

  @Test
  void generatedAssessmentsOfGeneratedStandardsBindAsJacksonBindsThem() {
    qt().withExamples(500).forAll(Generators.scoringCases(StandardOptions.defaults()))
        .checkAssert(c -> bindsAsJacksonDoes(c.assessment()));
  }
}
