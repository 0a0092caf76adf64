package io.github.ggw.standards.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.StandardsModule;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Result;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast path of self-assessments ({@code AssessmentFastPath} through {@link FastPaths}) reads
 * exactly what Jackson's data binding reads: whenever it gives a value, the general path (the
 * readers' mapper with a binder) binds the same document to an equal value without a single
 * problem, and a plain mapper with {@link StandardsModule} binds an equal value too. It takes
 * every bundled sample, and gives up on the unusual forms that only Jackson reads.
 */
class AssessmentFastPathTest {
  private static final JsonMapper READERS =
      ReaderMapper.build(ReadLimits.DEFAULT, ReadMode.STRICT, ReadLimits.DEFAULT.maxDocumentBytes());
  private static final JsonMapper LENIENT =
      ReaderMapper.build(ReadLimits.DEFAULT, ReadMode.LENIENT, ReadLimits.DEFAULT.maxDocumentBytes());
  private static final JsonMapper PLAIN =
      JsonMapper.builder().addModule(new StandardsModule()).build();
  private static final FastPaths.ForMapper FAST = new FastPaths.ForMapper(READERS);
  private static final FastPaths.ForMapper FAST_LENIENT = new FastPaths.ForMapper(LENIENT);

  /** The general path's binding of a document: the value when it binds without a problem. */
  private static SelfAssessment general(JsonMapper mapper, byte[] json) {
    Binder binder = new Binder();
    try {
      SelfAssessment a = mapper.readerFor(SelfAssessment.class)
          .withAttribute(Binder.ATTRIBUTE, binder)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(json, Inputs.bomLength(json), json.length - Inputs.bomLength(json));
      return binder.problems().isEmpty() ? a : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static SelfAssessment plain(byte[] json) {
    return PLAIN.readValue(json, Inputs.bomLength(json), json.length - Inputs.bomLength(json),
        SelfAssessment.class);
  }

  /** The invariant: a value from the fast path is the general path's, problem-free. */
  private static void agrees(FastPaths.ForMapper fast, JsonMapper mapper, byte[] json) {
    SelfAssessment quick = fast.read(json, Inputs.bomLength(json), SelfAssessment.class);
    if (quick != null) {
      SelfAssessment general = general(mapper, json);
      assertThat(general).as(new String(json, StandardCharsets.UTF_8)).isNotNull();
      assertThat(quick).isEqualTo(general);
      assertThat(quick).isEqualTo(plain(json));
    }
  }

  @Test
  void everyBundledSampleTakesTheFastPathToTheValueJacksonBinds() {
    assertThat(ReferenceData.sampleNames()).hasSize(6);
    for (String name : ReferenceData.sampleNames()) {
      byte[] json = ReferenceData.sample(name);
      SelfAssessment quick = FAST.read(json, 0, SelfAssessment.class);
      assertThat(quick).as(name).isNotNull();
      assertThat(quick).as(name).isEqualTo(general(READERS, json)).isEqualTo(plain(json));
      assertThat(FAST_LENIENT.read(json, 0, SelfAssessment.class)).isEqualTo(quick);
    }
  }

  @Test
  void theReadersAndBindAssessmentGiveTheValueJacksonBinds() {
    StandardsJson json = StandardsJson.create();
    for (String name : ReferenceData.sampleNames()) {
      byte[] bytes = ReferenceData.sample(name);
      Result<SelfAssessment> read = json.readAssessment(bytes);
      assertThat(read.value()).as(name).contains(plain(bytes));
      assertThat(json.bindAssessment(bytes)).isEqualTo(plain(bytes));
    }
  }

  @Test
  void everyDocumentOfTheFuzzCorpusAgreesWithTheGeneralPath()
      throws IOException, URISyntaxException {
    Path dir = Path.of(AssessmentFastPathTest.class.getResource(
        "/io/github/ggw/standards/json/StandardsJsonFuzzTestInputs/readAssessment").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    int taken = 0;
    int refusedByJackson = 0;
    for (Path f : files) {
      byte[] json = Files.readAllBytes(f);
      agrees(FAST, READERS, json);
      agrees(FAST_LENIENT, LENIENT, json);
      taken += FAST.read(json, Inputs.bomLength(json), SelfAssessment.class) != null ? 1 : 0;
      refusedByJackson += general(READERS, json) == null ? 1 : 0;
    }
    // the corpus holds both: documents the fast path takes and ones the general path refuses
    assertThat(files).hasSizeGreaterThan(20);
    assertThat(taken).isPositive();
    assertThat(refusedByJackson).isPositive();
  }

  @Test
  void unusualButValidFormsAreLeftToJackson() {
    String sample = new String(ReferenceData.sample("01-excellent-primary.json"),
        StandardCharsets.UTF_8);
    List<String> unusual = new ArrayList<>();
    // the type after another member: Jackson buffers, the fast path does not
    unusual.add(sample.replaceFirst("\"type\": \"organisation\",\\s*\"chairIsUnitHead\": true",
        "\"chairIsUnitHead\": true, \"type\": \"organisation\""));
    // a date with a time, which Jackson's date reader takes
    unusual.add(sample.replaceFirst("\"2022-02-15\"", "\"2022-02-15T00:00:00\""));
    for (String text : unusual) {
      assertThat(text).isNotEqualTo(sample);
      byte[] json = text.getBytes(StandardCharsets.UTF_8);
      assertThat(FAST.read(json, 0, SelfAssessment.class)).as(text).isNull();
      Result<SelfAssessment> read = StandardsJson.create().readAssessment(json);
      assertThat(read.value()).isEqualTo(java.util.Optional.ofNullable(general(READERS, json)));
    }
  }

  @Test
  void aMemberGivenTwiceAnywhereIsLeftToJacksonWhichRefusesIt() {
    // the fast path's parser does not check duplicates: each of its readers refuses a member it
    // has read already, and the general path reports the duplicate as before
    String sample = new String(ReferenceData.sample("01-excellent-primary.json"),
        StandardCharsets.UTF_8);
    List<String> twice = List.of(
        sample.replaceFirst("\"year\": 2022,", "\"year\": 2022, \"year\": 2022,"),
        sample.replaceFirst("\"name\": ", "\"name\": \"x\", \"name\": "),
        sample.replaceFirst("\"type\": \"elder\",", "\"type\": \"elder\", \"type\": \"elder\","),
        sample.replaceFirst("\"tier\": \"CORE\",", "\"tier\": \"CORE\", \"tier\": \"CORE\","),
        sample.replaceFirst("\"narrative\": ", "\"narrative\": \"x\", \"narrative\": "),
        sample.replaceFirst("\"code\": \"1.1\",", "\"code\": \"1.1\", \"code\": \"1.1\","),
        sample.replaceFirst("\"narrative\": ",
            "\"deficiencies\": {\"D1\": 1, \"D1\": 1}, \"narrative\": "));
    for (String text : twice) {
      assertThat(text).isNotEqualTo(sample);
      byte[] json = text.getBytes(StandardCharsets.UTF_8);
      assertThat(FAST.read(json, 0, SelfAssessment.class)).as(text).isNull();
      assertThat(general(READERS, json)).isNull();
      assertThat(StandardsJson.create().readAssessment(json).isValid()).isFalse();
    }
  }

  private static int between(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  /**
   * A mutation of a bundled sample: a byte changed, a value swapped for another JSON value, a
   * member dropped or duplicated, two members swapped.
   */
  private static Gen<byte[]> mutations() {
    List<String> samples = ReferenceData.sampleNames().stream()
        .map(n -> new String(ReferenceData.sample(n), StandardCharsets.UTF_8)).toList();
    String[] swaps = {"\"2022\"", "2022", "[]", "{}", "null", "true", "false", "-1", "0", "1.5",
        "1e309", "\"\"", "\"2022-02-29\"", "\"2024-02-29\"", "\"2022-13-01\"", "\"PRIMARY\"",
        "\"primary\"", "99999999999", "\"E01\"", "\"1.1\"", "\"x\"", "{\"D1\": 1}"};
    return in -> {
      String text = samples.get(between(in, 0, samples.size() - 1));
      int at = between(in, 0, text.length() - 1);
      switch (between(in, 0, 3)) {
        case 0: {
          byte[] b = text.getBytes(StandardCharsets.UTF_8);
          int i = Math.min(at, b.length - 1);
          b[i] = (byte) between(in, 32, 126);
          return b;
        }
        case 1: {
          int colon = text.indexOf(": ", at);
          int end = colon < 0 ? -1 : text.indexOf(",\n", colon);
          if (colon < 0 || end < 0) {
            return text.getBytes(StandardCharsets.UTF_8);
          }
          return (text.substring(0, colon + 2) + swaps[between(in, 0, swaps.length - 1)]
              + text.substring(end)).getBytes(StandardCharsets.UTF_8);
        }
        case 2: {
          // drop or duplicate the member line that starts after 'at'
          int start = text.indexOf("\n", at);
          int end = start < 0 ? -1 : text.indexOf(",\n", start + 1);
          if (start < 0 || end < 0) {
            return text.getBytes(StandardCharsets.UTF_8);
          }
          String member = text.substring(start, end + 1);
          String mutated = between(in, 0, 1) == 0
              ? text.substring(0, start) + text.substring(end + 1)
              : text.substring(0, end + 1) + member + text.substring(end + 1);
          return mutated.getBytes(StandardCharsets.UTF_8);
        }
        default: {
          // swap a member line with the next one
          int a = text.indexOf("\n", at);
          int b = a < 0 ? -1 : text.indexOf("\n", a + 1);
          int c = b < 0 ? -1 : text.indexOf("\n", b + 1);
          if (c < 0) {
            return text.getBytes(StandardCharsets.UTF_8);
          }
          String first = text.substring(a + 1, b).replaceAll(",$", "");
          String second = text.substring(b + 1, c).replaceAll(",$", "");
          boolean comma1 = text.substring(a + 1, b).endsWith(",");
          boolean comma2 = text.substring(b + 1, c).endsWith(",");
          return (text.substring(0, a + 1) + second + (comma1 ? "," : "") + "\n" + first
              + (comma2 ? "," : "") + text.substring(c)).getBytes(StandardCharsets.UTF_8);
        }
      }
    };
  }

  @Test
  void mutatedSamplesAgreeWithTheGeneralPath() {
    qt().withExamples(3000).forAll(mutations()).checkAssert(json -> {
      agrees(FAST, READERS, json);
      agrees(FAST_LENIENT, LENIENT, json);
    });
  }

  @Test
  void aSampleReadFromAStreamWithAByteOrderMarkTakesTheFastPath() throws IOException {
    byte[] sample = ReferenceData.sample("02-failing-junior.json");
    byte[] bom = new byte[sample.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(sample, 0, bom, 3, sample.length);
    assertThat(FAST.read(bom, 3, SelfAssessment.class)).isEqualTo(plain(sample));
    try (InputStream in = new java.io.ByteArrayInputStream(bom)) {
      assertThat(StandardsJson.create().readAssessment(in).value()).contains(plain(sample));
    }
  }
}
