package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.reference.PlanReferenceData;
import io.github.ggw.standards.json.plan.PlansJson;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.plan.ActionPlan;
import io.github.ggw.standards.model.plan.AnnualTarget;
import io.github.ggw.standards.model.plan.MetricUnit;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import io.github.ggw.standards.rules.plan.AttainmentStatus;
import io.github.ggw.standards.rules.plan.MilestoneResult;
import io.github.ggw.standards.rules.plan.PlanProgress;
import io.github.ggw.standards.rules.plan.ProgressCalculator;
import io.github.ggw.standards.rules.plan.TargetAttainment;
import io.github.ggw.standards.rules.plan.UnitChange;
import io.github.ggw.standards.rules.plan.WhatIf;
import io.github.ggw.standards.rules.plan.WhatIfResult;
import io.github.ggw.standards.rules.plan.YearBands;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code standards plan-progress [--plan FILE] [PATH...]}: the progress of a district's action
 * plan (行动计划进展) over its score reports, self-assessments and designations: attainment of
 * every target, bands per year, year-over-year change per unit and dimension, staged assessments,
 * and, for self-assessments of the latest year, what closing each unit's largest gap would give.
 */
@Command(name = "plan-progress", mixinStandardHelpOptions = true)
final class PlanProgressCommand extends BatchCommand {

  @Option(names = "--plan", paramLabel = "FILE")
  Path planFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  TextOrJson.Choice format;

  @Override
  Format format() {
    return Format.valueOf(format.name());
  }

  @Override
  int run(BatchInput input, Standard standard) throws IOException {
    PlansJson plans = PlansJson.create(json);
    ActionPlan plan = PlanReferenceData.wujinActionPlan();
    if (planFile != null) {
      Input in = new InputResolver(words, EnumSet.of(InputKind.JSON), false,
          json.getLimits().maxDocumentBytes(), Environment.of(spec)).readOne(planFile);
      Result<ActionPlan> read = in.isRefused() ? Result.refused(in.problems())
          : plans.readActionPlan(in.bytes());
      if (!read.isValid()) {
        printProblems(problems, planFile.toString(), read.problems());
        return StandardsCommand.INVALID_INPUT;
      }
      plan = read.orElseThrow();
    }
    Result<PlanProgress> outcome = ProgressCalculator.compute(plan, input.reports, input.designations);
    if (outcome.value().isEmpty()) {
      printProblems(problems, String.valueOf(paths), outcome.problems());
      return StandardsCommand.INVALID_INPUT;
    }
    PlanProgress p = outcome.value().get();
    emit("plan-progress", render(p, input, standard), plans.writeProgress(p));
    printProblems(problems, String.valueOf(paths.isEmpty() ? "samples" : paths), p.warnings());
    return StandardsCommand.OK;
  }

  private void printProblems(PrintWriter w, String source, List<Problem> list) {
    ScoreCommand.printProblems(w, words, source, list);
  }

  private String render(PlanProgress p, BatchInput input, Standard standard) {
    ActionPlan plan = p.plan();
    StringBuilder sb = new StringBuilder();
    sb.append(words.get("plan.header", words.text(plan.getTitle()), plan.getDistrict(),
        plan.getPeriod(), p.units(), p.years().stream().map(String::valueOf)
            .collect(Collectors.joining(", ")))).append('\n');
    sb.append(words.get("plan.phases", plan.getPhases().stream()
        .map(ph -> ph.years() + " " + words.text(Labels.of(ph.kind())))
        .collect(Collectors.joining("; ")))).append('\n');
    sb.append(targets(p.attainments()));
    sb.append(words.get("plan.bands")).append('\n').append(bands(p.bands()));
    if (!p.changes().isEmpty()) {
      sb.append(words.get("plan.changes")).append('\n').append(changes(p.changes()));
    }
    if (!p.milestones().isEmpty()) {
      sb.append(words.get("plan.milestones")).append('\n').append(milestones(p.milestones()));
    }
    String whatIfs = whatIfs(input.assessments, standard, plan);
    if (!whatIfs.isEmpty()) {
      sb.append(words.get("plan.whatIf")).append('\n').append(whatIfs);
    }
    return sb.toString();
  }

  private String targets(List<TargetAttainment> list) {
    TextTable t = new TextTable(List.of(words.get("col.target"), words.get("col.year"),
        words.get("col.metric"), words.get("col.scope"), words.get("col.goal"),
        words.get("col.actual"), words.get("col.status"), words.get("col.shortfall")),
        false, true, false, false, true, true, false, true);
    for (TargetAttainment a : list) {
      AnnualTarget target = a.target();
      String metric = words.text(Labels.of(target.metric()))
          + target.band().map(b -> " (" + words.text(Labels.of(b)) + ")").orElse("");
      String scope = target.scope().unitType().map(u -> words.text(Labels.of(u)))
          .orElse(words.get("scope.district"));
      String goal = (target.comparator() == Comparison.AT_LEAST ? "≥ " : "≤ ")
          + figure(target.value(), target.unit());
      t.add(List.of(target.id().toString(), String.valueOf(target.year()), metric, scope, goal,
          a.actual().map(v -> figure(v, target.unit())).orElse("—"),
          words.get("status." + a.status()),
          a.status() == AttainmentStatus.BEHIND ? figure(a.shortfall(), target.unit()) : ""));
    }
    return t.render();
  }

