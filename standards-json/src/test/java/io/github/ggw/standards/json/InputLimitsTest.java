package io.github.ggw.standards.json;

import io.github.ggw.standards.model.problem.Result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reading limits at their defaults, each at its boundary: a document just inside a limit is
 * read, one just past it is refused with {@code INPUT_LIMIT_EXCEEDED} naming the limit. The
 * boundaries are probed through an unknown member in lenient mode, which the reader skips as a
 * warning, so that nothing but the limit decides.
 */
class InputLimitsTest {
  private static final String VALID = "{\"kind\":\"self-assessment\",\"formatVersion\":1,"
      + "\"unit\":{\"id\":\"WJ-PS-001\",\"name\":\"测试小学\",\"type\":\"PRIMARY\","
      + "\"district\":\"320412\"},\"standardId\":\"changzhou-quality-basic\","
      + "\"standardVersion\":\"2021.1\",\"year\":2022,\"evidence\":[],"
      + "\"claims\":[{\"code\":\"1.1\",\"points\":4,\"narrative\":\"\"}]}";
  private static final StandardsJson LENIENT =
      StandardsJson.create(ReadLimits.DEFAULT, ReadMode.LENIENT);

  /** The valid document with one more member, {@code "name": value}, before its end. */
  private static byte[] withMember(String name, String value) {
    return (VALID.substring(0, VALID.length() - 1) + ",\"" + name + "\":" + value + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static List<ProblemCode> codes(Result<?> r) {
    return r.problems().stream().map(Problem::getCode).toList();
  }

  @Test
  void theDefaults() {
    // 10 MiB = 10 × 1024 × 1024 = 10,485,760 bytes
    assertThat(ReadLimits.DEFAULT).isEqualTo(new ReadLimits(10_485_760L, 64, 100_000, 40, 200));
    assertThat(StandardsJson.create().getLimits()).isEqualTo(ReadLimits.DEFAULT);
    assertThat(StandardsJson.create().getMode()).isEqualTo(ReadMode.STRICT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // the root object is depth 1, so 63 nested arrays reach the limit of 64 and 64 pass it
    "maxNestingDepth, 63, 64",
    "maxNumberLength, 40, 41",
    "maxNameLength, 200, 201"})
  void eachLimitAtItsBoundary(String limit, int inside, int outside) {
    Result<SelfAssessment> in = LENIENT.readAssessment(probe(limit, inside));
    assertThat(in.isValid()).as("%s at %d", limit, inside).isTrue();
    assertThat(in.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.JSON_UNKNOWN_PROPERTY);
    Result<SelfAssessment> out = LENIENT.readAssessment(probe(limit, outside));
    assertThat(codes(out)).as("%s at %d", limit, outside)
        .containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
    assertThat(out.problems().get(0).getArguments()).startsWith(limit);
  }

  private static byte[] probe(String limit, int n) {
    return switch (limit) {
      case "maxNestingDepth" -> withMember("deep", "[".repeat(n) + "]".repeat(n));
      case "maxNumberLength" -> withMember("big", "1".repeat(n));
      default -> withMember("n".repeat(n), "1");
    };
  }

  /**
   * The string limit applies to the strings the reader reads into a value, such as a narrative:
   * 100,000 characters pass the limit (and are then refused as longer than a narrative's 2,000),
   * 100,001 do not. The text of an unknown member skipped in lenient mode is not measured; the
   * document limit still bounds it.
   */
  @Test
  void theStringLimitAppliesToTheStringsThatAreRead() {
    byte[] inside = VALID.replace("\"narrative\":\"\"",
        "\"narrative\":\"" + "a".repeat(100_000) + "\"").getBytes(StandardCharsets.UTF_8);
    assertThat(codes(StandardsJson.create().readAssessment(inside)))
        .containsExactly(ProblemCode.JSON_INVALID_VALUE);
    byte[] outside = VALID.replace("\"narrative\":\"\"",
        "\"narrative\":\"" + "a".repeat(100_001) + "\"").getBytes(StandardCharsets.UTF_8);
    Result<SelfAssessment> r = StandardsJson.create().readAssessment(outside);
    assertThat(codes(r)).containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
    assertThat(r.problems().get(0).getArguments()).startsWith("maxStringLength");
    assertThat(LENIENT.readAssessment(withMember("skipped", "\"" + "a".repeat(100_001) + "\""))
        .isValid()).isTrue();
  }

  @Test
  void theDocumentSizeLimitCountsBytesAfterAByteOrderMark() {
    StandardsJson small = StandardsJson.create(ReadLimits.DEFAULT.withMaxDocumentBytes(
        VALID.getBytes(StandardCharsets.UTF_8).length), ReadMode.STRICT);
    byte[] body = VALID.getBytes(StandardCharsets.UTF_8);
    assertThat(small.readAssessment(body).isValid()).isTrue();
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(small.readAssessment(withBom).isValid()).isTrue();
    assertThat(codes(small.readAssessment((VALID + " ").getBytes(StandardCharsets.UTF_8))))
        .containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
    // a stream is read to the limit plus one byte, then refused
    assertThat(codes(small.readAssessment(new ByteArrayInputStream((VALID + " ")
        .getBytes(StandardCharsets.UTF_8))))).containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
  }

  @Test
  void limitsOutsideTheirRangesAreRefused() {
    assertThrows(StandardsException.class, () -> new ReadLimits(0, 64, 100_000, 40, 200));
    assertThrows(StandardsException.class, () -> ReadLimits.DEFAULT.withMaxNestingDepth(10_001));
    assertThrows(StandardsException.class, () -> new ReadLimits(1, 64, 100_000, 1_001, 200));
    assertThrows(StandardsException.class,
        () -> new ReadLimits(1L << 31, 64, 100_000, 40, 200));
    assertThrows(StandardsException.class,
        () -> new ReadLimits(1, 64, 100_000_001, 40, 200));
    assertThrows(StandardsException.class, () -> new ReadLimits(1, 64, 100_000, 40, 100_001));
    assertThrows(StandardsException.class, () -> new ReadLimits(1, 0, 100_000, 40, 200));
    // the largest values of each range are allowed
    assertThat(new ReadLimits(Integer.MAX_VALUE, 10_000, 100_000_000, 1_000, 100_000))
        .isNotNull();
  }

  @Test
  void badArgumentsThrowBadInputDoesNot(@TempDir Path dir) throws Exception {
    StandardsJson json = StandardsJson.create();
    // a null argument is a programming error
    assertThrows(NullPointerException.class, () -> json.readAssessment((byte[]) null));
    // a missing file, a folder: problems, not exceptions
    assertThat(codes(json.readAssessment(dir.resolve("missing.json"))))
        .containsExactly(ProblemCode.INPUT_UNREADABLE);
    assertThat(codes(json.readAssessment(dir))).containsExactly(ProblemCode.INPUT_UNREADABLE);
    Path big = Files.write(dir.resolve("big.json"), new byte[11 << 20]);
    assertThat(codes(json.readAssessment(big))).containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
    // asking a refusal for its value is the caller's mistake, and throws
    Result<SelfAssessment> refused = json.readAssessment(new byte[0]);
    assertThat(refused.value()).isEmpty();
    assertThrows(StandardsException.class, refused::orElseThrow);
  }

  @Test
  void personalDataIsAnErrorInEveryMode() {
    byte[] doc = VALID.replace("\"narrative\":\"\"", "\"narrative\":\"联系 138 1234\u200B5678\"")
        .getBytes(StandardCharsets.UTF_8);
    // lenient reading relaxes the format, never privacy: the same error in both modes, so no
    // report and no case file is ever made from the assessment
    for (StandardsJson json : List.of(StandardsJson.create(), LENIENT)) {
      Result<SelfAssessment> read = json.readAssessment(doc);
      assertThat(read.isValid()).isFalse();
      assertThat(read.problems()).singleElement().satisfies(p -> {
        assertThat(p.getCode()).isEqualTo(ProblemCode.PERSONAL_DATA_MOBILE_NUMBER);
        assertThat(p.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(p.getLocation().getPointer()).contains("/claims/0/narrative");
        assertThat(p.getLocation().getLine()).isPresent();
      });
    }
  }

  @Test
  void anUnknownMemberNamedWithAPersonalNumberIsAnErrorAndItsPointerIsMasked() {
    // the identity number 11010519491231002X (check character: weighted sum 167, mod 11 = 2 -> X)
    // as a member name, spaced 6-8-4
    byte[] doc = VALID.replace("\"formatVersion\":1,",
        "\"formatVersion\":1,\"110105 19491231 002X\":\"x\",").getBytes(StandardCharsets.UTF_8);
    for (StandardsJson json : List.of(StandardsJson.create(), LENIENT)) {
      Result<SelfAssessment> read = json.readAssessment(doc);
      assertThat(read.isValid()).isFalse();
      assertThat(read.problems()).extracting(Problem::getCode).contains(
          ProblemCode.JSON_UNKNOWN_PROPERTY, ProblemCode.PERSONAL_DATA_IDENTITY_NUMBER);
      assertThat(read.problems()).allSatisfy(p -> {
        assertThat(p.getLocation().getPointer()).contains("/[masked]");
        assertThat(p.toString() + p.getOffendingValue().orElse("") + p.getMessageZh())
            .doesNotContain("19491231").doesNotContain("002X");
      });
    }
  }
}
