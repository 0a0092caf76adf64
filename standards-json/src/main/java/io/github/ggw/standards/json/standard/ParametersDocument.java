package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.CareCarrierKind;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.DifficultyKind;
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.MentoringKind;
import io.github.ggw.standards.model.evidence.PublicityKind;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.VulnerabilityKind;
import io.github.ggw.standards.model.rule.MeasureParameters;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** The JSON shape of {@link MeasureParameters}: every member optional. */
final class ParametersDocument {
  public List<ActivityKind> activityKinds;
  public Level minLevel;
  public Award minAward;
  public List<Tier> tiers;
  public List<ElderCategory> elderCategories;
  public List<TrainingKind> trainingKinds;
  public List<CareCarrierKind> careCarrierKinds;
  public List<DifficultyKind> difficultyKinds;
  public List<VulnerabilityKind> vulnerabilityKinds;
  public List<MentoringKind> mentoringKinds;
  public List<ResearchKind> researchKinds;
  public List<PublicityKind> publicityKinds;
  public List<DocumentKind> documentKinds;
  public List<DesignationKind> designationKinds;
  public List<IncidentKind> incidentKinds;
  public Boolean withinYear;

  MeasureParameters toModel() {
    return MeasureParameters.builder()
        .addAllActivityKinds(or(activityKinds))
        .minLevel(Optional.ofNullable(minLevel))
        .minAward(Optional.ofNullable(minAward))
        .addAllTiers(or(tiers))
        .addAllElderCategories(or(elderCategories))
        .addAllTrainingKinds(or(trainingKinds))
        .addAllCareCarrierKinds(or(careCarrierKinds))
        .addAllDifficultyKinds(or(difficultyKinds))
        .addAllVulnerabilityKinds(or(vulnerabilityKinds))
        .addAllMentoringKinds(or(mentoringKinds))
        .addAllResearchKinds(or(researchKinds))
        .addAllPublicityKinds(or(publicityKinds))
        .addAllDocumentKinds(or(documentKinds))
        .addAllDesignationKinds(or(designationKinds))
        .addAllIncidentKinds(or(incidentKinds))
        .withinYear(Optional.ofNullable(withinYear))
        .build();
  }

  private static <T> List<T> or(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** Reads {@link MeasureParameters} through this document. */
  static final class Deserializer extends StdDeserializer<MeasureParameters> {
    Deserializer() {
      super(MeasureParameters.class);
    }

    @Override
    public MeasureParameters deserialize(JsonParser p, DeserializationContext ctxt) {
      return ctxt.readValue(p, ParametersDocument.class).toModel();
    }
  }
}
