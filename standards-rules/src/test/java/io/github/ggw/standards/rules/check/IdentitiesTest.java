package io.github.ggw.standards.rules.check;

import io.github.ggw.standards.rules.internal.EvidenceRecords;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table of first records by identity ({@link Plausibility.Identities}): a record is found
 * again whatever the surrounding spaces of its text, a record differing only in its text is
 * new, and when many records agree on all but their text the table is rebuilt once with the
 * text in the hash, finding the same first records as before.
 */
class IdentitiesTest {
  private static final LocalDate DAY = LocalDate.of(2022, 5, 4);

  private static ThemedActivity lecture(String title) {
    return new ThemedActivity(ActivityKind.LECTURE, DAY, Level.SCHOOL, 30, Award.NONE, title);
  }

  /** The first index of each record's identity, -1 for a first one. */
  private static int[] firsts(List<Evidence> ev, Plausibility.Identities ids) {
    int[] out = new int[ev.size()];
    for (int i = 0; i < ev.size(); i++) {
      Evidence e = ev.get(i);
      int k = EvidenceRecords.kindOf(e);
      out[i] = ids.firstOrAdd(i, e, k, Plausibility.SHAPES[k]);
    }
    return out;
  }

  @Test
  void fewRecordsKeepTheHashWithoutText() {
    List<Evidence> ev = List.of(lecture("讲座"), lecture("讲座二"), lecture("  讲座 "),
        lecture("讲座二"));
    Plausibility.Identities ids = new Plausibility.Identities(ev);
    // 2 is 0 with spaces around; 3 is 1; 1 differs from 0 by its title only
    assertThat(firsts(ev, ids)).containsExactly(-1, -1, 0, 1);
    assertThat(ids.withText()).isFalse();
  }

  @Test
  void manyRecordsAgreeingButForTheirTextRebuildTheTable() {
    List<Evidence> ev = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ev.add(lecture("讲座第" + i + "场"));
    }
    // repeats of 5 and 150 after the rebuild (200 records: budget 4 × 202 + 32 = 840 failed
    // comparisons, passed by record 41 as 0 + 1 + … + 40 = 820 < 840 < 861)
    ev.add(lecture(" 讲座第5场"));
    ev.add(lecture("讲座第150场\t"));
    Plausibility.Identities ids = new Plausibility.Identities(ev);
    int[] firsts = firsts(ev, ids);
    assertThat(ids.withText()).isTrue();
    for (int i = 0; i < 200; i++) {
      assertThat(firsts[i]).isEqualTo(-1);
    }
    assertThat(firsts[200]).isEqualTo(5);
    assertThat(firsts[201]).isEqualTo(150);
  }
}
