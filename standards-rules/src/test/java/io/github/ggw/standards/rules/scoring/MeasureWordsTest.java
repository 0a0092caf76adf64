package io.github.ggw.standards.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.MentoringKind;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.rules.internal.Texts;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A measure's parameters in a report are words of the report's language: kinds by their labels in
 * the order the model declares them, levels and awards as "or above"; never an enum code.
 */
class MeasureWordsTest {

  @Test
  void kindsAreNamedByTheirLabelsInDeclarationOrder() {
    // given in name order; the model declares SPEECH_CONTEST, READING_ESSAY, RECITATION,
    // SHORT_VIDEO in this order, and so they are written
    MeasureRef kinds = MeasureRef.of("activities.distinctKinds", MeasureParameters.builder()
        .addActivityKinds(ActivityKind.READING_ESSAY, ActivityKind.RECITATION,
            ActivityKind.SHORT_VIDEO, ActivityKind.SPEECH_CONTEST).build());
    assertThat(Texts.measure(kinds)).isEqualTo(LocalizedText.of(
        "主题活动类别数（演讲比赛、读书征文、朗诵比赛、科技短视频创作）",
        "kinds of themed activity (speech contest, reading essay, recitation contest, "
            + "short video creation)"));
  }

  @Test
  void levelAndAwardAreOrAbove() {
    MeasureRef prizes = MeasureRef.of("activities.count", MeasureParameters.builder()
        .minLevel(Level.CITY).minAward(Award.FIRST_PRIZE).build());
    assertThat(Texts.measure(prizes)).isEqualTo(LocalizedText.of(
        "主题活动次数（市级及以上、一等奖及以上）",
        "themed activities (city level or above; first prize or above)"));
  }

  @Test
  void pairKindsTiersAndTheYearRuleAreWords() {
    MeasureRef pairs = MeasureRef.of("mentoring.count", MeasureParameters.builder()
        .addMentoringKinds(MentoringKind.BLUE_GREEN_PAIR).withinYear(false).build());
    assertThat(Texts.measure(pairs)).isEqualTo(LocalizedText.of(
        "青蓝结对及工作室数（青蓝工程结对、不限年度）",
        "mentoring pairs and studios (blue-green mentoring pair; any year)"));
    MeasureRef core = MeasureRef.of("elders.count", MeasureParameters.builder()
        .addTiers(Tier.CORE).build());
    assertThat(Texts.measure(core).zh()).isEqualTo("在册五老人数（核心层）");
  }

  @Test
  void aMeasureWithoutParametersIsItsNameAlone() {
    assertThat(Texts.measure(MeasureRef.of("trainings.count")))
        .isEqualTo(LocalizedText.of("学习培训次数", "study and training sessions"));
  }

  @Test
  void ruleDescriptionsCarryTheWords() {
    MeasureRef prizes = MeasureRef.of("activities.count", MeasureParameters.builder()
        .minLevel(Level.CITY).minAward(Award.FIRST_PRIZE).build());
    LocalizedText perOccurrence = RuleText.describe(new PerOccurrence(prizes, Points.of(1)),
        Points.of(2));
    assertThat(perOccurrence.zh())
        .isEqualTo("按次计分：主题活动次数（市级及以上、一等奖及以上）每次1分，最高2分");
    assertThat(perOccurrence.zh()).doesNotContainPattern("[A-Z]{2,}");
    LocalizedText condition = RuleText.describe(new AllOrNothing(new Condition(
        MeasureRef.of("mentoring.count", MeasureParameters.builder()
            .addMentoringKinds(MentoringKind.BLUE_GREEN_PAIR).build()),
        Comparison.AT_LEAST, BigDecimal.ONE)), Points.of(4));
    assertThat(condition.zh()).contains("青蓝结对及工作室数（青蓝工程结对）")
        .doesNotContain("BLUE_GREEN_PAIR");
  }
}
