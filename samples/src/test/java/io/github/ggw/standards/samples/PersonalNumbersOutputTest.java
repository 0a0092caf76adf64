package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.testkit.PersonalNumberForms;
import io.github.ggw.standards.testkit.PersonalNumberForms.Form;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * No command prints a personal number: each written form of an identity or mobile number
 * ({@link PersonalNumberForms}) is placed in every free-text and identifier field of a
 * self-assessment, in member names, in document numbers, actor ids, case files and file names,
 * and every command is run through {@link StandardsCommand#run} in each of its formats; its
 * standard output, standard error and every file it wrote are searched for the number's digits
 * once separators, invisible characters and widths are normalised.
 */
class PersonalNumbersOutputTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SUBMIT_TIME = "2022-10-10T09:00:00+08:00";
  private static final String REVIEW_TIME = "2022-11-01T10:00:00+08:00";
  private static final String APPROVE_TIME = "2022-12-15T15:00:00+08:00";
  private static final String DOCUMENT = "常教关委〔2022〕4号";

  @TempDir static Path dir;
  private static Path reviewed;
  private static String approved;

  @BeforeAll
  static void makeCaseFiles() throws IOException {
    Path in = Files.write(dir.resolve("01.json"), ReferenceData.sample("01-excellent-primary.json"));
    Path cases = Files.createDirectories(dir.resolve("cases"));
    assertThat(Cli.zh("submit", "--actor", "WJ-PS-001-S", "--now", SUBMIT_TIME, "--output",
        cases.toString(), in.toString()).code()).isZero();
    reviewed = cases.resolve("WJ-PS-001-2022.case.json");
    assertThat(Cli.zh("review", "--actor", "WJ-REV-01", "--key", Cli.demoKey("WJ-OFFICE"),
        "--now", REVIEW_TIME, "--output",
        cases.toString(), reviewed.toString()).code()).isZero();
    Path approvedDir = Files.createDirectories(dir.resolve("approved"));
    assertThat(Cli.zh("approve", "--actor", "CZ-APP-01", "--key",
        Cli.demoKey("CZ-CITY-OFFICE"), "--now", APPROVE_TIME, "--document", DOCUMENT, "--date", "2022-12-20", "--output", approvedDir.toString(),
        reviewed.toString()).code()).isZero();
    approved = Files.readString(approvedDir.resolve("WJ-PS-001-2022.case.json"));
  }

  /** A place in a self-assessment where a form is written. */
  private record Place(String name, BiConsumer<ObjectNode, String> put, boolean identifier) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Place> PLACES = List.of(
      new Place("unit name", (a, t) -> ((ObjectNode) a.get("unit")).put("name", "单位" + t), false),
      new Place("unit id", (a, t) -> ((ObjectNode) a.get("unit")).put("id", t), true),
      new Place("claim narrative", (a, t) -> ((ObjectNode) a.get("claims").get(0))
          .put("narrative", "说明" + t), false),
      field("training", "topic"), field("activity", "title"), field("research", "title"),
      field("document", "title"), field("designation", "documentNumber"),
      new Place("incident description", (a, t) -> ((ArrayNode) a.get("evidence")).addObject()
          .put("type", "incident").put("kind", "SAFETY_INCIDENT").put("date", "2022-05-01")
          .put("raisedBy", "UNIT").put("description", "经过" + t), false),
      new Place("elder id", (a, t) -> first(a, "elder").put("elder", "E" + t), true),
      new Place("unknown member of the document", (a, t) -> a.put(t, "x"), false),
      new Place("unknown member of a record", (a, t) -> first(a, "training").put(t, 1), false));

  private static Place field(String type, String member) {
    return new Place(type + " " + member, (a, t) -> first(a, type).put(member, "文字" + t),
        false);
  }

  private static ObjectNode first(ObjectNode a, String type) {
    for (JsonNode e : a.get("evidence")) {
      if (type.equals(e.get("type").asString())) {
        return (ObjectNode) e;
      }
    }
    throw new IllegalStateException("sample 01 has no " + type);
  }

  static Stream<Arguments> placements() {
    List<Arguments> all = new ArrayList<>();
    for (Form f : PersonalNumberForms.all()) {
      for (Place p : PLACES) {
        // identifiers take only [A-Za-z0-9_-]: the other forms are refused by the pattern, which
        // the unit name and the narratives already test
        if (!p.identifier() || f.fitsAnIdentifier()) {
          all.add(Arguments.of(f, p));
        }
      }
    }
    return all.stream();
  }

  static Stream<Form> forms() {
    return PersonalNumberForms.all().stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("placements")
  void noCommandEchoesANumberInAnAssessment(Form form, Place place) throws IOException {
    ObjectNode a = (ObjectNode) JSON.readTree(ReferenceData.sample("01-excellent-primary.json"));
    place.put().accept(a, form.text());
    Path work = Files.createTempDirectory(dir, "a");
    Path in = Files.writeString(work.resolve("in.json"), JSON.writeValueAsString(a));
    String f = in.toString();
    Path out = work.resolve("out");
    // every read mode refuses it: exit 1, so no report and no case file is made (each format of
    // score is run for every form by everyFormatRefusesANumberInTheUnitName)
    assertRefused(form, Cli.zh("score", f));
    assertRefused(form, Cli.run(Cli.ENGLISH, "score", "--lenient", "--format", "json", f));
    assertRefused(form, Cli.zh("submit", "--lenient", "--actor", "WJ-PS-001-S", "--now",
        SUBMIT_TIME, "--output", out.toString(), f));
    assertNoFileLeaks(form, work);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void everyFormatRefusesANumberInTheUnitName(Form form) throws IOException {
    ObjectNode a = (ObjectNode) JSON.readTree(ReferenceData.sample("01-excellent-primary.json"));
    PLACES.get(0).put().accept(a, form.text());
    Path work = Files.createTempDirectory(dir, "u");
    String f = Files.writeString(work.resolve("in.json"), JSON.writeValueAsString(a)).toString();
    // each format once, the languages alternating
    List<String> formats = List.of("text", "json", "csv", "html", "xlsx");
    for (int i = 0; i < formats.size(); i++) {
      assertRefused(form, Cli.run(i % 2 == 0 ? Cli.NO_LOCALE : Cli.ENGLISH, "score", "--format",
          formats.get(i), "--output", work.resolve("out-" + formats.get(i)).toString(), f));
    }
    assertRefused(form, Cli.zh("score", "--strict", "--format", "json", f));
    assertRefused(form, Cli.run(Cli.ENGLISH, "submit", "--actor", "WJ-PS-001-S", "--now",
        SUBMIT_TIME, f));
    assertNoFileLeaks(form, work);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void approveRefusesADocumentNumberHoldingANumber(Form form) throws IOException {
    for (String document : List.of(form.text(), "常教关委〔2022〕" + form.text() + "号")) {
      Path out = Files.createTempDirectory(dir, "d");
      Cli.Run zh = Cli.zh("approve", "--actor", "CZ-APP-01", "--now", APPROVE_TIME,
          "--document", document, "--date", "2022-12-20", "--output", out.toString(),
          reviewed.toString());
      assertNoLeak(form, zh);
      assertThat(zh.code()).as(zh.err()).isEqualTo(StandardsCommand.INVALID_INPUT);
      assertThat(zh.err()).contains("文号中含有居民身份证号码或手机号码");
      Cli.Run en = Cli.run(Cli.ENGLISH, "approve", "--actor", "CZ-APP-01", "--now",
          APPROVE_TIME, "--document", document, "--date", "2022-12-20", reviewed.toString());
      assertNoLeak(form, en);
      assertThat(en.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
      assertThat(en.err()).contains("The document number holds a resident identity number");
      assertThat(en.out()).isEmpty();
      assertNoFileLeaks(form, out);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void actorIdsAreNeverEchoed(Form form) throws IOException {
    Path in = dir.resolve("01.json");
    for (Map<String, String> env : List.of(Cli.NO_LOCALE, Cli.ENGLISH)) {
      Cli.Run submit = Cli.run(env, "submit", "--actor", form.text(), "--now", SUBMIT_TIME,
          in.toString());
      assertNoLeak(form, submit);
      // an id of identifier characters is not registered (1); any other is a usage error (2)
      assertThat(submit.code()).isEqualTo(form.fitsAnIdentifier()
          ? StandardsCommand.INVALID_INPUT : StandardsCommand.USAGE);
      if (form.fitsAnIdentifier()) {
        assertThat(submit.err()).contains(env == Cli.NO_LOCALE ? "不在名册中" : "is not in the registry");
      }
      assertNoLeak(form, Cli.run(env, "review", "--actor", form.text(), "--now", REVIEW_TIME,
          reviewed.toString()));
      assertNoLeak(form, Cli.run(env, "approve", "--actor", form.text(), "--now", APPROVE_TIME,
          "--document", DOCUMENT, "--date", "2022-12-20", reviewed.toString()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void certifyNeverPrintsANumberFromAnEditedCaseFile(Form form) throws IOException {
    Path folder = Files.createTempDirectory(dir, "c");
    String quoted = JSON.writeValueAsString(form.text());
    Files.writeString(folder.resolve("WJ-PS-001-2022.case.json"),
        approved.replace("\"" + DOCUMENT + "\"", quoted)
            .replace("武进区星河实验小学（虚构）", "星河" + form.text()));
    for (String format : List.of("text", "json", "csv")) {
      Cli.Run r = Cli.zh("certify", "--format", format, folder.toString());
      assertNoLeak(form, r);
      Cli.Run en = Cli.run(Cli.ENGLISH, "certify", "--format", format, folder.toString());
      assertNoLeak(form, en);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void fileNamesAreNeverEchoed(Form form) throws IOException {
    Path folder = Files.createTempDirectory(dir, "f");
    Path in;
    try {
      in = folder.resolve(form.text() + ".json");
    } catch (InvalidPathException e) {
      return;
    }
    if (form.text().contains("/")) {
      // a slash makes folders: the number is split over the path, still one file
      Files.createDirectories(in.getParent());
    }
    Files.write(in, "{\"kind\":\"self-assessment\"}".getBytes(StandardCharsets.UTF_8));
    Path missing = folder.resolve("缺" + form.text().replace("/", "-") + ".json");
    for (Map<String, String> env : List.of(Cli.NO_LOCALE, Cli.ENGLISH)) {
      Cli.Run r = Cli.run(env, "score", in.toString());
      assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
      assertNoLeak(form, r);
      assertNoLeak(form, Cli.run(env, "score", "--format", "json", folder.toString()));
      assertNoLeak(form, Cli.run(env, "score", missing.toString()));
      assertNoLeak(form, Cli.run(env, "submit", "--actor", "WJ-PS-001-S", missing.toString()));
    }
  }

  private static void assertRefused(Form form, Cli.Run r) {
    assertNoLeak(form, r);
    // problems go to standard error, or into the JSON on standard output with --format json
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.out() + r.err()).containsAnyOf("PERSONAL_DATA_IDENTITY_NUMBER",
        "PERSONAL_DATA_MOBILE_NUMBER");
  }

  private static void assertNoLeak(Form form, Cli.Run r) {
    assertThat(PersonalNumberForms.leaks(r.out())).as("standard output of a run with %s:%n%s",
        form, r.out()).isFalse();
    assertThat(PersonalNumberForms.leaks(r.err())).as("standard error of a run with %s:%n%s",
        form, r.err()).isFalse();
  }

  private static void assertNoFileLeaks(Form form, Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        if (p.getFileName().toString().equals("in.json")) {
          continue;
        }
        String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        assertThat(PersonalNumberForms.leaks(text) || PersonalNumberForms.leaks(p.toString()))
            .as("%s written with %s", p, form).isFalse();
      }
    }
  }
}
