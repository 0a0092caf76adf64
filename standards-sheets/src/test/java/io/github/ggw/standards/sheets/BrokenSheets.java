package io.github.ggw.standards.sheets;

import java.util.ArrayList;
import java.util.List;

/**
 * The broken-sheet table of the CSV standard reader, shared with the command line's tests (the
 * language-leak test reads every message it produces): a small valid sheet in CSV and, one row
 * each, a change in one place and the finding it must produce.
 */
public final class BrokenSheets {
  private BrokenSheets() {}

  /**
   * Nominal 10 = 1 (1.1 plan 3 + 1.2 ladder 3) + 2 (2.1 per occurrence 2 + 2.2 judgement 2); bonus
   * B1 1 under a cap of 1; veto V1; bands 0/6/8/9; threshold 9; highest total 11.
   */
  public static final String BASE = """
      code,parent,title,title_en,requirement,requirement_en,points,kind,rule,parameters,weight,not_applicable_to,source,clause,status,note
      @standard,,测试表,Test sheet,测试机关,Test issuer,,,,"id=t; version=1; effectiveFrom=2022-01-01; applicableUnitTypes=PRIMARY, KINDERGARTEN; bonusCap=1; certificationThreshold=9; ratingBands=FAIL:0, PASS:6, GOOD:8, EXCELLENT:9",,,测试,§1,MODELLED,
      1,,组织,Organisation,,,6,,,,,,,,,
      1.1,1,计划,Plan,,,3,,all-or-nothing,measure=organisation.inAnnualPlan; atLeast=1,,,,,,
      1.2,1,培训,Training,,,3,,threshold-ladder,"measure=trainings.count; rungs=4:3, 2:1.5",,,,,,
      2,,活动,Activities,,,4,,,,,,,,,
      2.1,2,活动,Activities,,,2,,per-occurrence,measure=activities.count; pointsEach=1,,,,,,
      2.2,2,质量,Quality,,,2,,judgement,step=0.5,,,,,,
      B1,,加分,Bonus,,,1,BONUS,all-or-nothing,measure=research.count; atLeast=1,,,,,,
      V1,,否决,Veto,,,0,VETO,veto,measure=incidents.count; atLeast=1,,,,,,
      """;

