package io.github.ggw.standards.testkit;

import static io.github.ggw.standards.testkit.Draws.between;
import static io.github.ggw.standards.testkit.Draws.pick;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.workflow.Actor;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.Adjustment;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.RegisteredUnit;
import io.github.ggw.standards.model.workflow.Role;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import io.github.ggw.standards.rules.workflow.RefusedTransitionException;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.math.BigDecimal;
import io.github.ggw.standards.json.workflow.Sm2KeyPair;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.workflow.Office;
import io.github.ggw.standards.model.workflow.OfficeId;
import io.github.ggw.standards.model.workflow.OfficeLevel;
import io.github.ggw.standards.rules.workflow.DecisionSigner;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of review action sequences with actors (审核审批动作序列生成器), for
 * property tests of the review workflow: a generated registry (units in three districts, some
 * city-run; unit staff; reviewers of each district, some seconded from a school of their
 * district; the city's reviewer; approvers of Changzhou, some on a school's staff, and one of
 * Suzhou) and a generated sequence of actions by generated actors (including one nobody
 * registered), with generated claims, adjustments, reasons, times and designation dates —
 * valid and invalid alike. Executing a run applies each action to the case file in hand and
 * records every transition made and every refusal.
 */
public final class ReviewRuns {
  /** The standard of every generated case file: the bundled Changzhou standard. */
  public static final Standard STANDARD = ReferenceData.changzhouStandard();
  /** The case-file JSON used to replay and verify. */
  public static final WorkflowJson JSON = WorkflowJson.create();
  /** The assessment every generated submission starts from: bundled sample 01. */
  public static final SelfAssessment BASE = StandardsJson.create()
      .readAssessment(ReferenceData.sample("01-excellent-primary.json")).orElseThrow();
  /** The time of the first action of every run. */
  public static final Instant START = Instant.parse("2022-09-01T00:00:00Z");
  private static final String[] DISTRICTS = {"320402", "320411", "320412"};
  private static final UnitType[] TYPES =
      {UnitType.PRIMARY, UnitType.JUNIOR_SECONDARY, UnitType.SENIOR_SECONDARY};
  private static final List<Criterion> JUDGEMENTS = STANDARD.getAllCriteria()
      .filter(c -> c.isLeaf() && c.getRule().orElseThrow() instanceof Judgement).toList();

  private ReviewRuns() {}

  /** What an action asks for. */
  public enum Kind {
    /** Submit the self-assessment. */
    SUBMIT,
    /** Review at district level. */
    REVIEW,
    /** Return for revision. */
    RETURN,
    /** Resubmit after a return. */
    RESUBMIT,
    /** Approve at city level. */
    APPROVE,
    /** Reject at city level. */
    REJECT
  }

  /**
   * One generated action: every choice is drawn here and resolved against the file in hand when
   * applied. A random action is the kind drawn by any actor (the unregistered one included); a
   * plausible one is the next kind the file's status admits (review or return, approve or
   * reject, by {@code branch}) by an actor of the matching role; a proper one is also by an actor
   * the registry would let act, when there is one. Each draws its own times, claims, unit,
   * adjustments, reasons and designation date, valid or not.
   */
  public record Action(Kind kind, int mode, int actorDraw, int branch, long minutes,
      Function<Unit, SelfAssessment> revision, List<Adjustment> adjustments,
      List<String> reasons, int designationDays) {}

  /** A generated registry, the unit whose file is followed, and the actions. */
  public record Run(UnitRegistry registry, Unit unit, List<Action> actions) {
    /**
     * The workflow of this run's registry, its clock fixed at a time.
     *
     * @param at the time
     * @return the workflow
     */
    public Workflow workflow(Instant at) {
      return JSON.workflow(STANDARD, registry, Clock.fixed(at, ZoneOffset.UTC));
    }
  }

  /** One transition made: the file before (null for a submission) and after. */
  public record Made(Action action, CaseFile before, CaseFile after) {}

  /** What executing a run did. */
  public record Outcome(Run run, List<Made> made, List<RefusedTransitionException> refusals) {
    /**
     * The case files made, in order.
     *
     * @return the states after each transition made
     */
    public List<CaseFile> states() {
      return made.stream().map(Made::after).toList();
    }
  }

