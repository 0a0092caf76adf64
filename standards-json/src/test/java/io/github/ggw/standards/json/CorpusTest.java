package io.github.ggw.standards.json;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.reference.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken and hostile self-assessments (written by tools/generate_corpus.py): each
 * input, read and scored as an integrator would, yields its expected problem code at its
 * expected place, within one second once the mapper and validator are warm, and no exception
 * escapes the library's API.
 */
class CorpusTest {
  private static final StandardsJson JSON = StandardsJson.create();
  private static final Scorer SCORER = Scorer.create();

  /** Reads and scores, returning every problem of either step. */
  static List<Problem> problems(byte[] input) {
    Result<SelfAssessment> read = JSON.readAssessment(input);
    if (!read.isValid()) {
      return read.problems();
    }
    return JSON.locate(input, SCORER.score(ReferenceData.changzhouStandard(), read.orElseThrow())
        .problems());
  }

  @BeforeAll
  static void warmUp() {
    for (String name : ReferenceData.sampleNames()) {
      problems(ReferenceData.sample(name));
    }
  }

  static byte[] corpusFile(String name) {
    try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> corpus() {
    String tsv = new String(corpusFile("expected.tsv"), StandardCharsets.UTF_8);
    return Arrays.stream(tsv.split("\n")).filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1)).map(f -> Arguments.of(f[0], ProblemCode.valueOf(f[1]), f[2]));
  }

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @MethodSource("corpus")
  void eachInputGetsItsProblemInBoundedTime(String file, ProblemCode code, String pointer) {
    byte[] input = corpusFile(file);
    List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(1),
        () -> problems(input));
    assertThat(problems).as(file).anySatisfy(p -> {
      assertThat(p.getCode()).isEqualTo(code);
      if (!"-".equals(pointer)) {
        assertThat(p.getLocation().getPointer()).contains(pointer);
      }
      assertThat(p.isError()).isTrue();
    });
  }

  @Test
  void corpusIsLargeAndVaried() {
    List<Arguments> all = corpus().toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(40);
    assertThat(all.stream().map(a -> a.get()[1]).distinct().count()).isGreaterThanOrEqualTo(15);
  }

  @Test
  void fiftyMegabyteDocumentIsRefusedWithTheSizeLimit() {
    byte[] big = new byte[50 << 20];
    Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[big.length - 1] = '}';
    List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(1),
        () -> JSON.readAssessment(big).problems());
    assertThat(problems).extracting(Problem::getCode)
        .containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
    assertThat(problems.get(0).getArguments()).startsWith("maxDocumentBytes");
    // a stream stops reading after the limit
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }
    };
    assertThat(JSON.readAssessment(endless).problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
  }

  @Test
  void hundredThousandDeepNestingIsRefusedWithTheDepthLimit() {
    for (String[] shape : List.of(new String[] {"[", "]"}, new String[] {"{\"a\":", "}"})) {
      StringBuilder sb = new StringBuilder("{\"kind\":");
      sb.append(shape[0].repeat(100_000)).append("1").append(shape[1].repeat(100_000))
          .append('}');
      byte[] deep = sb.toString().getBytes(StandardCharsets.UTF_8);
      List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(1),
          () -> JSON.readAssessment(deep).problems());
      assertThat(problems).extracting(Problem::getCode)
          .containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
      assertThat(problems.get(0).getArguments()).startsWith("maxNestingDepth");
    }
  }

  @Test
  void lenientModeTurnsUnknownMembersIntoWarningsButNotPersonalData() {
    StandardsJson lenient = StandardsJson.create(ReadLimits.DEFAULT, ReadMode.LENIENT);
    Result<SelfAssessment> unknown = lenient.readAssessment(corpusFile("unknown-member.json"));
    assertThat(unknown.isValid()).isTrue();
    assertThat(unknown.problems()).isNotEmpty().noneMatch(Problem::isError);
    // a personal number stays an error: lenient reading never lets one into a report or a case
    // file
    Result<SelfAssessment> personal =
        lenient.readAssessment(corpusFile("identity-number-in-narrative.json"));
    assertThat(personal.isValid()).isFalse();
    assertThat(personal.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.PERSONAL_DATA_IDENTITY_NUMBER);
  }

  @Test
  void problemsNeverEchoPersonalNumbers() {
    List<Problem> all = new ArrayList<>(problems(corpusFile(
        "identity-number-in-narrative.json")));
    all.addAll(problems(corpusFile("mobile-in-incident.json")));
    for (Problem p : all) {
      String shown = p.toString() + p.getMessageZh() + p.getOffendingValue().orElse("");
      assertThat(shown).doesNotContain("11010519491231002X", "1234-5678");
    }
  }
}
