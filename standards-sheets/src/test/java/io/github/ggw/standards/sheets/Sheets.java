package io.github.ggw.standards.sheets;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.sheets.StandardsCsv;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.UnitType;
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
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The five test sheets (test resources {@code sheets/}) and a small builder of
 * hand-made self-assessments for them. Every assessment year is 2022; every dated fact is dated in
 * 2022 unless a test says otherwise.
 */
public final class Sheets {
  static final String DIR = "/io/github/ggw/standards/sheets/sheets/";
  static final String SHEET1 = "sheet1-numbered-items.json";
  static final String SHEET2 = "sheet2-five-blocks.csv";
  static final String SHEET3 = "sheet3-three-levels.csv";
  static final String SHEET4 = "sheet4-weighted.json";
  static final String SHEET5 = "sheet5-threshold-veto.json";
  static final List<String> ALL = List.of(SHEET1, SHEET2, SHEET3, SHEET4, SHEET5);
  static final int YEAR = 2022;
  private static final LocalDate DAY = LocalDate.of(YEAR, 5, 1);

  private Sheets() {}

  static byte[] bytes(String name) {
    return ReferenceData.resource(DIR + name);
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** Reads a sheet, CSV or JSON by its extension; fails the test when it is refused. */
  static Standard load(String name) {
    Result<Standard> r = name.endsWith(".csv")
        ? StandardsCsv.create().readStandard(bytes(name))
        : StandardsJson.create().readStandard(bytes(name));
    return r.orElseThrow();
  }

  /** Scores and returns the report; fails the test when the assessment is refused. */
  static ScoreReport score(Standard s, SelfAssessment a) {
    Result<ScoreReport> o = Scorer.create().score(s, a);
    if (!o.isValid()) {
      throw new AssertionError("refused: " + o.problems());
    }
    return o.value().orElseThrow();
  }

  // ------------------------------------------------------------------ assessments

  /** A self-assessment under construction. */
  static final class Case {
    private final Standard standard;
    private final UnitType type;
    private final String id;
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    Case(Standard standard, UnitType type, String id) {
      this.standard = standard;
      this.type = type;
      this.id = id;
    }

    Case with(Evidence... e) {
      evidence.addAll(List.of(e));
      return this;
    }

    Case with(List<? extends Evidence> e) {
      evidence.addAll(e);
      return this;
    }

    /** Claims such as {@code "1.1=2.5"}; {@code "B3=3:培训签到表缺三次"} adds a narrative. */
    Case claim(String... codeEqualsPoints) {
      for (String c : codeEqualsPoints) {
        String[] kv = c.split("=", 2);
        String[] pn = kv[1].split(":", 2);
        claims.add(new Claim(CriterionCode.of(kv[0]), Points.parse(pn[0]),
            pn.length > 1 ? pn[1] : ""));
      }
      return this;
    }

    SelfAssessment build() {
      return SelfAssessment.builder()
          .unit(new Unit(UnitId.of(id), "测试单位" + id, type, DistrictCode.of("320412")))
          .standardId(standard.getId()).standardVersion(standard.getVersion()).year(YEAR)
          .addAllEvidence(evidence).addAllClaims(claims).build();
    }

    ScoreReport score() {
      return Sheets.score(standard, build());
    }
  }

  static Case unit(Standard s, UnitType type, String id) {
    return new Case(s, type, id);
  }

  // ------------------------------------------------------------------ evidence

  /**
   * A number never drawn before in this run: it keeps the identifying fields of each record
   * these helpers make distinct, so that two calls are two records, not a repeat (which the
   * plausibility pre-pass would count once).
   */
  private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE =
      new java.util.concurrent.atomic.AtomicInteger();

  private static int next() {
    return SEQUENCE.incrementAndGet();
  }

  static Organisation org(boolean chair, int members, int teamElders, boolean office,
      boolean room, int fundingYuan, boolean plan) {
    return new Organisation(chair, members, teamElders, office, room,
        BigDecimal.valueOf(fundingYuan), plan);
  }

  static List<ElderMember> elders(int n, Tier tier, boolean retiredTeacher) {
    return IntStream.range(0, n).mapToObj(i -> new ElderMember(
        ElderRef.of(tier.name().charAt(0) + (retiredTeacher ? "T" : "O") + i),
        retiredTeacher ? ElderCategory.TEACHER : ElderCategory.EXPERT, tier, retiredTeacher,
        LocalDate.of(2019, 9, 1))).toList();
  }

  static List<TrainingSession> trainings(int n) {
    return IntStream.range(0, n).mapToObj(i -> new TrainingSession(TrainingKind.STUDY,
        DAY.plusDays(i), BigDecimal.valueOf(2), 20, "学习会" + i)).toList();
  }

  static ThemedActivity activity(ActivityKind kind, Level level) {
    return new ThemedActivity(kind, DAY, level, 100, Award.NONE, "活动" + next());
  }

  static DesignationHeld designation(DesignationKind kind, Level level) {
    return new DesignationHeld(kind, level, LocalDate.of(2019, 12, 1),
        "常教关委〔2019〕" + next() + "号");
  }

  static Incident incident(IncidentKind kind) {
    return new Incident(kind, DAY, IncidentSource.UNIT, "事件说明" + next());
  }

  static DocumentRecord document(DocumentKind kind) {
    return new DocumentRecord(kind, "台账" + next(), DAY, "");
  }

  static Publicity publicity(PublicityKind kind, int count) {
    return new Publicity(kind, DAY.plusDays(next() % 200), count);
  }

  static ResearchOutput research(ResearchKind kind) {
    return new ResearchOutput(kind, DAY, "调研" + next());
  }

  static CareCarrier carrier(CareCarrierKind kind, int sessions) {
    return new CareCarrier(kind, LocalDate.of(2020, 3, 1).plusDays(next() % 300), sessions);
  }

  static DifficultySupport pupils(int n) {
    return new DifficultySupport(DifficultyKind.LEARNING, n);
  }

  static VulnerabilitySupport vulnerable(int n) {
    return new VulnerabilitySupport(VulnerabilityKind.UNSUPERVISED, n);
  }

  static Mentoring mentoring(MentoringKind kind, int n) {
    return new Mentoring(kind, n, LocalDate.of(2020, 9, 1).plusDays(next() % 300));
  }
}