  /**
   * Review action sequences with actors: a generated registry, the unit followed, and up to 14
   * actions, valid and invalid alike; shrinks to fewer actions, units and actors.
   *
   * @return the generator
   */
  public static Gen<Run> runs() {
    return in -> {
      UnitRegistry registry = registry(in);
      List<RegisteredUnit> units = registry.getUnits();
      Unit unit = units.get(between(in, 0, units.size() - 1)).unit();
      List<Action> actions = new ArrayList<>();
      int n = between(in, 1, 14);
      for (int i = 0; i < n; i++) {
        actions.add(action(in, registry, i == 0));
      }
      return new Run(registry, unit, actions);
    };
  }

  private static UnitRegistry registry(RandomnessSource in) {
    List<RegisteredUnit> units = new ArrayList<>();
    int count = between(in, 1, 4);
    for (int i = 1; i <= count; i++) {
      units.add(new RegisteredUnit(new Unit(UnitId.of("U" + i), "学校" + i, pick(in, TYPES),
          DistrictCode.of(pick(in, DISTRICTS))), between(in, 0, 3) == 0));
    }
    List<Actor> actors = new ArrayList<>();
    for (RegisteredUnit u : units) {
      actors.add(new Actor(ActorId.of("S-" + u.unit().id()), "经办人", Role.UNIT_STAFF,
          Optional.empty(), Set.of(u.unit().id())));
    }
    for (String d : DISTRICTS) {
      for (int r = 1; r <= between(in, 0, 2); r++) {
        actors.add(new Actor(ActorId.of("R-" + d + "-" + r), "审核人", Role.DISTRICT_REVIEWER,
            Optional.of(DistrictCode.of(d)), seconded(in, units, d)));
      }
    }
    if (between(in, 0, 1) == 1) {
      actors.add(new Actor(ActorId.of("R-CITY"), "市直学校审核人", Role.DISTRICT_REVIEWER,
          Optional.of(DistrictCode.of("320400")), seconded(in, units, null)));
    }
    for (int a = 1; a <= between(in, 1, 2); a++) {
      actors.add(new Actor(ActorId.of("A-" + a), "审批人", Role.CITY_APPROVER,
          Optional.of(DistrictCode.of("320400")), seconded(in, units, null)));
    }
    actors.add(new Actor(ActorId.of("A-SZ"), "苏州审批人", Role.CITY_APPROVER,
        Optional.of(DistrictCode.of("320500")), Set.of()));
    List<Office> offices = new ArrayList<>();
    for (String d : DISTRICTS) {
      offices.add(office("O-" + d, OfficeLevel.DISTRICT, d, actors, "R-" + d + "-"));
    }
    offices.add(office("O-CITY-REVIEW", OfficeLevel.DISTRICT, "320400", actors, "R-CITY"));
    offices.add(office("O-320400", OfficeLevel.CITY, "320400", actors, "A-"));
    offices.add(office("O-320500", OfficeLevel.CITY, "320500", actors, "A-SZ"));
    return UnitRegistry.of(units, actors, offices, false);
  }

  /**
   * The office keys of every generated registry, made once per test run (never the demo keys),
   * one per office id.
   */
  private static final Map<String, Sm2KeyPair> KEYS = new ConcurrentHashMap<>();
  private static final Instant KEYS_VALID_FROM = Instant.parse("2021-01-01T00:00:00Z");

  /** An office listing the actors whose ids start with a prefix (A-SZ apart from ). */
  private static Office office(String id, OfficeLevel level, String code, List<Actor> actors,
      String prefix) {
    List<ActorId> members = actors.stream().map(Actor::id)
        .filter(a -> a.value().startsWith(prefix) && !(prefix.equals("A-")
            && a.value().equals("A-SZ")))
        .toList();
    Sm2KeyPair key = KEYS.computeIfAbsent(id, k -> Sm2KeyPair.generate());
    return new Office(OfficeId.of(id), level, DistrictCode.of(code),
        LocalizedText.of(id, id), members,
        List.of(key.officeKey(KEYS_VALID_FROM, Optional.empty())), Optional.empty());
  }

  /**
   * The key a generated actor decides with: that of the office listing them.
   *
   * @param registry a generated registry
   * @param actor the actor
   * @return the office's key, or empty when no office lists the actor
   */
  public static Optional<DecisionSigner> keyOf(UnitRegistry registry, ActorId actor) {
    return registry.getOffices().stream().filter(o -> o.hasActor(actor)).findFirst()
        .map(o -> KEYS.get(o.id().value()).signer());
  }

