package io.github.ggw.standards.sheets;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.StandardsJson;

import io.github.ggw.standards.sheets.StandardsCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.rules.measure.Measure;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.measure.MeasureType;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An embedder's own measure, added to the built-in registry, read and scored through it. */
class CustomMeasuresTest {
  /** Model workers (老模范) on the roster. */
  private static final Measure MODEL_WORKERS = Measure.of("elders.modelWorkers",
      MeasureType.COUNT, LocalizedText.of("人", "persons"), true, "embedder", Set.of(),
      (ev, p) -> BigDecimal.valueOf(ev.all(ElderMember.class)
          .filter(e -> e.category() == ElderCategory.MODEL_WORKER).count()));

  /** The small sheet of StandardFindingsTest, 2.1 (2 points, 1 each) counting model workers. */
  private static final String SHEET = StandardFindingsTest.BASE.replace(
      "measure=activities.count; pointsEach=1", "measure=elders.modelWorkers; pointsEach=1");

  @Test
  void anEmbedderAddsAMeasureUnderANewName() {
    MeasureRegistry registry = MeasureRegistry.builtIn().with(List.of(MODEL_WORKERS));
    assertThat(registry.find(MODEL_WORKERS.getName())).contains(MODEL_WORKERS);
    // a name already registered is refused
    Measure again = Measure.of("elders.count", MeasureType.COUNT,
        LocalizedText.of("人", "persons"), true, "embedder", Set.of(), (ev, p) -> BigDecimal.ONE);
    assertThrows(IllegalArgumentException.class, () -> registry.with(List.of(again)));

    byte[] csv = SHEET.getBytes(StandardCharsets.UTF_8);
    // the built-in registry does not know the measure; the extended one does
    assertThat(StandardsCsv.create().readStandard(csv).problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.STANDARD_UNKNOWN_MEASURE);
    Standard s = StandardsCsv.create(ReadLimits.DEFAULT, registry).readStandard(csv).orElseThrow();
    byte[] json = StandardsJson.create().writeStandard(s).getBytes(StandardCharsets.UTF_8);
    assertThat(StandardsJson.create().readStandard(json).problems())
        .extracting(Problem::getCode).containsExactly(ProblemCode.STANDARD_UNKNOWN_MEASURE);
    assertThat(StandardsJson.create().withMeasures(registry).readStandard(json).orElseThrow())
        .isEqualTo(s);

    // three model workers: 2.1 earns min(3 × 1, 2) = 2
    SelfAssessment a = Sheets.unit(s, UnitType.PRIMARY, "M1")
        .with(elder("E1"), elder("E2"), elder("E3"))
        .claim("1.1=0", "1.2=0", "2.1=2", "2.2=0", "B1=0").build();
    assertThat(Scorer.create().score(s, a).problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.STANDARD_UNKNOWN_MEASURE);
    var report = Scorer.create().withMeasures(registry).score(s, a).value().orElseThrow();
    assertThat(report.items()).filteredOn(i -> i.code().value().equals("2.1")).singleElement()
        .satisfies(i -> assertThat(i.awarded()).isEqualTo(Points.of(2)));
  }

  private static ElderMember elder(String id) {
    return new ElderMember(ElderRef.of(id), ElderCategory.MODEL_WORKER, Tier.PARTICIPANT, false,
        LocalDate.of(2020, 1, 1));
  }
}
