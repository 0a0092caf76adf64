package io.github.ggw.standards.json.plan;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.plan.WorkPlan;
import io.github.ggw.standards.model.plan.WorkSection;
import java.util.ArrayList;
import java.util.List;

/** The JSON shape of a {@link WorkPlan} ({@code kind = "work-plan"}, format version 1). */
final class WorkPlanDocument {
  static final String KIND = "work-plan";

  public String kind;
  public Integer formatVersion;
  public Integer year;
  public LocalizedText title;
  public LocalizedText issuer;
  public LocalizedText preamble;
  public List<SectionDocument> sections;
  public SourceRef source;

  static WorkPlanDocument from(WorkPlan p) {
    WorkPlanDocument d = new WorkPlanDocument();
    d.kind = KIND;
    d.formatVersion = Formats.VERSION;
    d.year = p.getYear();
    d.title = p.getTitle();
    d.issuer = p.getIssuer();
    d.preamble = p.getPreamble();
    d.sections = p.getSections().stream().map(SectionDocument::from).toList();
    d.source = p.getSource();
    return d;
  }

  /** The work plan, or null after recording problems. */
  WorkPlan toModel(Binder b) {
    Formats.checkHeader(kind, KIND, formatVersion, b);
    Object[] members = {year, title, issuer, preamble, sections, source};
    String[] names = {"year", "title", "issuer", "preamble", "sections", "source"};
    for (int i = 0; i < names.length; i++) {
      b.require(members[i], "", names[i]);
    }
    List<WorkSection> ss = new ArrayList<>();
    for (int i = 0; sections != null && i < sections.size(); i++) {
      if (b.require(sections.get(i), "/sections", String.valueOf(i)) != null) {
        ss.add(sections.get(i).toModel("/sections/" + i, b));
      }
    }
    if (b.hasErrors() || ss.contains(null)) {
      return null;
    }
    return b.attempt(() -> WorkPlan.builder().year(year).title(title).issuer(issuer)
        .preamble(preamble).addAllSections(ss).source(source).build(), "");
  }
}
