package io.github.ggw.standards.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Result;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Bad and unusual self-assessments, as an attacker or a careless school secretary writes them:
 * for each, {@link StandardsJson#readAssessment(byte[])} and {@link
 * StandardsJson#bindAssessment(byte[])} give exactly what they give with the fast path turned
 * off (the same value, or the same problems with their codes, severities, locations, arguments
 * and both messages; the same exception message), in strict and in lenient mode.
 */
class FastPathAttackTest {
  private static final String SAMPLE = new String(
      ReferenceData.sample("01-excellent-primary.json"), StandardCharsets.UTF_8);

  /**
   * A reader like {@link StandardsJson#create(ReadLimits, ReadMode)} whose fast path of
   * self-assessments always gives up, so that every read takes the general path.
   */
  static StandardsJson withoutFastPath(ReadLimits limits, ReadMode mode) {
    StandardsJson json = StandardsJson.create(limits, mode);
    bindingsOf(json).put(SelfAssessment.class, p -> {
      throw FastReading.giveUp();
    });
    return json;
  }

  /** The fast bindings a reader has made, by type. */
  private static Map<Class<?>, FastPaths.Binding<?>> bindingsOf(StandardsJson json) {
    try {
      Field bindings = FastPaths.ForMapper.class.getDeclaredField("bindings");
      bindings.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<Class<?>, FastPaths.Binding<?>> map = (Map<Class<?>, FastPaths.Binding<?>>)
          bindings.get(forMapper(json));
      return map;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static final ReadLimits SMALL = new ReadLimits(1L << 20, 16, 200, 20, 40);
  private static final Map<String, StandardsJson[]> READERS = new LinkedHashMap<>();

  static {
    for (ReadMode mode : ReadMode.values()) {
      READERS.put(mode + " default", new StandardsJson[] {
          StandardsJson.create(ReadLimits.DEFAULT, mode),
          withoutFastPath(ReadLimits.DEFAULT, mode)});
      READERS.put(mode + " small", new StandardsJson[] {
          StandardsJson.create(SMALL, mode), withoutFastPath(SMALL, mode)});
    }
  }

  /** The sample with its first match of a literal text replaced. */
  private static String replace(String target, String replacement) {
    int at = SAMPLE.indexOf(target);
    if (at < 0) {
      throw new IllegalArgumentException("not in the sample: " + target);
    }
    return SAMPLE.substring(0, at) + replacement + SAMPLE.substring(at + target.length());
  }

  private static Arguments of(String name, String json) {
    return Arguments.of(name, json.getBytes(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> cases() {
    List<Arguments> c = new ArrayList<>();
    c.add(of("the sample as it is", SAMPLE));
    // numbers
    String[] numbers = {"1e2", "1E+2", "4e0", "-0", "0", "-0.0", "0.50", "0.5", "4.0", "4.00",
        "400e-2", "1e400", "1e-400", "1e99999999", "-1", "04", "4.", ".5", "+4", "0x10",
        "NaN", "Infinity", "\"4\"", "4.5", "0.25", "0.125", "99999999999999999999",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "1.0e0", "40E-1", "null",
        "true", "[]", "{}", "1000000", "0.0000001", "12345678901234567890.5"};
    for (String n : numbers) {
      c.add(of("claim points " + n, replace("\"points\": 4,", "\"points\": " + n + ",")));
      c.add(of("year " + n, replace("\"year\": 2022,", "\"year\": " + n + ",")));
      c.add(of("formatVersion " + n, replace("\"formatVersion\": 1,",
          "\"formatVersion\": " + n + ",")));
      c.add(of("members " + n, replace("\"members\": 9,", "\"members\": " + n + ",")));
      c.add(of("hours " + n, replace("\"hours\": 2,", "\"hours\": " + n + ",")));
      c.add(of("funding " + n, replace("\"annualFundingYuan\": 6000,",
          "\"annualFundingYuan\": " + n + ",")));
      c.add(of("deficiency count " + n, replace("\"narrative\": \"见佐证材料\"",
          "\"narrative\": \"见佐证材料\", \"deficiencies\": {\"D1\": " + n + "}")));
    }
    // the model's bounds
    for (String n : new String[] {"500", "501", "499"}) {
      c.add(of("members at bound " + n, replace("\"members\": 9,", "\"members\": " + n + ",")));
    }
    for (String n : new String[] {"24", "24.0", "24.000001", "0", "0.0001", "23.99999999"}) {
      c.add(of("hours at bound " + n, replace("\"hours\": 2,", "\"hours\": " + n + ",")));
    }
    for (String n : new String[] {"10000", "10001"}) {
      c.add(of("attendees at bound " + n, replace("\"attendees\": 12,",
          "\"attendees\": " + n + ",")));
    }
    for (String n : new String[] {"100000000", "100000000.01", "0", "-0.01"}) {
      c.add(of("funding at bound " + n, replace("\"annualFundingYuan\": 6000,",
          "\"annualFundingYuan\": " + n + ",")));
    }
    // strings
    String[] texts = {"\"\\u0000\"", "\"E\\u0000\"", "\"\\ud800\"", "\"\\udc00x\"",
        "\"\\ud83d\\ude00\"", "\"😀\"", "\"\\/\"", "\"E\\/01\"", "\"E01 \"", "\" E01\"",
        "\"E01\\t\"", "\"E01\\n\"", "\"e01\"", "\"E1\"", "\"E001\"", "\"Ｅ０１\"", "\"\"",
        "\"\\u00450\\u0031\"", "\"1.1\"", "\"1.1 \"", "\"\\u0031.1\"", "\"PRIMARY\"",
        "\"primary\"", "\"小学\"", "\"Primary\"", "\"TEACHER\"", "\"CORE\"", "\"core\"",
        "\"\u200bE01\"", "\"E01\u00a0\"", "\"\\\"\"", "\"\\\\\"", "\"x\"", "null", "1", "true",
        "[]", "{}", "\"" + "长".repeat(101) + "\"", "\"" + "x".repeat(199) + "\"",
        "\"" + "x".repeat(200) + "\"", "\"" + "x".repeat(201) + "\"",
        "\"13800138000\"", "\"320412197001011234\""};
    for (String t : texts) {
      c.add(of("elder " + t, replace("\"elder\": \"E01\",", "\"elder\": " + t + ",")));
      c.add(of("unit id " + t, replace("\"id\": \"WJ-PS-001\",", "\"id\": " + t + ",")));
      c.add(of("unit name " + t, replace("\"name\": \"武进区星河实验小学（虚构）\",",
          "\"name\": " + t + ",")));
      c.add(of("unit type " + t, replace("\"type\": \"PRIMARY\",", "\"type\": " + t + ",")));
      c.add(of("district " + t, replace("\"district\": \"320412\"",
          "\"district\": " + t)));
      c.add(of("standardId " + t, replace("\"standardId\": \"changzhou-quality-basic\",",
          "\"standardId\": " + t + ",")));
      c.add(of("standardVersion " + t, replace("\"standardVersion\": \"2021.1\",",
          "\"standardVersion\": " + t + ",")));
      c.add(of("kind " + t, replace("\"kind\": \"self-assessment\",", "\"kind\": " + t + ",")));
      c.add(of("category " + t, replace("\"category\": \"TEACHER\",",
          "\"category\": " + t + ",")));
      c.add(of("tier " + t, replace("\"tier\": \"CORE\",", "\"tier\": " + t + ",")));
      c.add(of("claim code " + t, replace("\"code\": \"1.1\",", "\"code\": " + t + ",")));
      c.add(of("narrative " + t, replace("\"narrative\": \"见佐证材料\"",
          "\"narrative\": " + t)));
      c.add(of("topic " + t, replace("\"topic\": \"学习关心下一代工作重要指示精神\"",
          "\"topic\": " + t)));
      c.add(of("sha256 " + t, replace("\"sha256\": \"\"", "\"sha256\": " + t)));
      c.add(of("evidence type " + t, replace("\"type\": \"elder\",", "\"type\": " + t + ",")));
      c.add(of("deficiency code " + t, replace("\"narrative\": \"见佐证材料\"",
          "\"narrative\": \"见佐证材料\", \"deficiencies\": {" + (t.startsWith("\"") ? t
              : "\"" + t + "\"") + ": 1}")));
    }
    // booleans
    for (String b : new String[] {"true", "false", "1", "0", "\"true\"", "null", "TRUE"}) {
      c.add(of("chairIsUnitHead " + b, replace("\"chairIsUnitHead\": true,",
          "\"chairIsUnitHead\": " + b + ",")));
    }
    // dates
    String[] dates = {"2024-02-30", "2024-02-29", "2023-02-29", "2100-02-29", "2000-02-29",
        "2024-2-3", "+2024-01-01", "-2024-01-01", "2024-01-01T00:00", "2024-01-01T00:00:00Z",
        "2024-01-01 ", " 2024-01-01", "2024/01/01", "20240101", "2024-13-01", "2024-00-10",
        "2024-01-00", "2024-01-32", "0000-01-01", "9999-12-31", "2024-W01-1", "2024-001",
        "２０２４-01-01", "2024\\u002d01-01", "2019-09-01", "2030-01-01", "1900-01-01"};
    for (String d : dates) {
      c.add(of("joined " + d, replace("\"joined\": \"2019-09-01\"",
          "\"joined\": \"" + d + "\"")));
      c.add(of("training date " + d, replace("\"date\": \"2022-02-15\"",
          "\"date\": \"" + d + "\"")));
    }
    c.add(of("date as number", replace("\"joined\": \"2019-09-01\"", "\"joined\": 20190901")));
    c.add(of("date as array", replace("\"joined\": \"2019-09-01\"", "\"joined\": [2019,9,1]")));
    // structure
    c.add(of("empty evidence", SAMPLE.replaceFirst("(?s)\"evidence\": \\[.*?\\n  \\],",
        "\"evidence\": [],")));
    c.add(of("empty claims", SAMPLE.replaceFirst("(?s)\"claims\": \\[.*?\\n  \\]",
        "\"claims\": []")));
    c.add(of("evidence object", replace("\"evidence\": [", "\"evidence\": {\"a\": [") ));
    c.add(of("evidence null", SAMPLE.replaceFirst("(?s)\"evidence\": \\[.*?\\n  \\],",
        "\"evidence\": null,")));
    c.add(of("claims null", SAMPLE.replaceFirst("(?s)\"claims\": \\[.*?\\n  \\]",
        "\"claims\": null")));
    c.add(of("unit null", SAMPLE.replaceFirst("(?s)\"unit\": \\{.*?\\},", "\"unit\": null,")));
    c.add(of("unit empty", SAMPLE.replaceFirst("(?s)\"unit\": \\{.*?\\},", "\"unit\": {},")));
    c.add(of("evidence element null", replace("\"evidence\": [", "\"evidence\": [null, ")));
    c.add(of("evidence element number", replace("\"evidence\": [", "\"evidence\": [1, ")));
    c.add(of("evidence element empty", replace("\"evidence\": [", "\"evidence\": [{}, ")));
    c.add(of("evidence element array", replace("\"evidence\": [", "\"evidence\": [[], ")));
    c.add(of("claim element null", replace("\"claims\": [", "\"claims\": [null, ")));
    c.add(of("claim element empty", replace("\"claims\": [", "\"claims\": [{}, ")));
    c.add(of("claim element string", replace("\"claims\": [", "\"claims\": [\"1.1\", ")));
    c.add(of("claim without points", replace("\"points\": 4,", "")));
    c.add(of("claim points null", replace("\"points\": 4,", "\"points\": null,")));
    c.add(of("claim counts only", replace("\"points\": 4,",
        "\"deficiencies\": {\"D1\": 1},")));
    c.add(of("claim empty counts", replace("\"points\": 4,", "\"deficiencies\": {},")));
    c.add(of("claim counts and points", replace("\"points\": 4,",
        "\"points\": 4, \"deficiencies\": {\"D1\": 2},")));
    c.add(of("claim counts null", replace("\"points\": 4,",
        "\"points\": 4, \"deficiencies\": null,")));
    c.add(of("claim counts zero", replace("\"points\": 4,", "\"deficiencies\": {\"D1\": 0},")));
    c.add(of("claim counts nested", replace("\"points\": 4,",
        "\"points\": 4, \"deficiencies\": {\"D1\": {\"x\": 1}},")));
    c.add(of("claim narrative null", replace("\"narrative\": \"见佐证材料\"",
        "\"narrative\": null")));
    c.add(of("claim unknown member", replace("\"points\": 4,", "\"points\": 4, \"x\": 1,")));
    c.add(of("claim code twice", replace("\"code\": \"1.1\",",
        "\"code\": \"1.1\", \"code\": \"1.2\",")));
    c.add(of("claim repeated", replace("\"claims\": [", "\"claims\": [{\"code\": \"1.1\", "
        + "\"points\": 4, \"narrative\": \"x\"}, ")));
    c.add(of("unknown member in evidence", replace("\"retiredTeacher\": true,",
        "\"retiredTeacher\": true, \"x\": {\"y\": [{\"z\": {}}]},")));
    c.add(of("unknown deep nested", replace("\"retiredTeacher\": true,",
        "\"retiredTeacher\": true, \"x\": " + "[".repeat(14) + "]".repeat(14) + ",")));
    c.add(of("unknown too deep", replace("\"retiredTeacher\": true,",
        "\"retiredTeacher\": true, \"x\": " + "[".repeat(70) + "]".repeat(70) + ",")));
    c.add(of("unknown root member", replace("\"year\": 2022,", "\"year\": 2022, \"x\": 1,")));
    c.add(of("unknown root member null", replace("\"year\": 2022,",
        "\"year\": 2022, \"x\": null,")));
    c.add(of("unknown unit member", replace("\"district\": \"320412\"",
        "\"district\": \"320412\", \"x\": 1")));
    c.add(of("missing year", replace("\"year\": 2022,", "")));
    c.add(of("missing kind", replace("\"kind\": \"self-assessment\",", "")));
    c.add(of("missing unit district", replace(",\n    \"district\": \"320412\"", "")));
    c.add(of("missing elder tier", replace("\"tier\": \"CORE\",", "")));
    c.add(of("year twice", replace("\"year\": 2022,", "\"year\": 2022, \"year\": 2023,")));
    c.add(of("unit twice", replace("\"standardId\"", "\"unit\": {}, \"standardId\"")));
    c.add(of("unit member twice", replace("\"district\": \"320412\"",
        "\"district\": \"320412\", \"district\": \"320412\"")));
    c.add(of("evidence member twice", replace("\"tier\": \"CORE\",",
        "\"tier\": \"CORE\", \"tier\": \"BACKBONE\",")));
    c.add(of("evidence twice", replace("\"year\": 2022,", "\"year\": 2022, \"evidence\": [],")));
    c.add(of("claims twice", replace("\"year\": 2022,", "\"year\": 2022, \"claims\": [],")));
    c.add(of("counts twice", replace("\"points\": 4,",
        "\"points\": 4, \"deficiencies\": {\"D1\": 1, \"D1\": 2},")));
    c.add(of("type twice", replace("\"type\": \"elder\",", "\"type\": \"elder\", "
        + "\"type\": \"elder\",")));
    c.add(of("type twice other", replace("\"type\": \"elder\",", "\"type\": \"elder\", "
        + "\"type\": \"training\",")));
    c.add(of("type last", replace("\"type\": \"elder\",\n      \"elder\": \"E01\",",
        "\"elder\": \"E01\",\n      \"type\": \"elder\",")));
    c.add(of("type missing", replace("\"type\": \"elder\",\n", "")));
    c.add(of("type null", replace("\"type\": \"elder\",", "\"type\": null,")));
    c.add(of("type number", replace("\"type\": \"elder\",", "\"type\": 1,")));
    c.add(of("type unknown", replace("\"type\": \"elder\",", "\"type\": \"elders\",")));
    c.add(of("type case", replace("\"type\": \"elder\",", "\"type\": \"Elder\",")));
    c.add(of("type fact", replace("\"type\": \"elder\",\n      \"elder\": \"E01\",\n"
        + "      \"category\": \"TEACHER\",\n      \"tier\": \"CORE\",\n"
        + "      \"retiredTeacher\": true,\n      \"joined\": \"2019-09-01\"",
        "\"type\": \"fact\", \"code\": \"f1\", \"value\": 1.50")));
    for (String v : new String[] {"1.50", "-0", "0.0", "1e2", "1E-2", "true", "\"x\"", "null",
        "[]", "{}", "12345678901234567890", "1e999", "-1.0e-5"}) {
      c.add(of("fact value " + v, replace("\"type\": \"elder\",\n      \"elder\": \"E01\",\n"
          + "      \"category\": \"TEACHER\",\n      \"tier\": \"CORE\",\n"
          + "      \"retiredTeacher\": true,\n      \"joined\": \"2019-09-01\"",
          "\"type\": \"fact\", \"code\": \"f1\", \"value\": " + v)));
    }
    // around the root
    c.add(of("trailing content", SAMPLE + "x"));
    c.add(of("trailing comma-less second root", SAMPLE + SAMPLE));
    c.add(of("trailing whitespace", SAMPLE + " \n\t\r"));
    c.add(of("trailing comment", SAMPLE + "// c"));
    c.add(of("leading comment", "/* c */" + SAMPLE));
    c.add(of("comment inside", replace("\"year\": 2022,", "\"year\": /* c */ 2022,")));
    c.add(of("trailing comma", replace("\"district\": \"320412\"",
        "\"district\": \"320412\",")));
    c.add(of("single quotes", replace("\"year\": 2022,", "'year': 2022,")));
    c.add(of("unquoted name", replace("\"year\": 2022,", "year: 2022,")));
    c.add(of("bom", "\uFEFF" + SAMPLE));
    c.add(of("two boms", "\uFEFF\uFEFF" + SAMPLE));
    c.add(of("nul after", SAMPLE + "\u0000"));
    c.add(of("raw control in string", replace("\"见佐证材料\"", "\"见\u0001佐证\"")));
    c.add(of("raw newline in string", replace("\"见佐证材料\"", "\"见\n佐证\"")));
    c.add(of("root array", "[" + SAMPLE + "]"));
    c.add(of("root string", "\"x\""));
    c.add(of("root null", "null"));
    c.add(of("empty", ""));
    c.add(of("blank", "  \n"));
    c.add(of("truncated", SAMPLE.substring(0, SAMPLE.length() / 2)));
    c.add(of("truncated after root", SAMPLE.substring(0, SAMPLE.lastIndexOf('}'))));
    c.add(of("long name", replace("\"year\": 2022,", "\"" + "n".repeat(41) + "\": 1, "
        + "\"year\": 2022,")));
    c.add(of("escaped member name", replace("\"year\": 2022,", "\"y\\u0065ar\": 2022,")));
    c.add(of("escaped type name", replace("\"type\": \"elder\",", "\"t\\u0079pe\": \"elder\",")));
    c.add(of("escaped kind", replace("\"kind\": \"self-assessment\",",
        "\"kind\": \"self\\u002dassessment\",")));
    c.add(of("escaped enum", replace("\"tier\": \"CORE\",", "\"tier\": \"C\\u004fRE\",")));
    c.add(of("escaped date", replace("\"joined\": \"2019-09-01\"",
        "\"joined\": \"2019\\u002d09-01\"")));
    // other encodings and broken UTF-8
    for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16BE,
        StandardCharsets.UTF_16LE, StandardCharsets.UTF_16, java.nio.charset.Charset.forName(
            "UTF-32BE"), java.nio.charset.Charset.forName("UTF-32LE"))) {
      c.add(Arguments.of("encoded " + cs, SAMPLE.getBytes(cs)));
      c.add(Arguments.of("encoded with a BOM " + cs, ("\uFEFF" + SAMPLE).getBytes(cs)));
    }
    String[] broken = {"C080", "ED A080", "EDB080", "FF", "C3", "E4B8", "F4908080", "F09F98",
        "80", "E0808F", "F0808080"};
    for (String hex : broken) {
      byte[] bytes = java.util.HexFormat.of().parseHex(hex.replace(" ", ""));
      for (String at : new String[] {"\"见佐证材料\"", "\"E01\"", "\"2019-09-01\"", "\"tier\""}) {
        byte[] sample = SAMPLE.getBytes(StandardCharsets.UTF_8);
        int i = SAMPLE.substring(0, SAMPLE.indexOf(at) + 2).getBytes(StandardCharsets.UTF_8)
            .length;
        byte[] out = new byte[sample.length + bytes.length];
        System.arraycopy(sample, 0, out, 0, i);
        System.arraycopy(bytes, 0, out, i, bytes.length);
        System.arraycopy(sample, i, out, i + bytes.length, sample.length - i);
        c.add(Arguments.of("bytes " + hex + " in " + at, out));
      }
    }
    return c.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readAndBindGiveWhatTheyGiveWithoutTheFastPath(String name, byte[] json) {
    for (Map.Entry<String, StandardsJson[]> e : READERS.entrySet()) {
      StandardsJson fast = e.getValue()[0];
      StandardsJson slow = e.getValue()[1];
      Result<SelfAssessment> quick = fast.readAssessment(json);
      Result<SelfAssessment> general = slow.readAssessment(json);
      assertThat(quick).as(e.getKey()).isEqualTo(general);
      assertThat(messages(quick)).as(e.getKey()).isEqualTo(messages(general));
      assertThat(bound(fast, json)).as(e.getKey()).isEqualTo(bound(slow, json));
    }
  }

  private static List<String> messages(Result<?> r) {
    return r.problems().stream().map(p -> p.getLocation() + " " + p.getMessageZh() + " | "
        + p.getMessageEn()).toList();
  }

  private static Object bound(StandardsJson json, byte[] bytes) {
    try {
      return json.bindAssessment(bytes);
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /**
   * A random edit of a bundled sample at a random place: a token of the dictionary inserted, or a
   * span of up to 12 characters replaced by one.
   */
  private static Gen<byte[]> edits() {
    String[] tokens = {"1e2", "-0", "0.50", "4.0", "\"5\"", "null", "true", "[]", "{}", ",",
        ":", "\"", "\\u0000", "\\ud800", "\\/", " ", "\"type\": \"elder\", ", "\"x\": 1, ",
        "\"2024-02-30\"", "\"2024-01-01T00:00\"", "\"E01\"", "\"1.1\"", "\"CORE\"", "}", "]",
        "{", "[", "//", "/*", "\uFEFF", "\u0001", "2147483648", "\"year\": 2022, ",
        "\"deficiencies\": {\"D1\": 1}, ", "\"points\": 4, ", "\"type\": \"fact\", ",
        "\"kind\": \"PLAN\", ", "\"level\": \"CITY\", ", "0", "-1", "1e-400", "\"\"", "A"};
    List<String> samples = ReferenceData.sampleNames().stream()
        .map(n -> new String(ReferenceData.sample(n), StandardCharsets.UTF_8)).toList();
    return in -> {
      String sample = samples.get((int) in.next(Constraint.between(0, samples.size() - 1)));
      int at = (int) in.next(Constraint.between(0, sample.length()));
      String token = tokens[(int) in.next(Constraint.between(0, tokens.length - 1))];
      int cut = (int) in.next(Constraint.between(0, 12));
      int end = Math.min(sample.length(), at + cut);
      return (sample.substring(0, at) + token + sample.substring(end))
          .getBytes(StandardCharsets.UTF_8);
    };
  }

  @Test
  void randomEditsOfTheSamplesGiveWhatTheyGiveWithoutTheFastPath() {
    StandardsJson[] strict = READERS.get("STRICT default");
    StandardsJson[] lenient = READERS.get("LENIENT small");
    qt().withExamples(Integer.getInteger("attack.examples", 300)).forAll(edits())
        .checkAssert(json -> {
          for (StandardsJson[] pair : List.of(strict, lenient)) {
            Result<SelfAssessment> quick = pair[0].readAssessment(json);
            Result<SelfAssessment> general = pair[1].readAssessment(json);
            assertThat(quick).as(new String(json, StandardCharsets.UTF_8)).isEqualTo(general);
            assertThat(messages(quick)).isEqualTo(messages(general));
          }
        });
  }

  @Test
  void evidenceTypesNoReaderKnowsAreNotKeptByTheFastPath() throws ReflectiveOperationException {
    // an attacker's documents, each with an evidence type of its own, must not fill the fast
    // path's table of evidence readers: it keeps at most one entry per known type
    StandardsJson fast = StandardsJson.create();
    StandardsJson slow = withoutFastPath(ReadLimits.DEFAULT, ReadMode.STRICT);
    for (int i = 0; i < 200; i++) {
      byte[] json = replace("\"type\": \"elder\",", "\"type\": \"x" + "y".repeat(1000) + i
          + "\",").getBytes(StandardCharsets.UTF_8);
      assertThat(fast.readAssessment(json)).isEqualTo(slow.readAssessment(json));
    }
    Object binding = bindingsOf(fast).get(SelfAssessment.class);
    Field evidence = binding.getClass().getDeclaredField("evidence");
    evidence.setAccessible(true);
    // each document's organisation is read before its unknown type: 1 known entry, and none
    // of the 200 unknown ones
    assertThat(List.copyOf(((Map<?, ?>) evidence.get(binding)).keySet())).isEqualTo(
        List.of("organisation"));
  }

  @Test
  void readersMadeOnFirstUseByManyThreadsAtOnceGiveWhatTheGeneralPathGives()
      throws InterruptedException, java.util.concurrent.ExecutionException {
    // a fresh reader, so that every evidence reader and text cache is made while 8 threads read
    StandardsJson fast = StandardsJson.create();
    StandardsJson slow = withoutFastPath(ReadLimits.DEFAULT, ReadMode.STRICT);
    List<byte[]> docs = new ArrayList<>();
    for (String n : ReferenceData.sampleNames()) {
      docs.add(ReferenceData.sample(n));
    }
    docs.add(replace("\"tier\": \"CORE\",", "\"tier\": \"core\",")
        .getBytes(StandardCharsets.UTF_8));
    List<Result<SelfAssessment>> expected = docs.stream().map(slow::readAssessment).toList();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<List<Result<SelfAssessment>>>> runs = new ArrayList<>();
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          start.await();
          return docs.stream().map(fast::readAssessment).toList();
        }));
      }
      start.countDown();
      for (java.util.concurrent.Future<List<Result<SelfAssessment>>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    // the six samples are valid and the lower-case tier is not
    assertThat(expected.stream().map(Result::isValid).toList()).containsExactly(true, true,
        true, true, true, true, false);
  }

  @Test
  void theFastPathTakesTheSampleAndTheComparisonReaderNeverTakesIt() {
    byte[] json = SAMPLE.getBytes(StandardCharsets.UTF_8);
    StandardsJson slow = withoutFastPath(ReadLimits.DEFAULT, ReadMode.STRICT);
    assertThat(forMapper(StandardsJson.create()).read(json, 0, SelfAssessment.class))
        .isNotNull();
    assertThat(forMapper(slow).read(json, 0, SelfAssessment.class)).isNull();
    // and the general path alone still reads it
    assertThat(slow.readAssessment(json).isValid()).isTrue();
  }

  private static FastPaths.ForMapper forMapper(StandardsJson json) {
    try {
      Field pipeline = StandardsJson.class.getDeclaredField("pipeline");
      pipeline.setAccessible(true);
      Field fast = ReadPipeline.class.getDeclaredField("fast");
      fast.setAccessible(true);
      return (FastPaths.ForMapper) fast.get(pipeline.get(json));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
