package io.github.ggw.standards.json.workflow;

import io.github.ggw.standards.json.CaseFileSamples;
import io.github.ggw.standards.json.StandardsJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.workflow.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical JSON form (sorted keys, NFC, plain decimals, no insignificant whitespace) and its
 * SHA-256 digest, pinned by a golden file.
 */
class CanonicalJsonTest {
  private static final String GOLDEN =
      "/io/github/ggw/standards/json/golden/01-excellent-primary.canonical.json";
  /** SHA-256 of the golden file, computed outside Java with {@code sha256sum}. */
  private static final String PINNED =
      "bfb91b181909e129aae67100e551e95d9c2a5a294a5883acb4952160b8ae1507";
  private final CanonicalJson canonical = CanonicalJson.create();
  private final SelfAssessment sample = CaseFileSamples.sample("01-excellent-primary.json");

  @Test
  void canonicalFormOfTheBundledSampleIsTheGoldenFileAndItsDigestIsPinned() throws IOException {
    byte[] form = canonical.canonical(sample);
    if (Boolean.getBoolean("standards.regenerate")) {
      Files.write(Path.of("src/test/resources" + GOLDEN), form);
    }
    byte[] golden;
    try (InputStream in = CanonicalJsonTest.class.getResourceAsStream(GOLDEN)) {
      golden = in.readAllBytes();
    }
    assertThat(new String(form, StandardCharsets.UTF_8))
        .isEqualTo(new String(golden, StandardCharsets.UTF_8));
    assertThat(canonical.digest(sample)).isEqualTo(Digest.of(PINNED));
  }

  @Test
  void formHasSortedKeysAndNoInsignificantWhitespace() {
    String form = canonical.canonicalText(sample);
    assertThat(form).startsWith("{\"claims\":[{\"code\":\"1.1\",\"narrative\":");
    assertThat(form).doesNotContain("\n", ": ", ", ", "{ ");
    assertThat(form).contains("\"formatVersion\":1,\"kind\":\"self-assessment\"");
    // the form is JSON and means the same as the ordinary writer's output
    JsonMapper m = JsonMapper.builder().build();
    assertThat(m.readTree(form)).isEqualTo(m.readTree(StandardsJson.create()
        .writeAssessment(sample)));
  }

  /** Hand-made trees: sorting by UTF-16 code units, NFC, numbers, literals and escapes. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "{\"b\":1,\"a\":2,\"B\":3}|{\"B\":3,\"a\":2,\"b\":1}",
    "{\"z\":[true,false,null],\"é\":0}|{\"z\":[true,false,null],\"é\":0}",
    "[1.50,6000,6.0E3,0.000,-2.50,1E-3]|[1.5,6000,6000,0,-2.5,0.001]",
    "\"tab\\t quote\\\" back\\\\ nl\\n ctl\\u0001 /\"|\"tab\\t quote\\\" back\\\\ nl\\n ctl\\u0001 /\"",
    "\"\\u00e9 e\\u0301 \\ud83d\\ude00\"|\"é é 😀\"",
    "{\"a\":{\"d\":[],\"c\":{}}}|{\"a\":{\"c\":{},\"d\":[]}}",
  })
  void treesHaveOneCanonicalForm(String json, String expected) {
    StringBuilder sb = new StringBuilder();
    CanonicalJson.write(JsonMapper.builder()
        .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build().readTree(json), sb);
    assertThat(sb.toString()).isEqualTo(expected);
  }

  @Test
  void namesThatNormalizeAlikeAreRefused() {
    StringBuilder sb = new StringBuilder();
    assertThrows(StandardsException.class, () -> CanonicalJson.write(JsonMapper.builder().build()
        .readTree("{\"\\u00e9\":1,\"e\\u0301\":2}"), sb));
  }

  @Test
  void unpairedSurrogatesAreEscapedNotLost() {
    StringBuilder sb = new StringBuilder();
    CanonicalJson.write(JsonMapper.builder().build().readTree("\"a\\ud800b\""), sb);
    assertThat(sb.toString()).isEqualTo("\"a\\ud800b\"");
  }

  @Test
  void textNormalizationAndDecimalScaleDoNotChangeTheDigest() {
    SelfAssessment composed = withNarrative(sample, "学习《\u00e9》");
    SelfAssessment decomposed = withNarrative(sample, "学习《e\u0301》");
    assertThat(canonical.digest(composed)).isEqualTo(canonical.digest(decomposed));
    SelfAssessment scaled = withFunding(sample, new BigDecimal("6.000E+3"));
    assertThat(canonical.digest(scaled)).isEqualTo(canonical.digest(sample));
  }

  @Test
  void anyChangeToEvidenceOrClaimsChangesTheDigest() {
    Digest d = canonical.digest(sample);
    assertThat(canonical.digest(withFunding(sample, new BigDecimal("6001")))).isNotEqualTo(d);
    assertThat(canonical.digest(withNarrative(sample, "另一说明"))).isNotEqualTo(d);
    assertThat(canonical.digest(ImmutableSelfAssessment.copyOf(sample).withYear(2021)))
        .isNotEqualTo(d);
    List<Evidence> fewer = new ArrayList<>(sample.getEvidence());
    fewer.remove(fewer.size() - 1);
    assertThat(canonical.digest(ImmutableSelfAssessment.copyOf(sample).withEvidence(fewer)))
        .isNotEqualTo(d);
  }

  private static SelfAssessment withNarrative(SelfAssessment a, String narrative) {
    List<Claim> claims = new ArrayList<>(a.getClaims());
    Claim c = claims.get(0);
    claims.set(0, new Claim(c.code(), c.points(), narrative));
    return ImmutableSelfAssessment.copyOf(a).withClaims(claims);
  }

  private static SelfAssessment withFunding(SelfAssessment a, BigDecimal yuan) {
    List<Evidence> ev = new ArrayList<>(a.getEvidence());
    Organisation o = (Organisation) ev.get(0);
    ev.set(0, new Organisation(o.chairIsUnitHead(), o.members(), o.workingTeamElders(),
        o.hasOffice(), o.hasActivityRoom(), yuan, o.inAnnualPlan()));
    return ImmutableSelfAssessment.copyOf(a).withEvidence(ev);
  }
}
