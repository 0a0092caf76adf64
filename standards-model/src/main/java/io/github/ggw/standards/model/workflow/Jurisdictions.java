package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.assessment.DistrictCode;

/**
 * The structure of GB/T 2260 administrative division codes (行政区划代码) that jurisdiction rests
 * on: digits 1–2 name the province, 3–4 the prefecture-level city, 5–6 the county-level district;
 * a city's own code ends in {@code 00} (Changzhou 320400; Wujin district 320412 lies in it).
 */
public final class Jurisdictions {
  private Jurisdictions() {}

  /**
   * The code of the prefecture-level city a district lies in.
   *
   * @param district a district or city code, not null
   * @return the city code: the first four digits followed by {@code 00} ({@code 320412} gives
   *     {@code 320400}; a city code gives itself)
   */
  public static DistrictCode cityOf(DistrictCode district) {
    return DistrictCode.of(district.value().substring(0, 4) + "00");
  }

  /**
   * Whether a code names a prefecture-level city (地级市), not a district nor a province.
   *
   * @param code the code, not null
   * @return true when it ends in {@code 00} but not in {@code 0000}
   */
  public static boolean isCityLevel(DistrictCode code) {
    return code.value().endsWith("00") && !code.value().endsWith("0000");
  }
}
