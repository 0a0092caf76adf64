package io.github.ggw.standards.rules.measure;

import io.github.ggw.standards.rules.check.AssessmentChecker;
import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.evidence.Evidence;
import java.util.List;
import java.util.stream.Stream;

/**
 * The evidence of one assessment that measures may count: standing facts, and dated facts whose
 * date falls in the assessment year: the calendar year of the date as written (a {@code
 * LocalDate}, so no time zone is involved; see docs/measures.md, “Which evidence counts: the
 * assessment year”). Dated facts outside the year are left out here and reported as warnings by
 * {@link AssessmentChecker}.
 */
public final class EvidenceInYear {
  private final int year;
  private final ImmutableList<Evidence> evidence;
  private final ImmutableList<Evidence> everything;

  private EvidenceInYear(int year, List<Evidence> all, boolean onlyTheYear) {
    this.year = year;
    this.everything = ImmutableList.copyOf(all);
    this.evidence = onlyTheYear
        ? all.stream().filter(e -> e.dated().map(d -> d.getYear() == year).orElse(true))
            .collect(ImmutableList.toImmutableList())
        : everything;
  }

  /**
   * Selects the evidence of a year.
   *
   * @param year the assessment year
   * @param all every piece of evidence, not null
   * @return the view
   */
  public static EvidenceInYear of(int year, List<Evidence> all) {
    return new EvidenceInYear(year, all, true);
  }

  /**
   * The same evidence with dated facts of every year counted, for a measure given {@code
   * withinYear = false} (such as a title won before the assessment year).
   *
   * @return a view over all the evidence
   */
  public EvidenceInYear anyYear() {
    return new EvidenceInYear(year, everything, false);
  }

  /**
   * The assessment year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The counted evidence of one type.
   *
   * @param <E> the type
   * @param type the record class, such as {@code ThemedActivity.class}
   * @return the matching evidence, in the order given
   */
  public <E extends Evidence> Stream<E> all(Class<E> type) {
    return evidence.stream().filter(type::isInstance).map(type::cast);
  }
}
