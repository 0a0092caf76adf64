package io.github.ggw.standards.json.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.ggw.standards.json.batch.SourcedResult;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.evidence.CareCarrier;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DifficultySupport;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.Incident;
import io.github.ggw.standards.model.evidence.Mentoring;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.Publicity;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.evidence.VulnerabilitySupport;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.workflow.PointsChange;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.TieredCredit;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.rules.measure.MeasureValue;
import io.github.ggw.standards.rules.scoring.LostPoints;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson annotations for model types, applied as mix-ins so that the model carries none. Type
 * names are logical names from a closed list; no class name is ever read from input.
 */
public final class Mixins {
  private Mixins() {}

  /**
   * Adds the mix-ins to a module.
   *
   * @param module the module, not null
   */
  public static void register(SimpleModule module) {
    module.setMixInAnnotation(Evidence.class, EvidenceMixin.class);
    module.setMixInAnnotation(ScoringRule.class, ScoringRuleMixin.class);
    module.setMixInAnnotation(MeasureParameters.class, MeasureParametersMixin.class);
    module.setMixInAnnotation(ScoreReport.class, ScoreReportMixin.class);
    module.setMixInAnnotation(Problem.class, ProblemMixin.class);
    module.setMixInAnnotation(LostPoints.class, LostPointsMixin.class);
    module.setMixInAnnotation(Claim.class, ClaimMixin.class);
    module.setMixInAnnotation(PointsChange.class, PointsChangeMixin.class);
    DeficiencyCountsCodec.register(module);
    module.setMixInAnnotation(SourcedResult.class, SourcedResultMixin.class);
    module.setMixInAnnotation(FactValue.class, FactValueMixin.class);
    module.setMixInAnnotation(Condition.class, ConditionMixin.class);
  }

  /**
   * The evidence variants by the name their {@code type} member gives, as the mix-in below
   * declares them, for the readers' fast path.
   *
   * @return the record class of each name, in the declared order
   */
  public static Map<String, Class<?>> evidenceTypes() {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    for (JsonSubTypes.Type t : EvidenceMixin.class.getAnnotation(JsonSubTypes.class).value()) {
      types.put(t.name(), t.value());
    }
    return types;
  }

  /** Evidence variants by their {@code type} member. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Organisation.class, name = "organisation"),
    @JsonSubTypes.Type(value = ElderMember.class, name = "elder"),
    @JsonSubTypes.Type(value = TrainingSession.class, name = "training"),
    @JsonSubTypes.Type(value = ThemedActivity.class, name = "activity"),
    @JsonSubTypes.Type(value = CareCarrier.class, name = "care-carrier"),
    @JsonSubTypes.Type(value = DifficultySupport.class, name = "difficulty-support"),
    @JsonSubTypes.Type(value = VulnerabilitySupport.class, name = "vulnerability-support"),
    @JsonSubTypes.Type(value = Mentoring.class, name = "mentoring"),
    @JsonSubTypes.Type(value = ResearchOutput.class, name = "research"),
    @JsonSubTypes.Type(value = Publicity.class, name = "publicity"),
    @JsonSubTypes.Type(value = DocumentRecord.class, name = "document"),
    @JsonSubTypes.Type(value = DesignationHeld.class, name = "designation"),
    @JsonSubTypes.Type(value = Incident.class, name = "incident"),
    @JsonSubTypes.Type(value = FactValue.class, name = "fact")
  })
  private interface EvidenceMixin {
    @JsonIgnore
    Object dated();
  }

  /** Scoring rule variants by their {@code type} member. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = AllOrNothing.class, name = "all-or-nothing"),
    @JsonSubTypes.Type(value = Judgement.class, name = "judgement"),
    @JsonSubTypes.Type(value = PerOccurrence.class, name = "per-occurrence"),
    @JsonSubTypes.Type(value = ThresholdLadder.class, name = "threshold-ladder"),
    @JsonSubTypes.Type(value = Deduction.class, name = "deduction"),
    @JsonSubTypes.Type(value = Veto.class, name = "veto"),
    @JsonSubTypes.Type(value = DiscretionaryDeduction.class, name = "discretionary-deduction"),
    @JsonSubTypes.Type(value = TieredCredit.class, name = "tiered-credit"),
    @JsonSubTypes.Type(value = CountedDeduction.class, name = "counted-deduction")
  })
  private interface ScoringRuleMixin {
    @JsonIgnore
    boolean isComputed();
  }

  /** Measure parameters: only the given ones are written; derived accessors are not. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  private interface MeasureParametersMixin {
    @JsonIgnore
    boolean isCountingOnlyTheYear();

    @JsonIgnore
    Object getGiven();
  }

  /** Hides derived accessors of report values. */
  private interface ScoreReportMixin {
    @JsonIgnore
    boolean isVetoed();
  }

  /**
   * Lost points: written as the points and the reason's text (the lazy reason object stays
   * inside), read back through the constructor that takes the text.
   */
  private abstract static class LostPointsMixin {
    @JsonCreator
    LostPointsMixin(@JsonProperty("points") Points points,
        @JsonProperty("reason") LocalizedText reason,
        @JsonProperty("reasonCode") Optional<String> reasonCode,
        @JsonProperty("measures") List<MeasureValue> measures,
        @JsonProperty("count") Optional<Integer> count,
        @JsonProperty("due") Optional<Points> due) {}

    @JsonIgnore
    abstract Object why();

    @JsonProperty("reason")
    abstract Object reason();
  }

  /**
   * A claim: {@code code}, {@code points} (left out when the claim leaves them to its counts),
   * {@code narrative}, and {@code deficiencies} only when it has counts; read by the assessment
   * package's claim deserializer.
   */
  @JsonPropertyOrder({"code", "points", "narrative", "deficiencies"})
  private abstract static class ClaimMixin {
    @JsonIgnore
    abstract Points points();

    @JsonProperty("points")
    abstract Optional<Points> givenPoints();

    @JsonIgnore
    abstract boolean pointsGiven();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract Object deficiencies();
  }

  /** A recorded change: its counts only when it set a counted deduction's counts. */
  private abstract static class PointsChangeMixin {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract Object counts();
  }

  /**
   * A batch result: its report is written bare, without the header a score report has as a
   * document of its own.
   */
  private abstract static class SourcedResultMixin {
    @JsonSerialize(using = EnvelopeSerializer.Body.class)
    abstract ScoreReport report();
  }

  /** A fact's value: any JSON scalar, held as text (see {@link FactValueCodec}). */
  private abstract static class FactValueMixin {
    @JsonCreator
    FactValueMixin(@JsonProperty("code") String code,
        @JsonProperty("value") @JsonDeserialize(using = ScalarTextDeserializer.class)
            String value) {}

    @JsonSerialize(using = FactValueCodec.Writer.class)
    abstract String value();
  }

  /**
   * A condition: a numeric comparison writes its {@code bound}, one on written values its {@code
   * values}; the other is left out.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  private interface ConditionMixin {}

  /** Hides derived accessors of problems. */
  private interface ProblemMixin {
    @JsonIgnore
    boolean isError();

    @JsonIgnore
    Object getArguments();
  }
}
