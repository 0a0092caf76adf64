package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ggw.standards.json.standard.MeasureCatalogueJson;
import io.github.ggw.standards.rules.measure.MeasureDescriptor;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The standard's JSON Schema names the measures of the catalogue ({@link
 * MeasureRegistry#catalogue()}), each with its summary as description, and still takes an
 * embedder's own names; the catalogue's JSON document carries every entry.
 */
class MeasureSchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<MeasureDescriptor> CATALOGUE = MeasureRegistry.builtIn().catalogue();

  private static JsonNode measureName() {
    return MAPPER.readTree(Schemas.bytes(Schemas.STANDARD)).get("$defs").get("MeasureName");
  }

  @Test
  void theSchemaListsTheCatalogueNamesWithTheirDescriptionsInCatalogueOrder() {
    JsonNode oneOf = measureName().get("anyOf").get(0).get("oneOf");
    assertThat(oneOf.valueStream().map(n -> n.get("const").asString()).toList())
        .containsExactlyElementsOf(CATALOGUE.stream().map(d -> d.name().value()).toList());
    assertThat(oneOf.valueStream().map(n -> n.get("description").asString()).toList())
        .containsExactlyElementsOf(CATALOGUE.stream().map(MeasureDescriptor::summary).toList());
  }

  @Test
  void theSchemaTakesACatalogueNameAndAnEmbeddersNameAndRefusesAMalformedOne() {
    // the definition alone, as a schema document of its own
    Schema name = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(measureName().toString(), InputFormat.JSON);
    assertThat(name.validate("\"elders.count\"", InputFormat.JSON)).isEmpty();
    assertThat(name.validate("\"test.always\"", InputFormat.JSON)).isEmpty();
    assertThat(name.validate("\"Elders count\"", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void theCatalogueDocumentCarriesEveryEntry() {
    JsonNode doc = MAPPER.readTree(MeasureCatalogueJson.write(CATALOGUE));
    assertThat(doc.get("kind").asString()).isEqualTo("measure-catalogue");
    assertThat(doc.get("measures").size()).isEqualTo(22);
    JsonNode activities = doc.get("measures").valueStream()
        .filter(m -> m.get("name").asString().equals("activities.count")).findFirst()
        .orElseThrow();
    assertThat(activities.get("evidenceKind").asString()).isEqualTo("activity");
    assertThat(activities.get("onlyAssessmentYear").asBoolean()).isTrue();
    assertThat(activities.get("parameters").get(1).get("name").asString()).isEqualTo("minLevel");
    assertThat(activities.get("parameters").get(1).get("type").asString()).isEqualTo("AT_LEAST");
    assertThat(activities.get("parameters").get(1).get("allowedValues").get(0).asString())
        .isEqualTo("SCHOOL");
    assertThat(activities.has("sourceNote")).isFalse();
    JsonNode incidents = doc.get("measures").get(21);
    assertThat(incidents.get("source").asString()).isEqualTo("modelled");
    assertThat(incidents.get("sourceNote").get("zh").asString()).startsWith("种子无此条款");
  }
}
