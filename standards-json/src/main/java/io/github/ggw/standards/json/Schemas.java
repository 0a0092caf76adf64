package io.github.ggw.standards.json;

/**
 * The JSON Schemas (draft 2020-12) published in this jar (JSON 模式), so that systems in other
 * languages can validate documents before sending them. Each is a classpath resource; read it with
 * {@link ReferenceData#resource(String)}.
 */
public final class Schemas {
  private static final String BASE = "/io/github/ggw/standards/json/schemas/";

  /** The schema of a self-assessment document ({@code kind = "self-assessment"}, version 1). */
  public static final String SELF_ASSESSMENT = BASE + "self-assessment-1.schema.json";

  /** The schema of a score-report document ({@code kind = "score-report"}, version 1). */
  public static final String SCORE_REPORT = BASE + "score-report-1.schema.json";

  private Schemas() {}
}
