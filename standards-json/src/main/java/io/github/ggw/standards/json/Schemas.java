package io.github.ggw.standards.json;

import io.github.ggw.standards.json.reference.ReferenceData;

/**
 * The JSON Schemas (draft 2020-12) published in this jar (JSON 模式), all under one resource
 * folder ({@code io/github/ggw/standards/json/schemas/}), so that systems in other languages can
 * validate documents before sending them. Each constant is a classpath resource name; {@link
 * #bytes(String)} reads one.
 */
public final class Schemas {
  private static final String BASE = "/io/github/ggw/standards/json/schemas/";

  /** The schema of a standard ({@code kind = "standard"}, version 1). */
  public static final String STANDARD = BASE + "standard-1.schema.json";

  /** The schema of a self-assessment document ({@code kind = "self-assessment"}, version 1). */
  public static final String SELF_ASSESSMENT = BASE + "self-assessment-1.schema.json";

  /** The schema of a score-report document ({@code kind = "score-report"}, version 1). */
  public static final String SCORE_REPORT = BASE + "score-report-1.schema.json";

  /** The schema of a needs menu ({@code kind = "needs-menu"}, version 1). */
  public static final String NEEDS_MENU = BASE + "needs-menu-1.schema.json";

  /** The schema of a resource menu ({@code kind = "resource-menu"}, version 1). */
  public static final String RESOURCE_MENU = BASE + "resource-menu-1.schema.json";

  private Schemas() {}

  /**
   * Reads one of the schemas of this jar.
   *
   * @param schema one of the constants of this class, not null
   * @return the schema's UTF-8 bytes
   * @throws io.github.ggw.standards.model.StandardsException if there is no such resource
   */
  public static byte[] bytes(String schema) {
    return ReferenceData.resource(schema);
  }
}
