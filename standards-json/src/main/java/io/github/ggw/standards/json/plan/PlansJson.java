package io.github.ggw.standards.json.plan;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.json.internal.OutputDocument;
import io.github.ggw.standards.json.internal.ReadPipeline;
import io.github.ggw.standards.json.internal.Writers;
import io.github.ggw.standards.model.plan.ActionPlan;
import io.github.ggw.standards.model.plan.UnitDesignation;
import io.github.ggw.standards.model.plan.WorkPlan;
import io.github.ggw.standards.rules.menu.MatchResult;
import io.github.ggw.standards.rules.plan.PlanProgress;
import io.github.ggw.standards.rules.stats.DistrictSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes the planning documents as JSON (规划类文档读写): action plans ({@code kind =
 * "action-plan"}), work points ({@code "work-plan"}) and designations ({@code "designations"});
 * writes plan progress ({@code "plan-progress"}), district summaries ({@code
 * "district-summary"}) and menu matchings ({@code "menu-match"}); and tells a document's kind.
 *
 * <p>The readers are the way to read untrusted planning documents: they apply the limits, the
 * strictness and the safeguards of the {@link StandardsJson} the instance is made from, and like
 * it never throw on bad input: every problem comes back with its JSON pointer, line and column.
 * The writers write what a mapper with {@link io.github.ggw.standards.json.StandardsModule}
 * writes, indented. Immutable and thread-safe.
 */
public final class PlansJson {
  private final ReadPipeline pipeline;

  private PlansJson(StandardsJson json) {
    Objects.requireNonNull(json, "json");
    this.pipeline = ReadPipeline.create(json.getLimits(), json.getMode());
  }

  /**
   * Planning documents read and written like the given instance reads and writes standards.
   *
   * @param json the instance whose limits and mode apply, not null
   * @return the reader and writer
   */
  public static PlansJson create(StandardsJson json) {
    return new PlansJson(json);
  }

  /**
   * Planning documents with the default limits, in strict mode.
   *
   * @return the reader and writer
   */
  public static PlansJson create() {
    return new PlansJson(StandardsJson.create());
  }

  /**
   * The kind a document declares, read without binding the rest (to tell a score report from a
   * self-assessment in a folder).
   *
   * @param bytes the UTF-8 bytes, not null
   * @return the {@code kind} member of the root object, or empty when the bytes are not a JSON
   *     object with a text {@code kind}
   */
  public Optional<String> kindOf(byte[] bytes) {
    return pipeline.kindOf(bytes);
  }

  /**
   * Reads an action plan ({@code kind = "action-plan"}). The way to read an untrusted plan:
   * never throws on bad input.
   *
   * @param bytes the UTF-8 bytes, not null
   * @return the plan, or the problems (a plan whose parts do not fit together is refused with
   *     {@link io.github.ggw.standards.model.problem.ProblemCode#JSON_INVALID_VALUE} naming every
   *     broken rule)
   */
  public Result<ActionPlan> readActionPlan(byte[] bytes) {
    return pipeline.read(bytes, ActionPlan.class);
  }

  /**
   * Reads an action plan from a file.
   *
   * @param file the file, not null
   * @return the plan or the problems; an unreadable or too large file is a problem too
   */
  public Result<ActionPlan> readActionPlan(Path file) {
    return pipeline.readFile(file, this::readActionPlan);
  }

  /**
   * Writes an action plan as indented JSON.
   *
   * @param plan the plan, not null
   * @return the JSON text, which {@link #readActionPlan(byte[])} reads back to an equal plan
   */
  public String writeActionPlan(ActionPlan plan) {
    return Writers.pretty(Objects.requireNonNull(plan, "plan"));
  }

  /**
   * Reads a year's work points ({@code kind = "work-plan"}). The way to read untrusted work
   * points: never throws on bad input.
   *
   * @param bytes the UTF-8 bytes, not null
   * @return the work plan, or the problems
   */
  public Result<WorkPlan> readWorkPlan(byte[] bytes) {
    return pipeline.read(bytes, WorkPlan.class);
  }

