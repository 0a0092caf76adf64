package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.rule.ScoringRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JSON shape of a {@link Criterion}: one node of the recursive tree. */
final class CriterionDocument {
  public CriterionCode code;
  public LocalizedText title;
  public LocalizedText requirement;
  public Points maxPoints;
  public CriterionKind kind;
  public ScoringRule rule;
  public BigDecimal weight;
  public BigDecimal step;
  public List<UnitType> notApplicableTo;
  public SourceRef source;
  public List<CriterionDocument> children;

  static CriterionDocument from(Criterion c) {
    CriterionDocument d = new CriterionDocument();
    d.code = c.getCode();
    d.title = c.getTitle();
    d.requirement = c.getRequirement().orElse(null);
    d.maxPoints = c.getMaxPoints();
    d.kind = c.getKind();
    d.rule = c.getRule().orElse(null);
    d.weight = c.getWeight().orElse(null);
    d.step = c.getStep().orElse(null);
    d.notApplicableTo = c.getNotApplicableTo().isEmpty() ? null
        : new ArrayList<>(c.getNotApplicableTo());
    d.source = c.getSource();
    d.children = c.getChildren().isEmpty() ? null
        : c.getChildren().stream().map(CriterionDocument::from).toList();
    return d;
  }

  /** The criterion, or null after recording problems. */
  Criterion toModel(String at, Binder b) {
    b.require(code, at, "code");
    b.require(title, at, "title");
    b.require(maxPoints, at, "maxPoints");
    b.require(source, at, "source");
    List<Criterion> kids = new ArrayList<>();
    if (children != null) {
      for (int i = 0; i < children.size(); i++) {
        CriterionDocument child = children.get(i);
        String childAt = at + "/children/" + i;
        if (b.require(child, at + "/children", String.valueOf(i)) != null) {
          kids.add(child.toModel(childAt, b));
        }
      }
    }
    int before = b.problems().size();
    b.requireElements(notApplicableTo, at + "/notApplicableTo");
    if (code == null || title == null || maxPoints == null || source == null
        || kids.contains(null) || b.problems().size() > before) {
      return null;
    }
    ImmutableCriterion.Builder builder = Criterion.builder()
        .code(code).title(title).requirement(Optional.ofNullable(requirement))
        .maxPoints(maxPoints).rule(Optional.ofNullable(rule))
        .weight(Optional.ofNullable(weight)).step(Optional.ofNullable(step)).source(source)
        .addAllChildren(kids);
    if (kind != null) {
      builder.kind(kind);
    }
    if (notApplicableTo != null) {
      builder.addAllNotApplicableTo(notApplicableTo);
    }
    return b.attempt(builder::build, at);
  }
}
