package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.Standard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The carry-over rules of a pre-filled workbook (续填规则): what of last year's assessment a new
 * workbook starts from. Standing records (organisation, elder roster, care carriers, support
 * counts, mentoring pairs, designations held: the kinds without a date field in the evidence-kind
 * registry) are copied; dated records outside the new year are dropped, each with a {@link
 * ProblemCode#CARRY_OVER_RECORD_DROPPED} warning; claims are copied as a starting point where the
 * new standard's claims sheet lists their item, the others dropped with a {@link
 * ProblemCode#CARRY_OVER_CLAIM_UNMAPPED} warning. The unit is kept; the standard becomes the new
 * one. Stateless.
 */
public final class CarryOver {
  private CarryOver() {}

  /**
   * The assessment a pre-filled workbook is written from.
   *
   * @param source the earlier assessment, not null; need not be valid against the new standard
   * @param target the standard of the new workbook, not null
   * @param year the new assessment year; empty to keep the source's year and every record (a
   *     faithful conversion: records the source already held outside its year stay, and get the
   *     scorer's warning as they did in the source)
   * @return the assessment to pre-fill (its standard id and version the target's), always valid,
   *     with a warning per record or claim not carried over, located by its JSON pointer in the
   *     source
   */
  public static Result<SelfAssessment> apply(SelfAssessment source, Standard target,
      OptionalInt year) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(year, "year");
    int y = year.orElse(source.getYear());
    List<Problem> warnings = new ArrayList<>();
    List<Evidence> kept = new ArrayList<>();
    List<Evidence> evidence = source.getEvidence();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      EvidenceKind kind = EvidenceKinds.of(e);
      if (year.isPresent() && kind.dated()) {
        LocalDate date = (LocalDate) WorkbookTemplateWriter.value(e, kind.dateField().get());
        if (date.getYear() != y) {
          String at = "/evidence/" + i;
          warnings.add(Problem.of(ProblemCode.CARRY_OVER_RECORD_DROPPED, Location.pointer(at),
              date.toString(), at, date.toString(), String.valueOf(y)));
          continue;
        }
      }
      kept.add(e);
    }
    Set<CriterionCode> listed = WorkbookTemplateWriter
        .claimItems(target, source.getUnit().type()).stream().map(Criterion::getCode)
        .collect(Collectors.toSet());
    List<Claim> claims = new ArrayList<>();
    String sheet = target.getId() + " " + target.getVersion();
    for (int i = 0; i < source.getClaims().size(); i++) {
      Claim c = source.getClaims().get(i);
      if (listed.contains(c.code())) {
        claims.add(c);
      } else {
        warnings.add(Problem.of(ProblemCode.CARRY_OVER_CLAIM_UNMAPPED,
            Location.pointer("/claims/" + i + "/code"), c.code().toString(),
            c.code().toString(), sheet));
      }
    }
    SelfAssessment out = SelfAssessment.builder().from(source)
        .standardId(target.getId()).standardVersion(target.getVersion()).year(y)
        .evidence(kept).claims(claims).build();
    return Result.of(out, warnings);
  }
}
