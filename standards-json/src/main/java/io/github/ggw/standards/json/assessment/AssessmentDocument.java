package io.github.ggw.standards.json.assessment;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.evidence.Evidence;
import java.util.List;

/** The JSON shape of a {@link SelfAssessment} ({@code kind = "self-assessment"}, version 1). */
final class AssessmentDocument {
  static final String KIND = "self-assessment";

  public String kind;
  public Integer formatVersion;
  public Unit unit;
  public StandardId standardId;
  public StandardVersion standardVersion;
  public Integer year;
  public List<Evidence> evidence;
  public List<Claim> claims;

  static AssessmentDocument from(SelfAssessment a) {
    AssessmentDocument d = new AssessmentDocument();
    d.kind = KIND;
    d.formatVersion = Formats.VERSION;
    d.unit = a.getUnit();
    d.standardId = a.getStandardId();
    d.standardVersion = a.getStandardVersion();
    d.year = a.getYear();
    d.evidence = a.getEvidence();
    d.claims = a.getClaims();
    return d;
  }

  /** The assessment, or null after recording problems. */
  SelfAssessment toModel(Binder b) {
    Formats.checkHeader(kind, KIND, formatVersion, b);
    b.require(unit, "", "unit");
    b.require(standardId, "", "standardId");
    b.require(standardVersion, "", "standardVersion");
    b.require(year, "", "year");
    b.require(evidence, "", "evidence");
    b.require(claims, "", "claims");
    for (int i = 0; evidence != null && i < evidence.size(); i++) {
      b.require(evidence.get(i), "/evidence", String.valueOf(i));
    }
    for (int i = 0; claims != null && i < claims.size(); i++) {
      b.require(claims.get(i), "/claims", String.valueOf(i));
    }
    if (b.hasErrors()) {
      return null;
    }
    return b.attempt(() -> SelfAssessment.builder().unit(unit).standardId(standardId)
        .standardVersion(standardVersion).year(year).addAllEvidence(evidence)
        .addAllClaims(claims).build(), "");
  }
}
