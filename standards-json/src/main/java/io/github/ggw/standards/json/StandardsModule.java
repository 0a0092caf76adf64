package io.github.ggw.standards.json;

import io.github.ggw.standards.json.assessment.AssessmentDocuments;
import io.github.ggw.standards.json.internal.LibraryTypes;
import io.github.ggw.standards.json.internal.Mixins;
import io.github.ggw.standards.json.internal.ValueCodecs;
import io.github.ggw.standards.json.menu.MenuDocuments;
import io.github.ggw.standards.json.plan.PlanDocuments;
import io.github.ggw.standards.json.report.ReportDocuments;
import io.github.ggw.standards.json.standard.StandardDocuments;
import io.github.ggw.standards.json.workflow.WorkflowDocuments;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of this library (Jackson 模块): registered with a mapper, it reads and
 * writes the model and report types as this library's documents do.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new StandardsModule()).build();
 * String json = mapper.writeValueAsString(report);   // {"kind": "score-report", ...}
 * ScoreReport back = mapper.readValue(json, ScoreReport.class);
 * }</pre>
 *
 * <p>It is also listed in {@code META-INF/services/tools.jackson.databind.JacksonModule}, so a
 * mapper that looks its modules up ({@code JsonMapper.builder().findAndAddModules()}) finds it.
 * What it carries:
 *
 * <ul>
 *   <li>identifiers, codes, versions and digests as JSON strings, points as plain JSON numbers
 *       ({@code 12.5}, never an object);
 *   <li>evidence and scoring rules told apart by their {@code type} member, from a closed list
 *       of logical names (no class name is ever read from input); derived accessors hidden;
 *   <li>the top-level types as their documents, with {@code kind} and {@code formatVersion}:
 *       {@code Standard}, {@code Profile}, {@code SelfAssessment}, {@code ScoreReport}, {@code
 *       CaseFile}, {@code UnitRegistry}, {@code ActionPlan} and {@code WorkPlan} write the same
 *       JSON as {@link StandardsJson} and the other facades of this library (pretty printing
 *       aside) and read back to equal values, except that a score report read has no warnings;
 *   <li>for this library's own types only, absent members left out (null and empty {@code
 *       Optional}) and decimals written plain ({@code 1000}, not {@code 1E+3}): these are set
 *       per type, not on the mapper, so an application's own classes are written exactly as
 *       without the module.
 * </ul>
 *
 * <p><b>For trusted data.</b> A mapper with this module binds what it is given and throws on the
 * first problem; it applies no reading limits, no duplicate-key check, no personal-data scan and
 * no Bean Validation, and its errors are Jackson's. Read untrusted input (uploads, files from
 * units, requests) with the readers of this library, such as {@link StandardsJson#readAssessment(
 * byte[])}, which do all of that, never throw on bad input and report every problem with its
 * place. The library's own writers are a mapper with exactly this module and Jackson's default
 * pretty printer.
 */
public final class StandardsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module; stateless, so one instance may serve any number of mappers. */
  public StandardsModule() {
    super("io.github.ggw.standards");
    ValueCodecs.register(this);
    Mixins.register(this);
    StandardDocuments.register(this);
    AssessmentDocuments.register(this);
    ReportDocuments.register(this);
    WorkflowDocuments.register(this);
    PlanDocuments.register(this);
    MenuDocuments.register(this);
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.appendAnnotationIntrospector(new LibraryTypes());
    context.addSerializerModifier(
        io.github.ggw.standards.json.standard.FilteredMeasureJson.modifier());
  }
}
