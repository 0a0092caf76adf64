package io.github.ggw.standards.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ggw.standards.json.batch.AssessmentStream;
import io.github.ggw.standards.json.batch.BatchScoring;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.Schemas;
import io.github.ggw.standards.json.batch.SourcedResult;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated assessments against the published schema and through batches: every generated
 * assessment follows the self-assessment schema, and batch output keeps the input order
 * whatever the number of threads.
 */
class JsonProperties {
  private final StandardsJson json = StandardsJson.create();
  private final Standard standard = ReferenceData.changzhouStandard();

  @Test
  void generatedAssessmentsFollowTheSchema() {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(new ByteArrayInputStream(ReferenceData.resource(Schemas.SELF_ASSESSMENT)),
            InputFormat.JSON);
    JsonMapper mapper = JsonMapper.builder().build();
    qt().withExamples(200).forAll(Generators.assessments(standard))
        .checkAssert(a -> assertThat(schema.validate(mapper.readTree(json.writeAssessment(a))))
            .isEmpty());
  }

  @Test
  void batchOutputKeepsTheInputOrderWhateverTheThreads() {
    qt().withExamples(20).forAll(SourceDSL.lists().of(Generators.assessments(standard))
        .ofSizeBetween(0, 60)).checkAssert(list -> {
          StringBuilder ndjson = new StringBuilder();
          list.forEach(a -> ndjson.append(json.writeAssessmentLine(a)).append('\n'));
          byte[] bytes = ndjson.toString().getBytes(StandardCharsets.UTF_8);
          BatchScoring scoring = BatchScoring.of(json, Scorer.create(), standard);
          List<SourcedResult> one = new ArrayList<>();
          List<SourcedResult> four = new ArrayList<>();
          assertThat(scoring.run(AssessmentStream.open(json, "b",
              new ByteArrayInputStream(bytes)), 1, one::add)).isEqualTo(list.size());
          scoring.run(AssessmentStream.open(json, "b", new ByteArrayInputStream(bytes)), 4,
              four::add);
          assertThat(four).isEqualTo(one);
          for (int i = 0; i < list.size(); i++) {
            SelfAssessment a = list.get(i);
            assertThat(one.get(i).report().unit()).isEqualTo(a.getUnit());
          }
        });
  }

  @Test
  void csvRoundTripIsIdentityForGeneratedStandards() {
    io.github.ggw.standards.sheets.StandardsCsv csv = io.github.ggw.standards.sheets.StandardsCsv
        .create();
    qt().withExamples(200).forAll(Generators.standards(StandardOptions.defaults()))
        .checkAssert(s -> assertThat(csv.readStandard(csv.writeStandardBytes(s))
            .orElseThrow()).isEqualTo(s));
  }
}
