package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.github.ggw.standards.json.internal.AnnotatedSchemas;
import io.github.ggw.standards.json.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The annotated, per-language copies of the self-assessment schema for form builders: the
 * generator's output, equal to the plain schema apart from annotations, with the registry's
 * labels.
 */
class AnnotatedSchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema PLAIN = SchemaTest.schema(Schemas.SELF_ASSESSMENT);
  private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  private static JsonNode committed(Locale l) {
    return MAPPER.readTree(Schemas.bytes(AnnotatedSchemas.resource(l)));
  }

  @Test
  void regeneratingGivesTheCommittedFiles() {
    for (Locale l : LANGUAGES) {
      assertThat(new String(Schemas.bytes(AnnotatedSchemas.resource(l)), StandardCharsets.UTF_8))
          .as("%s: run AnnotatedSchemas.main with the schemas folder to write it again", l)
          .isEqualTo(AnnotatedSchemas.generate(l));
    }
  }

  @Test
  void eachCopyEqualsThePlainSchemaApartFromAnnotations() {
    JsonNode plain = strip(MAPPER.readTree(Schemas.bytes(Schemas.SELF_ASSESSMENT)), false);
    for (Locale l : LANGUAGES) {
      assertThat(strip(committed(l), false)).as(l.toString()).isEqualTo(plain);
    }
  }

  @Test
  void fieldsAndValuesCarryTheRegistrysLabels() {
    JsonNode zh = committed(Locale.SIMPLIFIED_CHINESE);
    JsonNode en = committed(Locale.ENGLISH);
    assertThat(zh.get("$id").asString()).endsWith("/self-assessment-1.zh-CN.schema.json");
    assertThat(en.get("$id").asString()).endsWith("/self-assessment-1.en.schema.json");
    // the second evidence branch is the elder roster; its tier is the third field
    JsonNode elderZh = zh.get("$defs").get("evidence").get("oneOf").get(1);
    assertThat(elderZh.get("title").asString()).isEqualTo("五老名册");
    JsonNode tier = elderZh.get("properties").get("tier");
    assertThat(tier.get("title").asString()).isEqualTo("层级");
    assertThat(tier.get("oneOf").get(0).get("const").asString()).isEqualTo("CORE");
    assertThat(tier.get("oneOf").get(0).get("title").asString()).isEqualTo("核心层");
    JsonNode elderEn = en.get("$defs").get("evidence").get("oneOf").get(1);
    assertThat(elderEn.get("title").asString()).isEqualTo("Elder roster");
    assertThat(elderEn.get("properties").get("tier").get("title").asString()).isEqualTo("Tier");
    // the training's hours: a decimal above 0 and at most 24, in hours
    JsonNode hours = zh.get("$defs").get("evidence").get("oneOf").get(2).get("properties")
        .get("hours");
    assertThat(hours.get("description").asString()).contains("小时", "大于 0，至多 24");
    assertThat(zh.get("$defs").get("unit").get("properties").get("type").get("oneOf")
        .get(1).get("title").asString()).isEqualTo("小学");
  }

  @Test
  void eachCopyValidatesWhatThePlainSchemaValidates() {
    for (Locale l : LANGUAGES) {
      Schema schema = SchemaTest.schema(AnnotatedSchemas.resource(l));
      for (String name : ReferenceData.sampleNames()) {
        String doc = new String(ReferenceData.sample(name), StandardCharsets.UTF_8);
        assertThat(SchemaTest.errors(schema, doc)).as(name).isEmpty();
        // an unknown tier is refused by the copy exactly when the plain schema refuses it
        String broken = doc.replace("\"CORE\"", "\"CHIEF\"");
        assertThat(SchemaTest.errors(schema, broken).isEmpty()).as(name)
            .isEqualTo(SchemaTest.errors(PLAIN, broken).isEmpty());
      }
      String one = new String(ReferenceData.sample("01-excellent-primary.json"),
          StandardCharsets.UTF_8);
      assertThat(SchemaTest.errors(schema, one.replace("\"CORE\"", "\"CHIEF\""))).isNotEmpty();
      assertThat(SchemaTest.errors(schema, one.replace("\"PRIMARY\"", "\"UNIVERSITY\"")))
          .isNotEmpty();
    }
  }

  /**
   * The schema without annotations: no {@code $id}, {@code title} or {@code description} keyword
   * (member names in {@code properties} are kept), and every {@code oneOf} of {@code {const,
   * title}} objects written back as {@code enum}.
   */
  static JsonNode strip(JsonNode node, boolean memberNames) {
    if (node.isArray()) {
      ArrayNode out = MAPPER.createArrayNode();
      node.forEach(n -> out.add(strip(n, false)));
      return out;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode out = MAPPER.createObjectNode();
    for (Map.Entry<String, JsonNode> p : node.properties()) {
      String k = p.getKey();
      if (!memberNames && (k.equals("$id") || k.equals("title") || k.equals("description"))) {
        continue;
      }
      if (!memberNames && k.equals("oneOf") && constsOnly(p.getValue())) {
        ArrayNode values = out.putArray("enum");
        p.getValue().forEach(c -> values.add(c.get("const")));
        continue;
      }
      out.set(k, strip(p.getValue(), !memberNames && k.equals("properties")));
    }
    return out;
  }

  private static boolean constsOnly(JsonNode oneOf) {
    if (!oneOf.isArray() || oneOf.isEmpty()) {
      return false;
    }
    for (JsonNode c : oneOf) {
      if (!c.isObject() || !c.has("const") || c.size() != 2 || !c.has("title")) {
        return false;
      }
    }
    return true;
  }
}