  private String figure(BigDecimal v, MetricUnit unit) {
    return switch (unit) {
      case PERCENT -> Figures.percent(v);
      case POINTS -> Figures.show(v, 2);
      case UNITS -> Figures.show(v, 0);
    };
  }

  private String bands(List<YearBands> list) {
    List<String> headers = new ArrayList<>(List.of(words.get("col.year"),
        words.get("col.units")));
    for (Rating r : Rating.values()) {
      headers.add(words.text(Labels.of(r)));
    }
    TextTable t = new TextTable(headers, true, true, true, true, true, true);
    for (YearBands y : list) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(y.year()),
          String.valueOf(y.assessed())));
      y.bands().forEach(b -> row.add(b.units() + " (" + Figures.percent(b.percent()) + ")"));
      t.add(row);
    }
    return t.render();
  }

  private String changes(List<UnitChange> list) {
    TextTable t = new TextTable(List.of(words.get("col.unit"), words.get("col.years"),
        words.get("col.total"), words.get("col.change"), words.get("col.rating"),
        words.get("col.dimensions")), false, false, true, true, false, false);
    for (UnitChange c : list) {
      t.add(List.of(c.unit().id() + " " + c.unit().name(), c.fromYear() + "→" + c.toYear(),
          c.totalBefore() + "→" + c.totalAfter(), Figures.signed(c.change(), 2),
          words.text(Labels.of(c.ratingBefore())) + "→" + words.text(Labels.of(c.ratingAfter())),
          c.dimensions().stream().map(d -> d.code() + " " + Figures.signed(d.change(), 2))
              .collect(Collectors.joining(", "))));
    }
    return t.render();
  }

  private String milestones(List<MilestoneResult> list) {
    TextTable t = new TextTable(List.of(words.get("col.year"), words.get("col.milestone"),
        words.get("col.standard"), words.get("col.threshold"), words.get("col.units"),
        words.get("col.reaching"), words.get("col.share")),
        true, false, false, true, true, true, true);
    for (MilestoneResult m : list) {
      t.add(List.of(String.valueOf(m.milestone().year()), words.text(m.milestone().title()),
          m.milestone().standardId() + " " + m.milestone().standardVersion(),
          m.milestone().threshold().toString(), String.valueOf(m.assessed()),
          String.valueOf(m.reaching()), m.percent().map(Figures::percent).orElse("—")));
    }
    return t.render();
  }

  /** For each unit's latest self-assessment: what closing its largest gap gives. */
  private String whatIfs(Map<SelfAssessment, ScoreReport> assessments, Standard standard,
      ActionPlan plan) {
    Map<String, SelfAssessment> latest = new TreeMap<>();
    assessments.keySet().stream()
        .filter(a -> a.getUnit().district().equals(plan.getDistrict()))
        .sorted(Comparator.comparingInt(SelfAssessment::getYear))
        .forEach(a -> latest.put(a.getUnit().id().value(), a));
    TextTable t = new TextTable(List.of(words.get("col.unit"), words.get("col.year"),
        words.get("col.gap"), words.get("col.assumption"), words.get("col.total"),
        words.get("col.rating")), false, true, false, false, true, false);
    Scorer scorer = Scorer.create();
    for (SelfAssessment a : latest.values()) {
      ScoreReport report = assessments.get(a);
      Optional<WhatIfResult> r = report.gaps().stream().findFirst()
          .flatMap(g -> WhatIf.closeGap(scorer, standard, a, g.code()));
      r.ifPresent(w -> t.add(List.of(a.getUnit().id() + " " + a.getUnit().name(),
          String.valueOf(a.getYear()), w.code() + " " + words.text(w.title()),
          w.assumptions().stream().map(c -> words.text(c.what()) + " "
              + Figures.show(c.from(), 2) + "→" + Figures.show(c.to(), 2))
              .collect(Collectors.joining("; ")),
          w.before().roundedTotal() + "→" + w.after().roundedTotal() + " ("
              + Figures.signed(w.pointsGained(), 2) + ")",
          words.text(Labels.of(w.before().rating())) + "→"
              + words.text(Labels.of(w.after().rating())))));
    }
    return latest.isEmpty() ? "" : t.render();
  }
}
