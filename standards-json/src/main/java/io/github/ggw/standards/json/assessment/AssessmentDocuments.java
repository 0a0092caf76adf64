package io.github.ggw.standards.json.assessment;

import io.github.ggw.standards.json.internal.DocumentDeserializer;
import io.github.ggw.standards.json.internal.DocumentSerializer;
import io.github.ggw.standards.json.internal.DocumentShapes;
import io.github.ggw.standards.json.internal.FastPaths;
import io.github.ggw.standards.json.internal.Mixins;
import io.github.ggw.standards.json.internal.Shape;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import java.util.List;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson wiring of this package's document, which {@link
 * io.github.ggw.standards.json.StandardsModule} installs: a {@link SelfAssessment} reads and
 * writes as its document ({@code kind = "self-assessment"}), wherever it appears, such as in a
 * case file's submissions.
 *
 * <p>Not for direct use: applications register the module.
 */
public final class AssessmentDocuments {
  private static final Shape.Obj UNIT = new Shape.Obj(List.of(
      required("id", text(UnitId.class, "单位代码", "unit id")),
      required("name", text(String.class, "单位名称（文本）", "unit name (text)")),
      required("type", new Shape.Choice(UnitType.class)),
      required("district", text(DistrictCode.class, "六位区县代码", "six-digit district code"))),
      Unit.class);
  private static final Shape.Obj CLAIM = new Shape.Obj(List.of(
      required("code", text(CriterionCode.class, "指标编号（如 1.2）", "item code (such as 1.2)")),
      // points may be left out by a counted deduction's claim that gives its counts (the
      // deserializer reports them missing otherwise)
      new Shape.Member("points", new Shape.Value(Points.class, "number",
          LocalizedText.of("分值（数字）", "points (a number)")), false),
      required("narrative", text(String.class, "说明（文本）", "narrative (text)")),
      new Shape.Member("deficiencies", new Shape.Counts(new Shape.Whole(0, 1_000_000)), false)),
      Claim.class);
  /** The self-assessment document: its header, unit, standard, year, evidence and claims. */
  private static final Shape SHAPE = new Shape.Obj(List.of(
      required("kind", new Shape.Kind(AssessmentDocument.KIND)),
      required("formatVersion", new Shape.Version()),
      required("unit", UNIT),
      required("standardId", text(StandardId.class, "标准代码", "standard id")),
      required("standardVersion", text(StandardVersion.class, "标准版本", "standard version")),
      // the bounds of SelfAssessment's year
      required("year", new Shape.Whole(2000, 2100)),
      required("evidence", new Shape.ListOf(new Shape.Evidence())),
      required("claims", new Shape.ListOf(CLAIM))), null);

  private AssessmentDocuments() {}

  /**
   * The expected shape of a self-assessment document, which the safe reader walks to report every
   * problem of a document that does not bind: header, unit (id, name, type, district), standard
   * id and version, year (2000 to 2100), evidence by the evidence-kind registry, and claims
   * (code, points, narrative); every member required.
   *
   * @return the shape
   */
  public static Shape shape() {
    return SHAPE;
  }

  private static Shape.Member required(String name, Shape shape) {
    return new Shape.Member(name, shape, true);
  }

  private static Shape text(Class<?> type, String zh, String en) {
    return new Shape.Value(type, "string", LocalizedText.of(zh, en));
  }

  /**
   * Adds the serializer and deserializer of self-assessments to a module.
   *
   * @param module the module, not null
   */
  public static void register(SimpleModule module) {
    DocumentShapes.register(SelfAssessment.class, SHAPE);
    module.addSerializer(SelfAssessment.class,
        new DocumentSerializer<>(SelfAssessment.class, AssessmentDocument::from));
    module.addDeserializer(SelfAssessment.class, DocumentDeserializer.of(SelfAssessment.class,
        AssessmentDocument.class, AssessmentDocument::toModel));
    module.addDeserializer(Claim.class, new ClaimDocument.Deserializer());
    FastPaths.register(SelfAssessment.class,
        mapper -> AssessmentFastPath.of(mapper, Mixins.evidenceTypes()));
  }
}