  /** Now and then a school of the district (any school for the city) whose staff they are on. */
  private static Set<UnitId> seconded(RandomnessSource in, List<RegisteredUnit> units,
      String district) {
    if (between(in, 0, 2) != 0) {
      return Set.of();
    }
    List<RegisteredUnit> candidates = units.stream()
        .filter(u -> district == null || u.unit().district().value().equals(district))
        .toList();
    return candidates.isEmpty() ? Set.of()
        : Set.of(candidates.get(between(in, 0, candidates.size() - 1)).unit().id());
  }

  private static Action action(RandomnessSource in, UnitRegistry registry, boolean first) {
    Kind kind = first ? Kind.SUBMIT : pick(in, Kind.values());
    int mode = between(in, 0, 3);
    int actorDraw = between(in, 0, 1000);
    int branch = between(in, 0, 3);
    long minutes = between(in, 0, 9) == 0 ? -between(in, 1, 120) : between(in, 0, 20_000);
    int year = between(in, 0, 9) == 0 ? 2023 : 2022;
    List<Integer> claimDraws = new ArrayList<>();
    for (int i = 0; i < JUDGEMENTS.size(); i++) {
      claimDraws.add(between(in, 0, 10));
    }
    int unitChoice = between(in, 0, 9);
    UnitId other = registry.getUnits().get(between(in, 0, registry.getUnits().size() - 1))
        .unit().id();
    Function<Unit, SelfAssessment> revision = unit -> assessment(
        unitChoice == 0 ? registry.unit(other).orElseThrow().unit()
            : unitChoice == 1 ? new Unit(unit.id(), "改名学校", unit.type(), unit.district())
            : unit, year, claimDraws);
    List<Adjustment> adjustments = new ArrayList<>();
    for (int i = between(in, 0, 2); i > 0; i--) {
      adjustments.add(adjustment(in));
    }
    List<String> reasons = switch (between(in, 0, 5)) {
      case 0 -> List.of();
      case 1 -> List.of(" ");
      default -> List.of("材料不全", "请补充").subList(0, between(in, 1, 2));
    };
    return new Action(kind, mode, actorDraw, branch, minutes, revision, adjustments, reasons,
        between(in, -2, 60));
  }

  private static Adjustment adjustment(RandomnessSource in) {
    CriterionCode code;
    switch (between(in, 0, 7)) {
      case 0 -> code = CriterionCode.of("1.3");
      case 1 -> code = CriterionCode.of("9.9");
      default -> code = JUDGEMENTS.get(between(in, 0, JUDGEMENTS.size() - 1)).getCode();
    }
    BigDecimal points = new BigDecimal("0.5").multiply(BigDecimal.valueOf(between(in, 0, 11)));
    if (between(in, 0, 9) == 0) {
      points = points.add(new BigDecimal("0.25"));
    }
    String reason = between(in, 0, 9) == 0 ? "" : "依据不足";
    return new Adjustment(code, Points.of(points), reason);
  }

  /**
   * Sample 01's evidence and claims for a unit and year, with the judgement claims changed by
   * draws from 0 to 10 (up to 6 keeps the maximum, each draw above takes a step off).
   *
   * @param unit the unit
   * @param year the year
   * @param draws one draw per judgement item
   * @return the assessment
   */
  public static SelfAssessment assessment(Unit unit, int year, List<Integer> draws) {
    List<Claim> claims = new ArrayList<>();
    for (Claim c : BASE.getClaims()) {
      int j = indexOfJudgement(c.code());
      if (j < 0) {
        claims.add(c);
        continue;
      }
      Criterion item = JUDGEMENTS.get(j);
      BigDecimal step = ((Judgement) item.getRule().orElseThrow()).step();
      int steps = item.getMaxPoints().toBigDecimal().divide(step).intValueExact();
      int k = steps - Math.min(steps, draws.get(j) <= 6 ? 0 : draws.get(j) - 6);
      claims.add(new Claim(c.code(), Points.of(step.multiply(BigDecimal.valueOf(k))),
          c.narrative()));
    }
    return ImmutableSelfAssessment.copyOf(BASE).withUnit(unit).withYear(year)
        .withClaims(claims);
  }

  private static int indexOfJudgement(CriterionCode code) {
    for (int i = 0; i < JUDGEMENTS.size(); i++) {
      if (JUDGEMENTS.get(i).getCode().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Applies every action of a run to the case file in hand, recording each transition made and
   * each refusal.
   *
   * @param run the run
   * @return what it did
   */
  public static Outcome execute(Run run) {
    return RunExecution.execute(run);
  }
}
