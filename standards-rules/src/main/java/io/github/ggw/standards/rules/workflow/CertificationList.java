package io.github.ggw.standards.rules.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.CaseStatus;
import io.github.ggw.standards.model.workflow.CityApproval;
import java.util.Comparator;
import java.util.List;

/**
 * The certification list of a batch (认定名单): the approved units with their designation, city
 * stage rating and total, and the document number they were published under, sorted by district
 * code, then unit code, then year (see docs/workflow.md, “Reports over case files”). Files not
 * approved are left out and only counted.
 *
 * @param entries the approved units, sorted
 * @param filesConsidered how many case files the batch held, approved or not
 */
public record CertificationList(List<CertificationEntry> entries, int filesConsidered) {

  /**
   * Copies the list.
   *
   * @param entries the {@code entries} component, as described on the record
   * @param filesConsidered the {@code filesConsidered} component, as described on the record
   */
  public CertificationList {
    entries = ImmutableList.copyOf(entries);
  }

  /**
   * The list of a batch.
   *
   * @param files the case files, trusted (replayed when read from outside), not null
   * @return the list
   */
  public static CertificationList of(List<CaseFile> files) {
    List<CertificationEntry> entries = files.stream()
        .filter(f -> f.getStatus() == CaseStatus.APPROVED)
        .map(CertificationList::entry)
        .sorted(Comparator.comparing(CertificationEntry::district)
            .thenComparing(CertificationEntry::unitId)
            .thenComparingInt(CertificationEntry::year))
        .toList();
    return new CertificationList(entries, files.size());
  }

  private static CertificationEntry entry(CaseFile f) {
    CityApproval a = f.getCityApproval().orElseThrow();
    return new CertificationEntry(f.getUnit().district(), f.getUnitId(), f.getUnit().name(),
        f.getUnit().type(), f.getYear(), f.getStandardId(), f.getStandardVersion(),
        a.score().roundedTotal(), a.score().rating(), a.designation().orElseThrow());
  }
}
