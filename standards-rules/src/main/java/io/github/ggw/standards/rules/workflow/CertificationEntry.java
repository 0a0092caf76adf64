package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.workflow.Designation;
import java.util.Objects;

/**
 * One certified unit of a certification list (认定名单条目).
 *
 * @param district the unit's district by GB/T 2260 code
 * @param unitId the unit's code
 * @param unitName the unit's name
 * @param unitType the unit's type
 * @param year the assessment year
 * @param standardId the standard answered
 * @param standardVersion its version
 * @param roundedTotal the city stage total, rounded once (认定分)
 * @param rating the city stage rating
 * @param designation the designation with its document number and date
 */
public record CertificationEntry(
    DistrictCode district,
    UnitId unitId,
    String unitName,
    UnitType unitType,
    int year,
    StandardId standardId,
    StandardVersion standardVersion,
    Points roundedTotal,
    Rating rating,
    Designation designation) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   *
   * @param district the {@code district} component, as described on the record
   * @param unitId the {@code unitId} component, as described on the record
   * @param unitName the {@code unitName} component, as described on the record
   * @param unitType the {@code unitType} component, as described on the record
   * @param year the {@code year} component, as described on the record
   * @param standardId the {@code standardId} component, as described on the record
   * @param standardVersion the {@code standardVersion} component, as described on the record
   * @param roundedTotal the {@code roundedTotal} component, as described on the record
   * @param rating the {@code rating} component, as described on the record
   * @param designation the {@code designation} component, as described on the record
   */
  public CertificationEntry {
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(unitType, "unitType");
    Objects.requireNonNull(standardId, "standardId");
    Objects.requireNonNull(standardVersion, "standardVersion");
    Objects.requireNonNull(roundedTotal, "roundedTotal");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(designation, "designation");
  }
}
