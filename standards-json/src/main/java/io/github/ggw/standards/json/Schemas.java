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

  /**
   * The self-assessment schema annotated in Chinese, for form builders: equal to {@link
   * #SELF_ASSESSMENT} but for its {@code $id}, a {@code title} and {@code description} per member
   * and evidence kind (labels of the evidence-kind registry) and enumerations written as {@code
   * oneOf} of {@code {const, title}} with the values' Chinese labels.
   */
  public static final String SELF_ASSESSMENT_ZH = BASE + "self-assessment-1.zh-CN.schema.json";

  /** The self-assessment schema annotated in English, as {@link #SELF_ASSESSMENT_ZH} is in Chinese. */
  public static final String SELF_ASSESSMENT_EN = BASE + "self-assessment-1.en.schema.json";

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
