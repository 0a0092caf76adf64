package io.github.ggw.standards.json;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.reference.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

/**
 * Mutated valid assessment JSON (byte flips, truncation, duplicated members, swapped types) is
 * only ever read into a value or into problems: no exception escapes, and a refusal always has
 * an error.
 */
class MutationProperties {
  private static final StandardsJson JSON = StandardsJson.create();
  private static final byte[] VALID = ReferenceData.sample("04-boundary-kindergarten.json");
  private static final String TEXT = new String(VALID, StandardCharsets.UTF_8);

  private static int between(org.quicktheories.core.RandomnessSource in, int min, int max) {
    return (int) in.next(org.quicktheories.impl.Constraint.between(min, max));
  }

  /** A mutation of the valid bytes, chosen and placed by the randomness source. */
  static Gen<byte[]> mutations() {
    return in -> {
      int kind = between(in, 0, 4);
      int at = between(in, 0, VALID.length - 1);
      switch (kind) {
        case 0: {
          byte[] b = VALID.clone();
          b[at] = (byte) between(in, 0, 255);
          return b;
        }
        case 1:
          return Arrays.copyOf(VALID, at);
        case 2: {
          // duplicate the member that starts at the first quote after 'at'
          int start = TEXT.indexOf("\n    \"", Math.min(at, TEXT.length() - 1));
          int end = start < 0 ? -1 : TEXT.indexOf(",\n", start + 1);
          if (start < 0 || end < 0) {
            return VALID;
          }
          String member = TEXT.substring(start, end + 1);
          return (TEXT.substring(0, end + 1) + member + TEXT.substring(end + 1))
              .getBytes(StandardCharsets.UTF_8);
        }
        case 3: {
          String[] swaps = {"\"2022\"", "[]", "{}", "null", "true", "-1", "1e309", "\"\""};
          String swap = swaps[between(in, 0, swaps.length - 1)];
          int colon = TEXT.indexOf(": ", Math.min(at, TEXT.length() - 1));
          int end = colon < 0 ? -1 : TEXT.indexOf(",\n", colon);
          if (colon < 0 || end < 0) {
            return VALID;
          }
          return (TEXT.substring(0, colon + 2) + swap + TEXT.substring(end))
              .getBytes(StandardCharsets.UTF_8);
        }
        default: {
          byte[] b = new byte[VALID.length + 1];
          System.arraycopy(VALID, 0, b, 0, at);
          b[at] = (byte) between(in, 0, 255);
          System.arraycopy(VALID, at, b, at + 1, VALID.length - at);
          return b;
        }
      }
    };
  }

  @Test
  void readingReturnsAValueOrProblemsOnly() {
    qt().withExamples(2000).forAll(mutations()).checkAssert(bytes -> {
      Result<SelfAssessment> r = JSON.readAssessment(bytes);
      if (r.isValid()) {
        assertThat(r.problems()).noneMatch(p -> p.isError());
      } else {
        assertThat(r.problems()).anyMatch(p -> p.isError());
        r.problems().forEach(p -> assertThat(p.getMessageEn()).isNotBlank());
      }
      // scoring what was read never throws either
      r.value().ifPresent(a -> CorpusTest.problems(bytes));
    });
  }
}
