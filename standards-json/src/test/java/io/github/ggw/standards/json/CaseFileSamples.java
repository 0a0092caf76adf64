package io.github.ggw.standards.json;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.Adjustment;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.Designation;
import io.github.ggw.standards.rules.scoring.FigureSource;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.Scorer;
import io.github.ggw.standards.rules.workflow.DecisionSigner;
import io.github.ggw.standards.rules.workflow.Workflow;
import io.github.ggw.standards.json.workflow.Sm2KeyPair;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the bundled sample case files are made: the bundled sample self-assessments taken through
 * the workflow with fixed clocks (times in Asia/Shanghai, +08:00), by the actors of the bundled
 * registry. Fictional, like the samples.
 *
 * <ul>
 *   <li>{@code WJ-PS-001-2022}: reviewed by Wujin with judgement item 2.4 lowered from 4 to 3.5,
 *       approved as reviewed, certified under 常教关委〔2022〕4号 of 2022-12-20.
 *   <li>{@code CZ-SS-001-2022}: a city-run senior school (sample 01's evidence), reviewed by the
 *       city's reviewer, approved with 5.4 lowered from 4 to 3.5 at city level, same document.
 *   <li>{@code JT-VS-002-2022}: sample 05, returned for over-claiming, resubmitted with no claim
 *       above what its evidence supports, reviewed, and rejected below the threshold.
 *   <li>{@code XB-KG-003-2022}: sample 04, submitted and awaiting its district review.
 *   <li>{@code WJ-PS-001-2021}: sample 01 a year earlier with two themed activities fewer,
 *       reviewed by Wujin as a staged assessment (分阶段考核), not submitted for certification.
 * </ul>
 */
public final class CaseFileSamples {
  public static final WorkflowJson JSON = WorkflowJson.create();
  static final StandardsJson STANDARDS = StandardsJson.create();
  public static final Standard STANDARD = ReferenceData.changzhouStandard();
  static final Designation CERTIFIED_2022 = new Designation(DesignationKind.QUALITY_CERTIFIED,
      "常教关委〔2022〕4号", LocalDate.of(2022, 12, 20));

  private CaseFileSamples() {}

  /** The workflow of the bundled standard and registry at a time in Asia/Shanghai. */
  static Workflow at(String isoOffsetTime) {
    return JSON.workflow(STANDARD, ReferenceData.changzhouRegistry(),
        Clock.fixed(OffsetDateTime.parse(isoOffsetTime).toInstant(), Workflow.ZONE));
  }

  /** The same, deciding with an office's demo key. */
  static Workflow at(String isoOffsetTime, String office) {
    return at(isoOffsetTime).signingWith(demoKey(office));
  }

  private static final Map<String, DecisionSigner> DEMO = new java.util.concurrent.ConcurrentHashMap<>();

  /** The demo key of an office of the bundled registry. */
  public static DecisionSigner demoKey(String office) {
    return DEMO.computeIfAbsent(office, o -> Sm2KeyPair.read(ReferenceData.demoKey(o),
        ReferenceData.DEMO_KEY_PASSWORD.toCharArray()).orElseThrow().signer());
  }

  public static SelfAssessment sample(String name) {
    return STANDARDS.readAssessment(ReferenceData.sample(name)).orElseThrow();
  }

  static Adjustment adjust(String code, String points, String reason) {
    return new Adjustment(CriterionCode.of(code), Points.parse(points), reason);
  }

  static ActorId actor(String id) {
    return ActorId.of(id);
  }

  /** The bundled case files by resource name, in the index's order. */
  public static Map<String, CaseFile> all() {
    Map<String, CaseFile> out = new LinkedHashMap<>();
    out.put("WJ-PS-001-2021.case.json", wujin2021());
    out.put("WJ-PS-001-2022.case.json", wujin2022());
    out.put("CZ-SS-001-2022.case.json", cityRun2022());
    out.put("JT-VS-002-2022.case.json", jintan2022());
    out.put("XB-KG-003-2022.case.json", xinbei2022());
    return out;
  }

  public static CaseFile wujin2022() {
    CaseFile submitted = at("2022-10-10T09:00:00+08:00")
        .submit(sample("01-excellent-primary.json"), actor("WJ-PS-001-S"));
    CaseFile reviewed = at("2022-11-01T10:00:00+08:00", "WJ-OFFICE").review(submitted, actor("WJ-REV-01"),
        List.of(adjust("2.4", "3.5", "主题教育活动缺少活动总结，酌减0.5分")));
    return at("2022-12-15T15:00:00+08:00", "CZ-CITY-OFFICE").approve(reviewed, actor("CZ-APP-01"), List.of(),
        CERTIFIED_2022);
  }

  static CaseFile cityRun2022() {
    SelfAssessment a = ImmutableSelfAssessment.copyOf(sample("01-excellent-primary.json"))
        .withUnit(new Unit(UnitId.of("CZ-SS-001"), "常州市实验高级中学（虚构）",
            UnitType.SENIOR_SECONDARY, io.github.ggw.standards.model.assessment.DistrictCode.of("320402")));
    CaseFile submitted = at("2022-10-12T09:30:00+08:00").submit(a, actor("CZ-SS-001-S"));
    CaseFile reviewed = at("2022-11-03T14:00:00+08:00", "CZ-REVIEW-OFFICE").review(submitted, actor("CZ-REV-01"),
        List.of());
    return at("2022-12-15T15:30:00+08:00", "CZ-CITY-OFFICE").approve(reviewed, actor("CZ-APP-01"),
        List.of(adjust("5.4", "3.5", "宣传报道以校内为主，市级以上报道偏少")), CERTIFIED_2022);
  }

  static CaseFile jintan2022() {
    SelfAssessment first = sample("05-overclaim-vocational.json");
    CaseFile submitted = at("2022-10-11T08:30:00+08:00").submit(first, actor("JT-VS-002-S"));
    CaseFile returned = at("2022-10-20T16:00:00+08:00", "JT-OFFICE").returnForRevision(submitted,
        actor("JT-REV-01"), List.of("多项自评分高于佐证材料支持的分数，请据实修改后重新提交"));
    CaseFile resubmitted = at("2022-10-28T09:00:00+08:00").resubmit(returned,
        honest(first), actor("JT-VS-002-S"));
    CaseFile reviewed = at("2022-11-05T10:00:00+08:00", "JT-OFFICE").review(resubmitted, actor("JT-REV-01"),
        List.of());
    return at("2022-12-15T16:00:00+08:00", "CZ-CITY-OFFICE").reject(reviewed, actor("CZ-APP-01"),
        List.of("审核分未达到认定线90分"));
  }

  static CaseFile xinbei2022() {
    return at("2022-10-13T11:00:00+08:00").submit(sample("04-boundary-kindergarten.json"),
        actor("XB-KG-003-S"));
  }

  public static CaseFile wujin2021() {
    SelfAssessment a2022 = sample("01-excellent-primary.json");
    List<Evidence> evidence = new ArrayList<>();
    int activities = 0;
    for (Evidence e : a2022.getEvidence()) {
      if (e instanceof ThemedActivity && ++activities > 4) {
        continue;
      }
      evidence.add(YearShift.back(e));
    }
    SelfAssessment a2021 = ImmutableSelfAssessment.copyOf(a2022).withYear(2021)
        .withEvidence(evidence);
    a2021 = honest(a2021);
    CaseFile submitted = at("2021-10-15T09:00:00+08:00").submit(a2021, actor("WJ-PS-001-S"));
    return at("2021-11-10T10:00:00+08:00", "WJ-OFFICE").review(submitted, actor("WJ-REV-01"),
        List.of(adjust("3.1", "3", "谈心屋活动记录不够完整")));
  }

  /** The assessment with every computed claim lowered to what its evidence supports. */
  static SelfAssessment honest(SelfAssessment a) {
    Map<CriterionCode, Points> computed = new LinkedHashMap<>();
    for (ItemResult i : Scorer.create().score(STANDARD, a).value().orElseThrow().items()) {
      if (i.source() == FigureSource.COMPUTED) {
        computed.put(i.code(), i.awarded());
      }
    }
    BigDecimal step = STANDARD.getClaimStep();
    List<Claim> claims = a.getClaims().stream().map(c -> {
      Points supported = computed.get(c.code());
      if (supported == null || c.points().compareTo(supported) <= 0) {
        return c;
      }
      BigDecimal down = supported.toBigDecimal().divide(step, 0, RoundingMode.DOWN)
          .multiply(step);
      return new Claim(c.code(), Points.of(down), c.narrative());
    }).toList();
    return ImmutableSelfAssessment.copyOf(a).withClaims(claims);
  }
}
