package io.github.ggw.standards.rules.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.CareCarrier;
import io.github.ggw.standards.model.evidence.CareCarrierKind;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.DifficultyKind;
import io.github.ggw.standards.model.evidence.DifficultySupport;
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.evidence.Incident;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.IncidentSource;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.Mentoring;
import io.github.ggw.standards.model.evidence.MentoringKind;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.Publicity;
import io.github.ggw.standards.model.evidence.PublicityKind;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.evidence.VulnerabilityKind;
import io.github.ggw.standards.model.evidence.VulnerabilitySupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The evidence index (one pass naming each record's kind and date year) gives what a plain
 * filter of the records gives, for every kind of evidence, in and out of the year.
 */
class EvidenceIndexTest {
  /** The number of permitted record kinds this test builds. */
  private static final int KINDS = 14;

  /** A record of kind {@code kind} (0 … 13), its date (where it has one) {@code date}. */
  private static Evidence record(int kind, LocalDate date, int n) {
    return switch (kind) {
      case 0 -> new Organisation(true, n, 1, true, false, BigDecimal.valueOf(n), true);
      case 1 -> new ElderMember(ElderRef.of("E" + n), ElderCategory.values()[0], Tier.values()[0],
          n % 2 == 0, date);
      case 2 -> new TrainingSession(TrainingKind.values()[0], date, BigDecimal.ONE, n, "t" + n);
      case 3 -> new ThemedActivity(ActivityKind.values()[n % ActivityKind.values().length], date,
          Level.values()[0], n, Award.values()[0], "a" + n);
      case 4 -> new CareCarrier(CareCarrierKind.values()[0], date, n);
      case 5 -> new DifficultySupport(DifficultyKind.values()[0], n);
      case 6 -> new VulnerabilitySupport(VulnerabilityKind.values()[0], n);
      case 7 -> new Mentoring(MentoringKind.values()[0], n, date);
      case 8 -> new ResearchOutput(ResearchKind.values()[0], date, "r" + n);
      case 9 -> new Publicity(PublicityKind.values()[0], date, n);
      case 10 -> new DocumentRecord(DocumentKind.values()[0], "d" + n, date, "");
      case 11 -> new DesignationHeld(DesignationKind.values()[0], Level.values()[0], date,
          "No." + n);
      case 12 -> new Incident(IncidentKind.values()[0], date, IncidentSource.values()[0],
          "i" + n);
      case 13 -> FactValue.of("F" + n, BigDecimal.valueOf(n));
      default -> throw new IllegalArgumentException("no kind " + kind);
    };
  }

  /** What the index gives, the plain way: the records of a type, in the year or any year. */
  private static List<Evidence> filtered(List<Evidence> all, Class<?> type, int year,
      boolean onlyTheYear) {
    List<Evidence> out = new ArrayList<>();
    for (Evidence e : all) {
      if (type.isInstance(e)
          && (!onlyTheYear || e.dated().map(d -> d.getYear() == year).orElse(true))) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void theChainNamesEveryPermittedRecordWithItsDateYear() {
    Set<Class<?>> built = new HashSet<>();
    for (int kind = 0; kind < KINDS; kind++) {
      for (LocalDate date : List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2019, 12, 31))) {
        Evidence e = record(kind, date, kind + 1);
        built.add(e.getClass());
        long named = EvidenceInYear.namedKindOf(e);
        // named by the chain, not left to the lookup, and the same as the lookup and dated()
        assertThat(named).as(e.getClass().getSimpleName()).isNotEqualTo(EvidenceInYear.UNNAMED);
        assertThat(named).as(e.getClass().getSimpleName())
            .isEqualTo(EvidenceInYear.generalKindOf(e));
        // the low word is the date's year for a dated record, UNDATED for a standing one
        int year = (int) named;
        assertThat(year).isEqualTo(e.dated().map(LocalDate::getYear)
            .orElse(EvidenceInYear.UNDATED));
      }
    }
    // every record type the sealed interface permits was built
    assertThat(built).containsExactlyInAnyOrder(Evidence.class.getPermittedSubclasses());
    // at least one kind of each sort: dated (training, 2019 → 2019) and standing (elder)
    assertThat((int) EvidenceInYear.namedKindOf(record(2, LocalDate.of(2019, 5, 1), 1)))
        .isEqualTo(2019);
    assertThat((int) EvidenceInYear.namedKindOf(record(1, LocalDate.of(2019, 5, 1), 1)))
        .isEqualTo(EvidenceInYear.UNDATED);
  }

  @Test
  void aPlantedSetGivesEachKindsRecordsInOrderInTheYearAndInEveryYear() {
    // a training of 2022 (counts), one of 2021 (out of the year), an elder who joined in 2010
    // (standing: counts), the same training twice (both kept, in order), a designation of 2015
    // (standing)
    Evidence t22 = record(2, LocalDate.of(2022, 3, 1), 1);
    Evidence t21 = record(2, LocalDate.of(2021, 3, 1), 2);
    Evidence elder = record(1, LocalDate.of(2010, 9, 1), 3);
    Evidence d15 = record(11, LocalDate.of(2015, 1, 1), 4);
    List<Evidence> all = List.of(t22, t21, elder, t22, d15);
    EvidenceInYear in = EvidenceInYear.of(2022, all);
    assertThat(in.list(TrainingSession.class)).<Evidence>map(e -> e).containsExactly(t22, t22);
    assertThat(in.anyYear().list(TrainingSession.class)).<Evidence>map(e -> e).containsExactly(t22, t21, t22);
    assertThat(in.list(ElderMember.class)).<Evidence>map(e -> e).containsExactly(elder);
    assertThat(in.list(DesignationHeld.class)).<Evidence>map(e -> e).containsExactly(d15);
    assertThat(in.list(Incident.class)).isEmpty();
    // the slices are unmodifiable views, read by index, by iterator and by forEach alike
    List<TrainingSession> slice = in.anyYear().list(TrainingSession.class);
    assertThatThrownBy(() -> slice.add((TrainingSession) t21))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> slice.set(0, (TrainingSession) t21))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> slice.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    List<Evidence> seen = new ArrayList<>();
    slice.forEach(seen::add);
    slice.iterator().forEachRemaining(seen::add);
    seen.addAll(Arrays.asList(slice.toArray()).stream().map(Evidence.class::cast).toList());
    assertThat(seen).containsExactly(t22, t21, t22, t22, t21, t22, t22, t21, t22);
    assertThat(slice.stream().toList()).containsExactly((TrainingSession) t22,
        (TrainingSession) t21, (TrainingSession) t22);
    // the general type: every counted record, in order
    assertThat(in.list(Evidence.class)).containsExactly(t22, elder, t22, d15);
    assertThat(in.anyYear().list(Evidence.class)).containsExactlyElementsOf(all);
  }

  @Test
  void anyEvidenceOfAnyKindAndYearIsIndexedAsAPlainFilterSelectsIt() {
    // kinds 0–13, dates in 2020–2024 against the year 2022, up to 40 records
    qt().withExamples(2_000)
        .forAll(lists().of(integers().between(0, KINDS * 5 - 1)).ofSizeBetween(0, 40),
            integers().between(2020, 2024))
        .checkAssert((codes, year) -> {
          List<Evidence> all = new ArrayList<>();
          for (int i = 0; i < codes.size(); i++) {
            int c = codes.get(i);
            all.add(record(c % KINDS, LocalDate.of(2020 + c / KINDS, 6, 1), i));
          }
          EvidenceInYear in = EvidenceInYear.of(year, all);
          List<Class<?>> types = new ArrayList<>(
              Arrays.asList(Evidence.class.getPermittedSubclasses()));
          types.add(Evidence.class);
          for (Class<?> type : types) {
            @SuppressWarnings("unchecked")
            Class<Evidence> t = (Class<Evidence>) type;
            assertThat(in.list(t)).isEqualTo(filtered(all, type, year, true));
            assertThat(in.anyYear().list(t)).isEqualTo(filtered(all, type, year, false));
            assertThat(in.all(t).toList()).isEqualTo(filtered(all, type, year, true));
          }
        });
  }
}
