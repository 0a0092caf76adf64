package io.github.ggw.standards.json.plan;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.plan.ActionPlan;
import io.github.ggw.standards.model.plan.AnnualTarget;
import io.github.ggw.standards.model.plan.PlanId;
import io.github.ggw.standards.model.plan.PlanPeriod;
import io.github.ggw.standards.model.plan.PlanPhase;
import io.github.ggw.standards.model.plan.StagedAssessment;
import java.util.ArrayList;
import java.util.List;

/** The JSON shape of an {@link ActionPlan} ({@code kind = "action-plan"}, format version 1). */
final class ActionPlanDocument {
  static final String KIND = "action-plan";

  public String kind;
  public Integer formatVersion;
  public PlanId id;
  public LocalizedText title;
  public LocalizedText issuer;
  public DistrictCode district;
  public PlanPeriod period;
  public LocalizedText goal;
  public List<PlanPhase> phases;
  public List<TargetDocument> targets;
  public List<StagedAssessment> assessments;
  public SourceRef source;

  static ActionPlanDocument from(ActionPlan p) {
    ActionPlanDocument d = new ActionPlanDocument();
    d.kind = KIND;
    d.formatVersion = Formats.VERSION;
    d.id = p.getId();
    d.title = p.getTitle();
    d.issuer = p.getIssuer();
    d.district = p.getDistrict();
    d.period = p.getPeriod();
    d.goal = p.getGoal();
    d.phases = p.getPhases();
    d.targets = p.getTargets().stream().map(TargetDocument::from).toList();
    d.assessments = p.getAssessments();
    d.source = p.getSource();
    return d;
  }

  /** The plan, or null after recording problems (every missing member at once). */
  ActionPlan toModel(Binder b) {
    Formats.checkHeader(kind, KIND, formatVersion, b);
    Object[] members = {id, title, issuer, district, period, goal, phases, targets, assessments,
        source};
    String[] names = {"id", "title", "issuer", "district", "period", "goal", "phases", "targets",
        "assessments", "source"};
    for (int i = 0; i < names.length; i++) {
      b.require(members[i], "", names[i]);
    }
    List<AnnualTarget> ts = new ArrayList<>();
    for (int i = 0; targets != null && i < targets.size(); i++) {
      if (b.require(targets.get(i), "/targets", String.valueOf(i)) != null) {
        ts.add(targets.get(i).toModel("/targets/" + i, b));
      }
    }
    b.requireElements(phases, "/phases");
    b.requireElements(assessments, "/assessments");
    if (b.hasErrors() || ts.contains(null)) {
      return null;
    }
    return b.attempt(() -> ActionPlan.builder().id(id).title(title).issuer(issuer)
        .district(district).period(period).goal(goal).addAllPhases(phases).addAllTargets(ts)
        .addAllAssessments(assessments).source(source).build(), "");
  }
}
