package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CSV → XLSX → JSON → CSV of every bundled standard and every standard sheet in the test resources
 * of every module of the repository gives back the same standard and the same CSV text.
 */
class StandardWorkbookRoundTripTest {
  private static final StandardsCsv CSV = StandardsCsv.create();
  private static final StandardsJson JSON = StandardsJson.create();
  private static final StandardWorkbooks XLSX = StandardWorkbooks.create();

  /** The repository's root: the parent of this module's folder, where the tests run. */
  private static Path root() {
    return Path.of("").toAbsolutePath().getParent();
  }

  /**
   * Every CSV file with a {@code @standard} row under some module's {@code src/test/resources}
   * (the test sheets), and, as CSV, the bundled standard and the test sheets kept as JSON.
   */
  static Stream<Arguments> sheets() throws IOException {
    List<Arguments> out = new ArrayList<>();
    out.add(Arguments.of("bundled " + ReferenceData.CHANGZHOU_STANDARD,
        CSV.writeStandard(ReferenceData.changzhouStandard())));
    for (String name : Sheets.ALL) {
      out.add(Arguments.of("test sheet " + name, CSV.writeStandard(Sheets.load(name))));
    }
    try (Stream<Path> files = Files.walk(root())) {
      files.filter(p -> p.toString().replace('\\', '/').contains("/src/test/resources/"))
          .filter(p -> !p.toString().contains("/target/"))
          .filter(p -> p.getFileName().toString().endsWith(".csv"))
          .sorted()
          .forEach(p -> {
            String text = read(p);
            if (text.contains("@standard")) {
              out.add(Arguments.of(root().relativize(p).toString(), text));
            }
          });
    }
    return out.stream();
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sheets")
  void csvToXlsxToJsonToCsvGivesBackTheSameStandard(String name, String csv) {
    Result<Standard> first = CSV.readStandard(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(first.isValid()).as(name + ": " + first.problems()).isTrue();
    Standard s0 = first.orElseThrow();
    String csv0 = CSV.writeStandard(s0);

    Result<Standard> fromXlsx = XLSX.readStandard(XLSX.writeStandard(s0));
    assertThat(fromXlsx.isValid()).as(name + ": " + fromXlsx.problems()).isTrue();
    assertThat(fromXlsx.orElseThrow()).isEqualTo(s0);

    Result<Standard> fromJson = JSON.readStandard(
        JSON.writeStandard(fromXlsx.orElseThrow()).getBytes(StandardCharsets.UTF_8));
    assertThat(fromJson.isValid()).as(name + ": " + fromJson.problems()).isTrue();
    assertThat(fromJson.orElseThrow()).isEqualTo(s0);

    String csv1 = CSV.writeStandard(fromJson.orElseThrow());
    assertThat(csv1).isEqualTo(csv0);
    assertThat(CSV.readStandard(csv1.getBytes(StandardCharsets.UTF_8)).orElseThrow())
        .isEqualTo(s0);
  }

  @Test
  void theTableHoldsEveryKnownTestSheet() throws IOException {
    List<String> names = sheets().map(a -> String.valueOf(a.get()[0])).toList();
    // the bundled standard, the five test sheets of this module, and the CSV sheets of the test
    // resources: at least sheet2, sheet3, facts and counted here, facts, steps, counted and
    // scale in samples
    assertThat(names).anyMatch(n -> n.endsWith("samples/src/test/resources/sheets/scale-sheet.csv"))
        .anyMatch(n -> n.endsWith("samples/src/test/resources/sheets/counted-sheet.csv"))
        .anyMatch(n -> n.endsWith("samples/src/test/resources/authoring/steps-sheet.csv"))
        .anyMatch(n -> n.endsWith("samples/src/test/resources/authoring/facts-sheet.csv"))
        .anyMatch(n -> n.endsWith("sheets/workbook/counted-sheet.csv"))
        .anyMatch(n -> n.startsWith("bundled "));
    assertThat(names).hasSizeGreaterThanOrEqualTo(1 + 5 + 8);
  }
}
