package io.github.ggw.standards.rules.internal;

import io.github.ggw.standards.model.rule.MeasureParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Short text of a measure's parameters for reports, such as {@code [SPEECH_CONTEST; ≥DISTRICT]}. */
public final class Parameters {
  private Parameters() {}

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
