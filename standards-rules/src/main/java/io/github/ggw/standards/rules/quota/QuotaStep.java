package io.github.ggw.standards.rules.quota;

import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import io.github.ggw.standards.rules.internal.Texts;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.RatingQuota;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies a standard's rating quotas to a batch of reports (名额比例): a batch step, because one
 * unit's band under a quota depends on the others (see docs/scoring.md, “Quotas: a batch step”).
 *
 * <p>Quotas apply best band first. For a quota of {@code p}% on band {@code B}, a batch of {@code
 * n} units has {@code floor(n × p ÷ 100)} places in {@code B}; the units provisionally in {@code B}
 * are ranked by rounded total, highest first; those within the places keep {@code B}, and so do
 * units whose total equals the total of the last unit within the places (a tie at the cut keeps
 * the higher band and is flagged); the others move to the next lower band the standard declares,
 * where a quota on that band then counts them. Pure and thread-safe.
 */
public final class QuotaStep {
  private QuotaStep() {}

  /**
   * Applies the quotas.
   *
   * @param standard the standard the reports were scored against, not null
   * @param reports the batch, not null, every report of that standard's identifier and version
   * @return one result per report, in the order given; the bands of a standard without quotas
   *     stand as they are
   * @throws StandardsException if a report answers another standard or version (a programming
   *     error: a batch is one standard's)
   */
  public static List<BatchRating> apply(Standard standard, List<ScoreReport> reports) {
    for (ScoreReport r : reports) {
      if (!r.standardId().equals(standard.getId())
          || !r.standardVersion().equals(standard.getVersion())) {
        throw new StandardsException("a batch holds reports of one standard: "
            + r.standardId() + " " + r.standardVersion(), r.standardId().toString());
      }
    }
    int n = reports.size();
    Rating[] band = reports.stream().map(ScoreReport::rating).toArray(Rating[]::new);
    boolean[] tied = new boolean[n];
    LocalizedText[] notes = new LocalizedText[n];
    List<RatingQuota> quotas = new ArrayList<>(standard.getQuotas());
    quotas.sort(Comparator.comparing(RatingQuota::rating));
    for (RatingQuota q : quotas) {
      int places = BigDecimal.valueOf(n).multiply(q.maxSharePercent())
          .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).intValueExact();
      List<Integer> holders = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (band[i] == q.rating()) {
          holders.add(i);
        }
      }
      if (holders.size() <= places) {
        continue;
      }
      holders.sort(Comparator.comparing((Integer i) -> reports.get(i).roundedTotal()).reversed());
      Optional<ScoreReport> last = places == 0 ? Optional.empty()
          : Optional.of(reports.get(holders.get(places - 1)));
      Rating lower = nextLower(standard, q.rating());
      String share = Texts.plain(q.maxSharePercent());
      for (int k = places; k < holders.size(); k++) {
        int i = holders.get(k);
        ScoreReport r = reports.get(i);
        if (last.isPresent() && r.roundedTotal().equals(last.get().roundedTotal())) {
          tied[i] = true;
          notes[i] = Texts.ofLocalized("quota.tied", Labels.of(q.rating()), share, places, n,
              r.roundedTotal());
        } else {
          notes[i] = Texts.ofLocalized("quota.demoted", Labels.of(q.rating()), Labels.of(lower),
              share, places, n);
          band[i] = lower;
        }
      }
    }
    List<BatchRating> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ScoreReport r = reports.get(i);
      out.add(new BatchRating(r.unit().id(), r.roundedTotal(), r.rating(), band[i], tied[i],
          Optional.ofNullable(notes[i])));
    }
    return out;
  }

  /** The next worse band the standard declares (the checker refuses a quota on the lowest). */
  private static Rating nextLower(Standard standard, Rating rating) {
    return standard.getRatingBands().stream().map(RatingBand::rating)
        .filter(r -> r.compareTo(rating) > 0)
        .min(Comparator.naturalOrder())
        .orElse(rating);
  }
}
