package io.github.ggw.standards.json.plan;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.json.internal.KindDocument;
import io.github.ggw.standards.json.internal.OutputDocument;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;

/**
 * Reads and writes the planning documents as JSON (规划类文档读写): action plans ({@code kind =
 * "action-plan"}), work points ({@code "work-plan"}) and designations ({@code "designations"});
 * writes plan progress ({@code "plan-progress"}), district summaries ({@code
 * "district-summary"}) and menu matchings ({@code "menu-match"}); and tells a document's kind.
 *
 * <p>It reads with the limits, the strictness and the safeguards of the {@link StandardsJson}
 * it is made from, and like it never throws on bad input: every problem comes back with its JSON
 * pointer, line and column. Immutable and thread-safe.
 */
public final class PlansJson {
  private final StandardsJson json;

  private PlansJson(StandardsJson json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * Planning documents read and written like the given instance reads and writes standards.
   *
   * @param json the instance whose limits and mode apply, not null
   * @return the reader and writer
   */
  public static PlansJson of(StandardsJson json) {
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
    int offset = StandardsJson.bomLength(bytes);
    try {
      KindDocument d = json.mapper().readerFor(KindDocument.class)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(bytes, offset, bytes.length - offset);
      return d == null ? Optional.empty() : Optional.ofNullable(d.kind);
    } catch (JacksonException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads an action plan.
   *
   * @param bytes the UTF-8 bytes, not null
   * @return the plan, or the problems (a plan whose parts do not fit together is refused with
   *     {@link io.github.ggw.standards.model.problem.ProblemCode#JSON_INVALID_VALUE} naming every
   *     broken rule)
   */
  public Result<ActionPlan> readActionPlan(byte[] bytes) {
    return json.read(bytes, ActionPlanDocument.class, ActionPlanDocument::toModel);
  }

  /**
   * Reads an action plan from a file.
   *
   * @param file the file, not null
   * @return the plan or the problems; an unreadable or too large file is a problem too
   */
  public Result<ActionPlan> readActionPlan(Path file) {
    return json.readFile(file, this::readActionPlan);
  }

  /**
   * Writes an action plan as indented JSON.
   *
   * @param plan the plan, not null
   * @return the JSON text, which {@link #readActionPlan(byte[])} reads back to an equal plan
   */
  public String writeActionPlan(ActionPlan plan) {
    return json.write(ActionPlanDocument.from(plan));
  }

  /**
   * Reads a year's work points.
   *
   * @param bytes the UTF-8 bytes, not null
   * @return the work plan, or the problems
   */
  public Result<WorkPlan> readWorkPlan(byte[] bytes) {
    return json.read(bytes, WorkPlanDocument.class, WorkPlanDocument::toModel);
  }

  /**
   * Reads a year's work points from a file.
   *
   * @param file the file, not null
   * @return the work plan or the problems
   */
  public Result<WorkPlan> readWorkPlan(Path file) {
    return json.readFile(file, this::readWorkPlan);
  }

  /**
   * Writes work points as indented JSON.
   *
   * @param plan the work plan, not null
   * @return the JSON text, which {@link #readWorkPlan(byte[])} reads back to an equal value
   */
  public String writeWorkPlan(WorkPlan plan) {
    return json.write(WorkPlanDocument.from(plan));
  }

  /**
   * Reads designations conferred on units.
   *
   * @param bytes the UTF-8 bytes, not null
   * @return the designations in the order given, or the problems
   */
  public Result<List<UnitDesignation>> readDesignations(byte[] bytes) {
    return json.read(bytes, DesignationsDocument.class, DesignationsDocument::toModel);
  }

  /**
   * Reads designations from a file.
   *
   * @param file the file, not null
   * @return the designations or the problems
   */
  public Result<List<UnitDesignation>> readDesignations(Path file) {
    return json.readFile(file, this::readDesignations);
  }

  /**
   * Writes designations as indented JSON.
   *
   * @param designations the designations, not null
   * @return the JSON text, which {@link #readDesignations(byte[])} reads back
   */
  public String writeDesignations(List<UnitDesignation> designations) {
    return json.write(DesignationsDocument.from(designations));
  }

  /**
   * Writes a plan's progress ({@code kind = "plan-progress"}).
   *
   * @param progress the progress, not null
   * @return the JSON text
   */
  public String writeProgress(PlanProgress progress) {
    return json.write(new OutputDocument<>("plan-progress", Formats.VERSION, progress));
  }

  /**
   * Writes a district summary ({@code kind = "district-summary"}).
   *
   * @param summary the summary, not null
   * @return the JSON text
   */
  public String writeSummary(DistrictSummary summary) {
    return json.write(new OutputDocument<>("district-summary", Formats.VERSION, summary));
  }

  /**
   * Writes a menu matching ({@code kind = "menu-match"}).
   *
   * @param match the matching, not null
   * @return the JSON text
   */
  public String writeMatch(MatchResult match) {
    return json.write(new OutputDocument<>("menu-match", Formats.VERSION, match));
  }
}
