package io.github.ggw.standards.json.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import org.junit.jupiter.api.Test;

/**
 * The bundled standard is bound at run time as trusted input, without Bean Validation or the
 * reader's checks; this is the check that makes that safe: the same bytes, read as an untrusted
 * standard is read (strict, every check), give no problem at all (not even a warning) and a
 * standard equal to the one {@link ReferenceData#changzhouStandard()} returns.
 */
class ReferenceDataTest {
  @Test
  void theBundledStandardReadsWithoutAnyProblemAndEqualsTheTrustedBinding() {
    Result<Standard> read = StandardsJson.create(ReadLimits.DEFAULT, ReadMode.STRICT)
        .readStandard(ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD));
    assertThat(read.problems()).isEmpty();
    assertThat(read.isValid()).isTrue();
    assertThat(ReferenceData.changzhouStandard()).isEqualTo(read.orElseThrow());
  }
}