  /**
   * Reads a year's work points from a file.
   *
   * @param file the file, not null
   * @return the work plan or the problems
   */
  public Result<WorkPlan> readWorkPlan(Path file) {
    return pipeline.readFile(file, this::readWorkPlan);
  }

  /**
   * Writes work points as indented JSON.
   *
   * @param plan the work plan, not null
   * @return the JSON text, which {@link #readWorkPlan(byte[])} reads back to an equal value
   */
  public String writeWorkPlan(WorkPlan plan) {
    return Writers.pretty(Objects.requireNonNull(plan, "plan"));
  }

  /**
   * Reads designations conferred on units ({@code kind = "designations"}). The way to read
   * untrusted designations: never throws on bad input.
   *
   * @param bytes the UTF-8 bytes, not null
   * @return the designations in the order given, or the problems
   */
  public Result<List<UnitDesignation>> readDesignations(byte[] bytes) {
    return pipeline.readDocument(bytes, DesignationsDocument.class,
        DesignationsDocument::toModel);
  }

  /**
   * Reads designations from a file.
   *
   * @param file the file, not null
   * @return the designations or the problems
   */
  public Result<List<UnitDesignation>> readDesignations(Path file) {
    return pipeline.readFile(file, this::readDesignations);
  }

  /**
   * Writes designations as indented JSON.
   *
   * @param designations the designations, not null
   * @return the JSON text, which {@link #readDesignations(byte[])} reads back
   */
  public String writeDesignations(List<UnitDesignation> designations) {
    return Writers.pretty(DesignationsDocument.from(designations));
  }

  /**
   * Writes a plan's progress ({@code kind = "plan-progress"}).
   *
   * @param progress the progress, not null
   * @return the JSON text
   */
  public String writeProgress(PlanProgress progress) {
    return Writers.pretty(new OutputDocument<>("plan-progress", Formats.VERSION, progress));
  }

  /**
   * Writes a district summary ({@code kind = "district-summary"}).
   *
   * @param summary the summary, not null
   * @return the JSON text
   */
  public String writeSummary(DistrictSummary summary) {
    return Writers.pretty(new OutputDocument<>("district-summary", Formats.VERSION, summary));
  }

  /**
   * Writes a district summary with the menus of its units ({@code kind = "district-summary"}):
   * the summary as {@link #writeSummary(DistrictSummary)} writes it, and a member {@code menus}
   * holding, per unit and year, the units of need, the units covered, the share covered
   * ({@code coveragePercent}, to one decimal) and the matching as {@link #writeMatch} writes its
   * {@code result}.
   *
   * @param summary the summary, not null
   * @param matchings the units' matchings, not null, in the order to list them
   * @return the JSON text
   */
  public String writeSummary(DistrictSummary summary, List<MatchResult> matchings) {
    tools.jackson.databind.node.ObjectNode doc = (tools.jackson.databind.node.ObjectNode)
        MENU_MAPPER.readTree(writeSummary(summary));
    tools.jackson.databind.node.ArrayNode list = doc.putArray("menus");
    for (MatchResult m : matchings) {
      tools.jackson.databind.node.ObjectNode one = list.addObject();
      one.put("unit", m.unit().value());
      one.put("year", m.year());
      one.put("needed", m.totalNeeded());
      one.put("covered", m.totalCovered());
      one.put("coveragePercent", m.coveragePercent());
      one.set("matching", MENU_MAPPER.readTree(writeMatch(m)).get("result"));
    }
    return MENU_MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
  }

  private static final tools.jackson.databind.json.JsonMapper MENU_MAPPER =
      tools.jackson.databind.json.JsonMapper.builder().build();

  /**
   * Writes a menu matching ({@code kind = "menu-match"}).
   *
   * @param match the matching, not null
   * @return the JSON text
   */
  public String writeMatch(MatchResult match) {
    return Writers.pretty(new OutputDocument<>("menu-match", Formats.VERSION, match));
  }
}