  /**
   * The table, columns separated by {@code |}: what changes, the text it replaces in {@link
   * #BASE}, the replacement, the expected code, the item it is at (or empty) and the line (or
   * empty). Lines starting with {@code #} are comments.
   */
  public static final String FINDINGS = """
      # what changes                      | from                                   | to                                                  | expected code                  | at item | line
      budget: 1 is 7 but 3 + 3 = 6       | 1,,组织,Organisation,,,6                 | 1,,组织,Organisation,,,7                              | STANDARD_BUDGET_MISMATCH       | 1       | 3
      duplicate code 2.1                 | 2.2,2,质量                              | 2.1,2,质量                                           | STANDARD_DUPLICATE_CODE        | 2.1     | 8
      dangling parent 3                  | 2.2,2,质量                              | 2.2,3,质量                                           | STANDARD_DANGLING_CODE         | 2.2     | 8
      bands overlap (8 twice)            | GOOD:8, EXCELLENT:9                    | GOOD:8, EXCELLENT:8                                 | STANDARD_BANDS_INVALID         |         |
      bands leave a gap below 1          | FAIL:0                                 | FAIL:1                                              | STANDARD_BANDS_INVALID         |         |
      ladder not descending              | rungs=4:3, 2:1.5                       | rungs=2:1.5, 4:3                                    | STANDARD_LADDER_UNORDERED      | 1.2     | 5
      credit tiers not descending        | threshold-ladder,"measure=trainings.count; rungs=4:3, 2:1.5" | tiered-credit,"measure=trainings.count; target=4; creditTiers=60:50, 100:100" | STANDARD_LADDER_UNORDERED | 1.2 | 5
      one occurrence above the cap       | measure=activities.count; pointsEach=1 | measure=activities.count; pointsEach=3              | STANDARD_CAP_BELOW_OCCURRENCE  | 2.1     | 7
      veto capping without a band        | incidents.count; atLeast=1             | incidents.count; atLeast=1; effect=CAP_BAND          | STANDARD_VETO_NO_EFFECT        | V1      | 10
      veto capping at the best band      | incidents.count; atLeast=1             | incidents.count; atLeast=1; effect=CAP_BAND; capBand=EXCELLENT | STANDARD_VETO_NO_EFFECT | V1 | 10
      band above the highest total 11    | EXCELLENT:9                            | EXCELLENT:12                                        | STANDARD_BAND_UNREACHABLE      |         |
      unknown measure                    | measure=activities.count               | measure=activities.cnt                              | STANDARD_UNKNOWN_MEASURE       | 2.1     | 7
      parameter the measure does not take | measure=activities.count; pointsEach   | measure=activities.count; tiers=CORE; pointsEach    | STANDARD_MEASURE_PARAMETER     | 2.1     | 7
      parameter of the wrong type        | measure=activities.count; pointsEach   | measure=activities.count; minLevel=often; pointsEach | STANDARD_PARAMETER_INVALID    | 2.1     | 7
      unknown rule parameter             | step=0.5                               | step=0.5; stepp=1                                   | STANDARD_PARAMETER_INVALID     | 2.2     | 8
      ladder on a yes/no measure         | measure=trainings.count; rungs         | measure=organisation.inAnnualPlan; rungs            | STANDARD_MEASURE_TYPE          | 1.2     | 5
      deduction range above the item     | judgement,step=0.5                     | discretionary-deduction,minDeduction=1; maxDeduction=3; step=1 | STANDARD_RULE_INVALID | 2.2 | 8
      quota on the lowest band           | certificationThreshold=9               | certificationThreshold=9; quotas=FAIL:10            | STANDARD_QUOTA_INVALID         |         |
      a version replacing itself         | version=1;                             | version=1; replaces=1;                              | STANDARD_LINEAGE_INVALID       |         |
      a bonus under a cap of 0 (warning) | bonusCap=1                             | bonusCap=0                                          | STANDARD_BONUS_UNREACHABLE     | B1      | 9
      a points cell that is not a number | 1.1,1,计划,Plan,,,3,                     | 1.1,1,计划,Plan,,,three,                              | CSV_CELL_INVALID               | 1.1     | 4
      an unknown rule kind               | judgement,step                         | judgment,step                                       | CSV_CELL_INVALID               | 2.2     | 8
      an unknown column                  | ,weight,                               | ,wieght,                                            | CSV_COLUMN_UNKNOWN             |         | 1
      a required column missing          | ,points,                               | ,score,                                             | CSV_COLUMN_MISSING             |         | 1
      a line longer than the header      | V1,,否决,Veto,,,0,VETO,veto,measure=incidents.count; atLeast=1,,,,,, | V1,,否决,Veto,,,0,VETO,veto,measure=incidents.count; atLeast=1,,,,,,,x | CSV_ROW_INVALID | | 10
      no @standard row                   | @standard,                             | 1.9,                                                | CSV_STANDARD_ROW_MISSING       |         |
      an unclosed quote                  | "id=t;                                 | "id=t;"x"                                           | CSV_SYNTAX                     |         |
      """;

  /** One row of the table: a change of the base sheet and the finding it must produce. */
  public record Finding(String what, String from, String to, String code) {
    /**
     * The broken sheet.
     *
     * @return the base sheet with the change applied
     */
    public String sheet() {
      return BASE.replace(from, to);
    }
  }

  /**
   * The rows of the table.
   *
   * @return every row, in order
   */
  public static List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    for (String line : FINDINGS.split("\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] c = line.split("\\|", -1);
      out.add(new Finding(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip()));
    }
    return out;
  }
}
