package io.github.ggw.standards.rules.internal;

import io.github.ggw.standards.model.rule.MeasureParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Short text of a measure's parameters for reports (度量参数简述), such as {@code
 * [SPEECH_CONTEST; ≥DISTRICT]}. Not API: shared by the packages of {@code standards-rules} only.
 */
public final class Parameters {
  private Parameters() {}

  /**
   * The parameters in brackets, in a fixed order (activity kinds, minimum level, minimum award,
   * tiers, elder categories, then the other kind sets); within a set, enum names sorted and
   * joined by commas; parts joined by {@code "; "}. Language-neutral: enum names and {@code ≥}.
   *
   * @param p the parameters, not null
   * @return the text, such as {@code [RECITATION,SPEECH_CONTEST; ≥CITY]}; empty when no
   *     parameter is given
   */
  public static String describe(MeasureParameters p) {
    List<String> parts = new ArrayList<>();
    add(parts, p.getActivityKinds());
    p.getMinLevel().ifPresent(l -> parts.add("≥" + l));
    p.getMinAward().ifPresent(a -> parts.add("≥" + a));
    add(parts, p.getTiers());
    add(parts, p.getElderCategories());
    add(parts, p.getTrainingKinds());
    add(parts, p.getCareCarrierKinds());
    add(parts, p.getDifficultyKinds());
    add(parts, p.getVulnerabilityKinds());
    add(parts, p.getMentoringKinds());
    add(parts, p.getResearchKinds());
    add(parts, p.getPublicityKinds());
    add(parts, p.getDocumentKinds());
    add(parts, p.getDesignationKinds());
    add(parts, p.getIncidentKinds());
    return parts.isEmpty() ? "" : "[" + String.join("; ", parts) + "]";
  }

  private static void add(List<String> parts, Set<? extends Enum<?>> set) {
    if (!set.isEmpty()) {
      parts.add(String.join(",", set.stream().map(Enum::name).sorted().toList()));
    }
  }
}
