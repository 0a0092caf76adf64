package io.github.ggw.standards.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.rule.VetoEffect;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each veto effect does to a band, the lowest band being FAIL. */
class VetoFindingTest {

  @ParameterizedTest(name = "{0} {1} on {2} -> {3}")
  @CsvSource({
    // FAIL forces the lowest band whatever the band
    "FAIL,               , EXCELLENT, FAIL",
    "FAIL,               , PASS,      FAIL",
    // CAP_BAND keeps the worse of the band and the cap
    "CAP_BAND,      PASS , EXCELLENT, PASS",
    "CAP_BAND,      PASS , GOOD,      PASS",
    "CAP_BAND,      GOOD , PASS,      PASS",
    "CAP_BAND,      GOOD , FAIL,      FAIL",
    // REMOVE_ELIGIBILITY leaves the band
    "REMOVE_ELIGIBILITY, , EXCELLENT, EXCELLENT"})
  void effectOnTheBand(VetoEffect effect, Rating cap, Rating band, Rating expected) {
    VetoFinding v = new VetoFinding(Optional.empty(), LocalizedText.of("否决", "veto"), List.of(),
        effect, Optional.ofNullable(cap));
    assertThat(v.apply(band, Rating.FAIL)).isEqualTo(expected);
  }
}
