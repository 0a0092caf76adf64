package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.PublicityKind;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.rules.quota.BatchRating;
import io.github.ggw.standards.rules.quota.QuotaStep;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of the quota batch step on random batches of 1 to 12 units scored on test sheet 4
 * (at most 25% excellent): nobody is promoted, the untied excellent units fit the places, a tie
 * is at the cut, a demoted unit is below every unit kept, and the order of the batch does not
 * matter.
 */
class QuotaProperties {
  private static int between(org.quicktheories.core.RandomnessSource in, int min, int max) {
    return (int) in.next(org.quicktheories.impl.Constraint.between(min, max));
  }

  private static final Standard SHEET4 = Sheets.load(Sheets.SHEET4);

  /** A batch of reports on sheet 4 with random evidence and judgement claims. */
  private static Gen<List<ScoreReport>> batches() {
    return in -> {
      int n = between(in, 1, 12);
      List<ScoreReport> batch = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        batch.add(Sheets.unit(SHEET4, UnitType.PRIMARY, "U" + i)
            .with(Sheets.org(true, 8, 4, true, true, 3000, between(in, 0, 1) == 1))
            .with(Sheets.elders(between(in, 0, 7), Tier.CORE, false))
            .with(Sheets.trainings(between(in, 0, 4)))
            .with(Sheets.publicity(PublicityKind.NEWS_REPORT, between(in, 0, 12)))
            // the judgement 1.1 high (40 to 50 of 50) so that many units are excellent
            .claim("1.1=" + (20 + between(in, 0, 10) * 0.5), "1.2=0", "2.1=0", "2.2=0", "3.1=0")
            .score());
      }
      return batch;
    };
  }

  @Test
  void quotaInvariants() {
    qt().withExamples(150).forAll(batches()).checkAssert(batch -> {
      List<BatchRating> decided = QuotaStep.apply(SHEET4, batch);
      assertThat(decided).hasSize(batch.size());
      int places = batch.size() / 4;
      List<BatchRating> excellent = decided.stream()
          .filter(b -> b.decided() == Rating.EXCELLENT).toList();
      assertThat(excellent.stream().filter(b -> !b.tiedAtCut()).count())
          .isLessThanOrEqualTo(places);
      Points lowestKept = excellent.stream().map(BatchRating::roundedTotal)
          .min(Points::compareTo).orElse(null);
      for (BatchRating b : decided) {
        assertThat(b.decided()).isGreaterThanOrEqualTo(b.provisional());
        if (b.tiedAtCut()) {
          assertThat(b.roundedTotal()).isEqualTo(lowestKept);
        }
        if (b.isDemoted() && lowestKept != null) {
          assertThat(b.roundedTotal()).isLessThan(lowestKept);
        }
      }
      List<ScoreReport> shuffled = new ArrayList<>(batch);
      Collections.shuffle(shuffled, new Random(batch.size()));
      Map<String, Rating> again = QuotaStep.apply(SHEET4, shuffled).stream()
          .collect(Collectors.toMap(b -> b.unit().toString(), BatchRating::decided));
      assertThat(decided.stream().collect(Collectors.toMap(b -> b.unit().toString(),
          BatchRating::decided, (a, b) -> a))).isEqualTo(again);
    });
  }
}
