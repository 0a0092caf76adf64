package io.github.ggw.standards.json;

import io.github.ggw.standards.json.reference.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schemas, checked with a real validator (networknt json-schema-validator): every
 * bundled sample, the invalid sample (valid in form; its faults are the scorer's) and the
 * reports of the bundled samples. Generated assessments are checked in standards-testkit.
 */
class SchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final StandardsJson json = StandardsJson.create();

  static Schema schema(String resource) {
    return REGISTRY.getSchema(new ByteArrayInputStream(ReferenceData.resource(resource)),
        InputFormat.JSON);
  }

  private static final Schema ASSESSMENT = schema(Schemas.SELF_ASSESSMENT);
  private static final Schema REPORT = schema(Schemas.SCORE_REPORT);

  static List<Error> errors(Schema schema, String document) {
    return schema.validate(MAPPER.readTree(document));
  }

  static Stream<String> samples() {
    return ReferenceData.sampleNames().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void bundledSamplesAndTheirReportsFollowTheSchemas(String name) {
    String sample = new String(ReferenceData.sample(name), StandardCharsets.UTF_8);
    assertThat(errors(ASSESSMENT, sample)).isEmpty();
    SelfAssessment a = json.readAssessment(ReferenceData.sample(name)).orElseThrow();
    ScoreReport r = Scorer.create().score(ReferenceData.changzhouStandard(), a).value()
        .orElseThrow();
    assertThat(errors(REPORT, json.writeReport(r))).isEmpty();
  }

  @Test
  void invalidSampleIsWellFormedForTheSchema() {
    assertThat(errors(ASSESSMENT, new String(ReferenceData.resource(
        ReferenceData.INVALID_SAMPLE), StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void schemaRefusesWhatTheReaderRefuses() {
    String sample = new String(ReferenceData.sample("01-excellent-primary.json"),
        StandardCharsets.UTF_8);
    assertThat(errors(ASSESSMENT, sample.replace("\"year\": 2022", "\"year\": \"2022\"")))
        .isNotEmpty();
    assertThat(errors(ASSESSMENT, sample.replace("\"kind\": \"self-assessment\"",
        "\"kind\": \"standard\""))).isNotEmpty();
    assertThat(errors(ASSESSMENT, sample.replace("\"type\": \"elder\"", "\"type\": \"pet\"")))
        .isNotEmpty();
    assertThat(errors(ASSESSMENT, sample.replace("\"narrative\": \"见佐证材料\"",
        "\"narrative\": \"见佐证材料\", \"extra\": 1"))).isNotEmpty();
  }

  @Test
  void schemaEnumerationsEqualTheJavaEnums() {
    JsonNode a = MAPPER.readTree(ReferenceData.resource(Schemas.SELF_ASSESSMENT));
    JsonNode activity = a.at("/$defs/evidence/oneOf/3/properties/kind/enum");
    assertThat(names(activity)).isEqualTo(Arrays.stream(ActivityKind.values()).map(Enum::name)
        .toList());
    JsonNode r = MAPPER.readTree(ReferenceData.resource(Schemas.SCORE_REPORT));
    assertThat(names(r.at("/$defs/problem/properties/code/enum")))
        .isEqualTo(Arrays.stream(ProblemCode.values()).map(Enum::name).toList());
    assertThat(names(r.at("/$defs/report/properties/rating/enum")))
        .isEqualTo(Arrays.stream(Rating.values()).map(Enum::name).toList());
  }

  private static List<String> names(JsonNode array) {
    assertThat(array.isArray()).as("an enum array").isTrue();
    return array.valueStream().map(JsonNode::asString).toList();
  }
}
