package io.github.ggw.standards.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Local invariants of the evidence records and their free-text-free {@code toString}. */
class EvidenceRecordsTest {
  private static final LocalDate DAY = LocalDate.of(2020, 5, 12);
  /** Free text with a name, a mobile number and a resident id, which no toString may print. */
  private static final String SECRET = "张小明家访 13812345678 32041219900101123X";

  private static void assertNoFreeText(Object evidence) {
    assertThat(evidence.toString())
        .doesNotContain(SECRET)
        .doesNotContain("张小明")
        .doesNotContain("13812345678")
        .doesNotContain("32041219900101123X");
  }

  // ---- records with free text: toString never prints it

  @Test
  void trainingSession() {
    TrainingSession t =
        new TrainingSession(TrainingKind.TRAINING, DAY, new BigDecimal("1.5"), 30, SECRET);
    assertNoFreeText(t);
    assertThat(t.toString()).contains("TRAINING").contains("2020-05-12").contains("30");
    assertThat(t.dated()).contains(DAY);
    assertThat(new TrainingSession(TrainingKind.STUDY, DAY, BigDecimal.ONE, 0, "t").attendees())
        .isZero();
    assertThrows(StandardsException.class,
        () -> new TrainingSession(TrainingKind.STUDY, DAY, BigDecimal.ONE, -1, "t"));
    assertThrows(StandardsException.class,
        () -> new TrainingSession(TrainingKind.STUDY, DAY, new BigDecimal("-0.5"), 3, "t"));
    assertThrows(NullPointerException.class,
        () -> new TrainingSession(TrainingKind.STUDY, DAY, BigDecimal.ONE, 3, null));
  }

  @Test
  void themedActivity() {
    ThemedActivity a = new ThemedActivity(
        ActivityKind.SPEECH_CONTEST, DAY, Level.DISTRICT, 120, Award.SECOND_PRIZE, SECRET);
    assertNoFreeText(a);
    assertThat(a.toString()).contains("SPEECH_CONTEST").contains("DISTRICT").contains("120");
    assertThat(a.dated()).contains(DAY);
    assertThrows(StandardsException.class, () -> new ThemedActivity(
        ActivityKind.LECTURE, DAY, Level.SCHOOL, -1, Award.NONE, "t"));
    assertThrows(NullPointerException.class, () -> new ThemedActivity(
        ActivityKind.LECTURE, DAY, Level.SCHOOL, 1, null, "t"));
  }

  @Test
  void researchOutput() {
    ResearchOutput r = new ResearchOutput(ResearchKind.SURVEY_REPORT, DAY, SECRET);
    assertNoFreeText(r);
    assertThat(r.toString()).contains("SURVEY_REPORT");
    assertThat(r.dated()).contains(DAY);
    assertThrows(NullPointerException.class,
        () -> new ResearchOutput(ResearchKind.PROPOSAL, DAY, null));
  }

  @Test
  void documentRecord() {
    DocumentRecord d = new DocumentRecord(DocumentKind.MINUTES, SECRET, DAY, "a".repeat(64));
    assertNoFreeText(d);
    assertThat(d.toString()).contains("MINUTES").contains("2020-05-12");
    assertThat(d.dated()).contains(DAY);
    assertThrows(NullPointerException.class,
        () -> new DocumentRecord(DocumentKind.PLAN, null, DAY, ""));
  }

  @Test
  void incident() {
    Incident i = new Incident(IncidentKind.SAFETY_INCIDENT, DAY, IncidentSource.REVIEWER, SECRET);
    assertNoFreeText(i);
    assertThat(i.toString()).contains("SAFETY_INCIDENT").contains("REVIEWER");
    assertThat(i.dated()).contains(DAY);
    assertThrows(NullPointerException.class,
        () -> new Incident(IncidentKind.CONCEALMENT, DAY, IncidentSource.UNIT, null));
  }

  // ---- records with counts: negative counts are refused, zero is fine

  @Test
  void organisation() {
    Organisation o = new Organisation(true, 9, 4, true, true, new BigDecimal("20000"), true);
    assertThat(o.workingTeamElders()).isEqualTo(4);
    assertThat(o.dated()).isEmpty();
    assertThat(new Organisation(false, 0, 0, false, false, BigDecimal.ZERO, false).members())
        .isZero();
    assertThrows(StandardsException.class,
        () -> new Organisation(true, -1, 4, true, true, BigDecimal.TEN, true));
    assertThrows(StandardsException.class,
        () -> new Organisation(true, 9, -1, true, true, BigDecimal.TEN, true));
    assertThrows(StandardsException.class,
        () -> new Organisation(true, 9, 4, true, true, new BigDecimal("-0.01"), true));
    assertThrows(NullPointerException.class,
        () -> new Organisation(true, 9, 4, true, true, null, true));
  }

  @Test
  void careCarrier() {
    assertThat(new CareCarrier(CareCarrierKind.TALK_ROOM, DAY, 0).sessionsHeld()).isZero();
    assertThat(new CareCarrier(CareCarrierKind.TALK_ROOM, DAY, 12).dated()).isEmpty();
    assertThrows(StandardsException.class,
        () -> new CareCarrier(CareCarrierKind.CARE_SHOP, DAY, -1));
  }

  @Test
  void difficultySupport() {
    assertThat(new DifficultySupport(DifficultyKind.LEARNING, 0).pupilsSupported()).isZero();
    assertThrows(StandardsException.class,
        () -> new DifficultySupport(DifficultyKind.FAMILY_ECONOMIC, -3));
  }

  @Test
  void vulnerabilitySupport() {
    assertThat(new VulnerabilitySupport(VulnerabilityKind.BEREAVED, 0).youthsHelped()).isZero();
    assertThrows(StandardsException.class,
        () -> new VulnerabilitySupport(VulnerabilityKind.OUT_OF_SCHOOL, -1));
  }

  @Test
  void mentoring() {
    assertThat(new Mentoring(MentoringKind.BLUE_GREEN_PAIR, 0, DAY).count()).isZero();
    assertThrows(StandardsException.class,
        () -> new Mentoring(MentoringKind.TEACHER_STUDIO, -1, DAY));
  }

  @Test
  void publicity() {
    Publicity p = new Publicity(PublicityKind.NEWSLETTER_ISSUE, DAY, 0);
    assertThat(p.count()).isZero();
    assertThat(p.dated()).contains(DAY);
    assertThrows(StandardsException.class,
        () -> new Publicity(PublicityKind.NEWS_REPORT, DAY, -1));
  }

  @Test
  void elderMemberIsAStandingFact() {
    ElderMember m = new ElderMember(ElderRef.of("E07"), ElderCategory.TEACHER, Tier.CORE, true, DAY);
    assertThat(m.dated()).isEmpty();
    assertThrows(NullPointerException.class,
        () -> new ElderMember(null, ElderCategory.TEACHER, Tier.CORE, true, DAY));
  }
}
