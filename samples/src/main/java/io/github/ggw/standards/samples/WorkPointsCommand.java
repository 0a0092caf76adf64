package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.reference.PlanReferenceData;
import io.github.ggw.standards.json.plan.PlansJson;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.plan.WorkItem;
import io.github.ggw.standards.model.plan.WorkPlan;
import io.github.ggw.standards.model.plan.WorkSection;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code standards work-points [YEAR]}: prints the bundled work points of a year (工作要点) as a
 * numbered table, one line per item, with its type and the indicators it serves. Only 2020 (the
 * Wujin district education bureau's work points) is bundled.
 */
@Command(name = "work-points", mixinStandardHelpOptions = true)
final class WorkPointsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "YEAR", arity = "0..1", defaultValue = "2020", descriptionKey = "year")
  int year;

  @Mixin TextOrJson options;

  @Mixin Language language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Words words = language.words();
    Optional<WorkPlan> plan = PlanReferenceData.workPoints(year);
    if (plan.isEmpty()) {
      spec.commandLine().getErr().println(words.get("workPoints.none", year));
      return StandardsCommand.INVALID_INPUT;
    }
    if (options.isJson()) {
      out.println(PlansJson.create().writeWorkPlan(plan.get()));
      return StandardsCommand.OK;
    }
    WorkPlan p = plan.get();
    out.println(words.text(p.getTitle()) + " · " + words.text(p.getIssuer()));
    TextTable t = new TextTable(List.of(words.get("col.number"), words.get("col.type"),
        words.get("col.item"), words.get("col.indicators")));
    for (WorkSection s : p.getSections()) {
      for (WorkItem i : s.items()) {
        t.add(List.of(s.numeral() + "." + i.number(), words.text(Labels.of(i.type())),
            words.text(i.title()),
            i.indicators().stream().map(CriterionCode::toString).collect(Collectors.joining(" "))));
      }
    }
    out.print(t.render());
    out.println(words.get("workPoints.summary", p.getItems().count(), p.getSections().size(),
        p.getSections().stream().map(s -> s.numeral() + " " + s.items().size())
            .collect(Collectors.joining(", ")), p.getSource().document()));
    return StandardsCommand.OK;
  }
}
