package io.github.ggw.standards.sheets;

import io.github.ggw.standards.json.Schemas;
import io.github.ggw.standards.sheets.Sheets;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.sheets.StandardsCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.CareCarrierKind;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.DifficultyKind;
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.MentoringKind;
import io.github.ggw.standards.model.evidence.PublicityKind;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.VulnerabilityKind;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.VetoEffect;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The standard's three forms agree: JSON and CSV read and write back to equal standards, a
 * canonical CSV writes back byte for byte, and every bundled and test standard is valid against
 * the JSON Schema published in the jar (draft 2020-12, checked with networknt's validator).
 */
class FormatsTest {
  private static final StandardsJson JSON = StandardsJson.create();
  private static final StandardsCsv CSV = StandardsCsv.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(new String(Schemas.bytes(Schemas.STANDARD), StandardCharsets.UTF_8),
          InputFormat.JSON);

  /** The bundled Changzhou standard and the five test sheets. */
  static Stream<Standard> standards() {
    return Stream.concat(Stream.of(ReferenceData.changzhouStandard()),
        Sheets.ALL.stream().map(Sheets::load));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  void everyStandardIsValidAgainstTheSchema(Standard s) {
    List<Error> errors = SCHEMA.validate(JSON.writeStandard(s), InputFormat.JSON);
    assertThat(errors).isEmpty();
  }

  @Test
  void theBundledFileItselfIsValidAgainstTheSchema() {
    String raw = new String(ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD),
        StandardCharsets.UTF_8);
    assertThat(SCHEMA.validate(raw, InputFormat.JSON)).isEmpty();
    for (String name : Sheets.ALL) {
      if (name.endsWith(".json")) {
        assertThat(SCHEMA.validate(Sheets.text(name), InputFormat.JSON)).as(name).isEmpty();
      }
    }
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefuses() {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(JSON.writeStandard(
        ReferenceData.changzhouStandard()));
    ObjectNode first = (ObjectNode) doc.get("dimensions").get(0).get("children").get(0);
    first.withObject("rule").put("type", "lottery");
    assertThat(SCHEMA.validate(doc)).isNotEmpty();
    ObjectNode noPoints = (ObjectNode) MAPPER.readTree(JSON.writeStandard(
        ReferenceData.changzhouStandard()));
    ((ObjectNode) noPoints.get("dimensions").get(0)).remove("maxPoints");
    assertThat(SCHEMA.validate(noPoints)).isNotEmpty();
    ObjectNode extra = (ObjectNode) MAPPER.readTree(JSON.writeStandard(
        ReferenceData.changzhouStandard()));
    extra.put("colour", "red");
    assertThat(SCHEMA.validate(extra)).isNotEmpty();
  }

  /** The schema's enumerations list exactly the constants of the model's enumerations. */
  @Test
  void schemaEnumerationsMatchTheModel() {
    JsonNode defs = MAPPER.readTree(Schemas.bytes(Schemas.STANDARD)).get("$defs");
    for (Class<? extends Enum<?>> e : List.of(UnitType.class, Rating.class,
        CriterionKind.class, NotApplicableMode.class, SourceStatus.class, Comparison.class,
        VetoEffect.class, ActivityKind.class, Award.class, Level.class, Tier.class,
        ElderCategory.class, TrainingKind.class, CareCarrierKind.class, DifficultyKind.class,
        VulnerabilityKind.class, MentoringKind.class, ResearchKind.class, PublicityKind.class,
        DocumentKind.class, DesignationKind.class, IncidentKind.class)) {
      List<String> listed = defs.get(e.getSimpleName()).get("enum").valueStream()
          .map(JsonNode::asString).toList();
      assertThat(listed).as(e.getSimpleName()).containsExactlyElementsOf(
          Arrays.stream(e.getEnumConstants()).map(Enum::name).toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  void jsonAndCsvReadBackToEqualStandards(Standard s) {
    assertThat(JSON.readStandard(JSON.writeStandard(s).getBytes(StandardCharsets.UTF_8))
        .orElseThrow()).isEqualTo(s);
    assertThat(CSV.readStandard(CSV.writeStandardBytes(s)).orElseThrow()).isEqualTo(s);
    // JSON -> CSV -> JSON gives the same JSON text
    assertThat(JSON.writeStandard(CSV.readStandard(CSV.writeStandardBytes(s)).orElseThrow()))
        .isEqualTo(JSON.writeStandard(s));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvSheets")
  void aCanonicalCsvWritesBackByteForByte(String name) {
    String text = Sheets.text(name);
    assertThat(CSV.writeStandard(CSV.readStandard(Sheets.bytes(name)).orElseThrow()))
        .isEqualTo(text);
  }

  static Stream<String> csvSheets() {
    return Sheets.ALL.stream().filter(n -> n.endsWith(".csv"));
  }

  @Test
  void csvBytesStartWithAByteOrderMarkForExcel() {
    byte[] b = CSV.writeStandardBytes(ReferenceData.changzhouStandard());
    assertThat(Arrays.copyOf(b, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(b, 3, 40, StandardCharsets.UTF_8)).startsWith("code,parent,title,");
  }
}
