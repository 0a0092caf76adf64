package io.github.ggw.standards.model;

import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.UnitType;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.CareCarrierKind;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.DifficultyKind;
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.IncidentSource;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.MentoringKind;
import io.github.ggw.standards.model.evidence.PublicityKind;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.VulnerabilityKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every labelled enumeration of the model, listed by hand. Not labelled (and so not here):
 * rule.MeasureParameter, rule.Comparison and problem.Severity.
 */
class LabelsTest {
  private static final List<Class<? extends Enum<?>>> LABELLED = List.of(
      UnitType.class,
      Rating.class,
      CriterionKind.class,
      NotApplicableMode.class,
      SourceStatus.class,
      ActivityKind.class,
      Award.class,
      CareCarrierKind.class,
      DesignationKind.class,
      DifficultyKind.class,
      DocumentKind.class,
      ElderCategory.class,
      IncidentKind.class,
      IncidentSource.class,
      Level.class,
      MentoringKind.class,
      PublicityKind.class,
      ResearchKind.class,
      Tier.class,
      TrainingKind.class,
      VulnerabilityKind.class,
      // planning and menus
      io.github.ggw.standards.model.plan.PhaseKind.class,
      io.github.ggw.standards.model.plan.MetricUnit.class,
      io.github.ggw.standards.model.plan.Metric.class,
      io.github.ggw.standards.model.plan.WorkItemType.class,
      io.github.ggw.standards.model.plan.ProgrammeKind.class,
      io.github.ggw.standards.model.menu.ServiceCategory.class,
      io.github.ggw.standards.model.menu.Beneficiary.class,
      io.github.ggw.standards.model.menu.ServiceUnit.class,
      // standards as data
      io.github.ggw.standards.model.rule.VetoEffect.class,

      // review workflow
      io.github.ggw.standards.model.workflow.Role.class,
      io.github.ggw.standards.model.workflow.CaseStatus.class,
      io.github.ggw.standards.model.workflow.Stage.class,
      io.github.ggw.standards.model.workflow.Transition.class,
      io.github.ggw.standards.model.workflow.CityDecision.class);

  static Stream<Enum<?>> constants() {
    return LABELLED.stream().flatMap(c -> Arrays.stream(c.getEnumConstants()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void everyConstantHasAZhAndAnEnLabel(Enum<?> constant) {
    LocalizedText label = Labels.of(constant);
    assertThat(label.zh()).isNotBlank();
    assertThat(label.en()).isNotBlank();
    assertThat(label.zh()).isNotEqualTo(label.en());
    assertThat(label.zh().codePoints().anyMatch(
        cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
        .as("the zh label of %s is Chinese: %s", constant, label.zh()).isTrue();
    assertThat(label.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo(label.zh());
    assertThat(label.in(Locale.getDefault())).isEqualTo(label.en());
  }

  @Test
  void someLabelsByHand() {
    assertThat(Labels.of(ElderCategory.TEACHER)).isEqualTo(LocalizedText.of("老教师", "retired teacher"));
    assertThat(Labels.of(Rating.EXCELLENT)).isEqualTo(LocalizedText.of("优秀", "excellent"));
    assertThat(Labels.of(Tier.CORE).zh()).isEqualTo("核心层");
  }

  /** The bundles label exactly the constants listed above: none is missing, none is extra. */
  @Test
  void bundlesHoldExactlyTheListedConstants() throws IOException {
    Set<String> expected = constants()
        .map(c -> c.getDeclaringClass().getName() + "." + c.name())
        .collect(Collectors.toSet());
    assertThat(expected).hasSize(79 + 47 + 3 + 19); // planning 47, standards as data 3, workflow 19
    assertThat(keys("labels.properties")).isEqualTo(expected);
    assertThat(keys("labels_zh.properties")).isEqualTo(expected);
  }

  private static Set<String> keys(String file) throws IOException {
    Properties props = new Properties();
    try (InputStream in = LabelsTest.class.getResourceAsStream(
        "/io/github/ggw/standards/model/" + file)) {
      assertThat(in).as(file).isNotNull();
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return props.stringPropertyNames();
  }
}
