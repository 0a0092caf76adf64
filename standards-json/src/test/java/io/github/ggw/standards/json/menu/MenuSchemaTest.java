package io.github.ggw.standards.json.menu;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ggw.standards.json.Schemas;
import io.github.ggw.standards.json.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The menu schemas, checked with a real validator: the bundled menus and what the writer writes
 * follow them, and they refuse what the reader refuses in form (a wrong kind, an unknown
 * category code, a count of 0, an unknown member).
 */
class MenuSchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static Schema schema(String resource) {
    return REGISTRY.getSchema(new ByteArrayInputStream(Schemas.bytes(resource)),
        InputFormat.JSON);
  }

  private static String text(String resource) {
    return new String(ReferenceData.resource(resource), StandardCharsets.UTF_8);
  }

  @Test
  void theBundledMenusAndTheWritersOutputFollowTheSchemas() {
    Schema needs = schema(Schemas.NEEDS_MENU);
    Schema resources = schema(Schemas.RESOURCE_MENU);
    String n = text(ReferenceData.EXAMPLE_NEEDS_MENU);
    String r = text(ReferenceData.EXAMPLE_RESOURCE_MENU);
    assertThat(needs.validate(MAPPER.readTree(n))).isEmpty();
    assertThat(resources.validate(MAPPER.readTree(r))).isEmpty();
    MenusJson json = MenusJson.create();
    assertThat(needs.validate(MAPPER.readTree(json.writeNeeds(
        json.readNeeds(n.getBytes(StandardCharsets.UTF_8)).orElseThrow())))).isEmpty();
    assertThat(resources.validate(MAPPER.readTree(json.writeResources(
        json.readResources(r.getBytes(StandardCharsets.UTF_8)).orElseThrow())))).isEmpty();
  }

  @Test
  void theSchemasRefuseWhatTheReaderRefusesInForm() {
    Schema needs = schema(Schemas.NEEDS_MENU);
    String n = text(ReferenceData.EXAMPLE_NEEDS_MENU);
    assertThat(needs.validate(MAPPER.readTree(n.replace("\"needs-menu\"", "\"resource-menu\""))))
        .isNotEmpty();
    assertThat(needs.validate(MAPPER.readTree(n.replace("\"TUTORING\"", "\"TUTOR\""))))
        .isNotEmpty();
    assertThat(needs.validate(MAPPER.readTree(n.replace("\"count\": 12", "\"count\": 0"))))
        .isNotEmpty();
    assertThat(needs.validate(MAPPER.readTree(n.replace("\"id\": \"N01\",",
        "\"id\": \"N01\", \"note\": 1,")))).isNotEmpty();
  }
}
