package io.github.ggw.standards.bench;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.Scorer;
import io.github.ggw.standards.testkit.synthetic.SyntheticAssessments;
import io.github.ggw.standards.testkit.synthetic.SyntheticStandards;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A pool of {@value #SIZE} different assessments of one sheet, as bytes and as bound objects, so
 * that consecutive invocations of a benchmark never see the same object twice in a row and no
 * cache keyed on the identity (or the content) of an assessment or of its bytes can help.
 *
 * <p>{@code changzhou}: the bundled standard and {@value #SIZE} copies of the bundled sample 01
 * (a primary school), the {@code i}-th with the unit id {@code WJ-PS-<i+1, three digits>}
 * instead of {@code WJ-PS-001}: the same size and the same scoring work, different content.
 * {@code synthetic-N}: a generated standard of N criteria at depth 3 and the first {@value
 * #SIZE} assessments of the test kit's generator for it (seed 7, year 2022), written to JSON
 * by the library and read back. Every assessment of a pool scores without problems (checked
 * when the pool is built).
 */
final class Pool {
  /** The number of assessments in a pool: 64, a power of two so that the index wraps by mask. */
  static final int SIZE = 64;

  /** The standard of the sheet. */
  final Standard standard;
  /** The JSON bytes of each assessment, each a separate array; length {@value #SIZE}. */
  final byte[][] bytes = new byte[SIZE][];
  /** Each assessment bound from its bytes, each a separate object; length {@value #SIZE}. */
  final SelfAssessment[] assessments = new SelfAssessment[SIZE];

  private Pool(Standard standard) {
    this.standard = standard;
  }

  /**
   * Builds the pool of a sheet.
   *
   * @param sheet {@code changzhou} or {@code synthetic-N}
   * @param json the reader
   * @param scorer the scorer the pool is checked with
   * @return the pool
   * @throws IllegalStateException if an assessment of the pool does not score
   */
  static Pool of(String sheet, StandardsJson json, Scorer scorer) {
    Pool pool;
    if ("changzhou".equals(sheet)) {
      pool = new Pool(ReferenceData.changzhouStandard());
      String text = new String(ReferenceData.sample("01-excellent-primary.json"),
          StandardCharsets.UTF_8);
      if (!text.contains("\"WJ-PS-001\"")) {
        throw new IllegalStateException("bundled sample 01 no longer has unit id WJ-PS-001");
      }
      for (int i = 0; i < SIZE; i++) {
        pool.bytes[i] = text.replace("\"WJ-PS-001\"",
            String.format(Locale.ROOT, "\"WJ-PS-%03d\"", i + 1)).getBytes(StandardCharsets.UTF_8);
      }
    } else {
      pool = new Pool(SyntheticStandards.withCriteria(Integer.parseInt(
          sheet.substring("synthetic-".length()))));
      SyntheticAssessments generator = SyntheticAssessments.of(pool.standard, 7, 2022);
      for (int i = 0; i < SIZE; i++) {
        pool.bytes[i] = json.writeAssessment(generator.get(i)).getBytes(StandardCharsets.UTF_8);
      }
    }
    for (int i = 0; i < SIZE; i++) {
      pool.assessments[i] = json.readAssessment(pool.bytes[i]).orElseThrow();
      if (!scorer.score(pool.standard, pool.assessments[i]).isValid()) {
        throw new IllegalStateException("assessment " + i + " of " + sheet + " does not score");
      }
    }
    return pool;
  }
}
