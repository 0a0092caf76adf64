package io.github.ggw.standards.json.menu;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ggw.standards.json.ReaderFuzzing;
import io.github.ggw.standards.json.reference.ReferenceData;

/**
 * Fuzz tests of the menu readers of {@link MenusJson}: needs menus and resource menus.
 * Regression mode in every build over the seeds in {@code MenusJsonFuzzTestInputs/<method>/}:
 * the two bundled menus (each also given to the other reader), a truncated one, one of another
 * format version, one with nulls and an unknown member, and documents of the hostile corpus (an
 * array root, a comment, 1000 levels of nesting, a duplicate key, an empty file); see
 * {@link io.github.ggw.standards.json.StandardsJsonFuzzTest}.
 */
class MenusJsonFuzzTest {
  private static final MenusJson JSON = MenusJson.create();

  @FuzzTest
  void readNeeds(byte[] input) {
    ReaderFuzzing.warmUp("MenusJson.readNeeds", () -> JSON.readNeeds(
        ReferenceData.resource(ReferenceData.EXAMPLE_NEEDS_MENU)));
    ReaderFuzzing.check("MenusJson.readNeeds", input, () -> JSON.readNeeds(input));
  }

  @FuzzTest
  void readResources(byte[] input) {
    ReaderFuzzing.warmUp("MenusJson.readResources", () -> JSON.readResources(
        ReferenceData.resource(ReferenceData.EXAMPLE_RESOURCE_MENU)));
    ReaderFuzzing.check("MenusJson.readResources", input, () -> JSON.readResources(input));
  }
}
