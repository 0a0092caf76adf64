package io.github.ggw.standards.rules.internal;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.rule.MeasureParameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Short text of a measure's parameters for reports (度量参数简述), in the words of each language:
 * kinds by their labels, minimum level and award as "or above", such as 演讲比赛、朗诵比赛、市级及以上
 * and {@code speech contest, recitation contest; city level or above}. Never an enum code. Not
 * API: shared by the packages of {@code standards-rules} only.
 */
public final class Parameters {
  private Parameters() {}

  /**
   * The parameters in words, in a fixed order (activity kinds, minimum level, minimum award,
   * tiers, elder categories, then the other kind sets, then the year rule when it is given as
   * "any year"); within a set, the kinds' labels in the order the model declares them. zh-CN
   * joins everything with 、; en joins the labels of a set with commas and the parts with
   * {@code "; "}.
   *
   * @param p the parameters, not null
   * @return the text in both languages, such as 市级及以上、一等奖及以上 and {@code city level or
   *     above; first prize or above}; empty when no parameter is given
   */
  public static Optional<LocalizedText> describe(MeasureParameters p) {
    List<LocalizedText> parts = new ArrayList<>();
    add(parts, p.getActivityKinds());
    p.getMinLevel().ifPresent(l -> parts.add(Texts.ofLocalized("parameter.minLevel",
        Labels.of(l))));
    p.getMinAward().ifPresent(a -> parts.add(Texts.ofLocalized("parameter.minAward",
        Labels.of(a))));
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
    if (!p.isCountingOnlyTheYear()) {
      parts.add(Texts.of("parameter.anyYear"));
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(LocalizedText.of(
        String.join("、", parts.stream().map(LocalizedText::zh).toList()),
        String.join("; ", parts.stream().map(LocalizedText::en).toList())));
  }

  private static void add(List<LocalizedText> parts, Set<? extends Enum<?>> set) {
    if (!set.isEmpty()) {
      List<LocalizedText> labels = set.stream()
          .sorted(Comparator.comparingInt(Enum::ordinal))
          .map(e -> Labels.of((Enum<?>) e)).toList();
      parts.add(LocalizedText.of(
          String.join("、", labels.stream().map(LocalizedText::zh).toList()),
          String.join(", ", labels.stream().map(LocalizedText::en).toList())));
    }
  }
}
