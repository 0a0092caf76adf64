package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Docs are promises: every claim in {@code docs/} carries a marker {@code (test:
 * SimpleTestClassName#methodName)} naming the test that would fail if the claim were false. This
 * test reads every {@code docs/**}{@code /*.md} (from the samples module: {@code ../docs}) and
 * fails unless each marker names a file {@code SimpleTestClassName.java} somewhere under {@code
 * ../*}{@code /src/test/java} that declares {@code void methodName(}, and unless every docs file
 * has at least one marker. Classes are found by simple name in every module, so markers survive
 * package moves.
 */
class DocsClaimsTest {
  private static final Path ROOT = Path.of("..");
  private static final Path DOCS = ROOT.resolve("docs");
  /** A well-formed marker: the class and the method. */
  static final Pattern MARKER =
      Pattern.compile("\\(test: ([A-Za-z_][A-Za-z0-9_]*)#([A-Za-z_][A-Za-z0-9_]*)\\)");
  /** Anything that starts like a marker, well formed or not. */
  private static final Pattern MARKER_START = Pattern.compile("\\(test:");
  /** A Markdown link to a relative target: {@code [text](target)} or {@code [text](target#x)}. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)\\s]*)?\\)");

  /** A marker found in a docs file, with where it was found. */
  record Marker(Path file, int line, String className, String method) {
    @Override
    public String toString() {
      return file + ":" + line + " (test: " + className + "#" + method + ")";
    }
  }

  static List<Path> docsFiles() {
    assertThat(DOCS).as("the docs folder, from the samples module").isDirectory();
    try (Stream<Path> s = Files.walk(DOCS)) {
      return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Marker> markers(Path file, String text) {
    List<Marker> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      while (m.find()) {
        out.add(new Marker(file, i + 1, m.group(1), m.group(2)));
      }
    }
    return out;
  }

  /** Every test source file of every module, by simple class name. */
  static Map<String, List<Path>> testSources() {
    Map<String, List<Path>> out = new HashMap<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        Path tests = module.resolve("src/test/java");
        if (!Files.isDirectory(tests)) {
          continue;
        }
        try (Stream<Path> s = Files.walk(tests)) {
          s.filter(p -> p.toString().endsWith(".java")).forEach(p -> out.computeIfAbsent(
              p.getFileName().toString().replaceFirst("\\.java$", ""), k -> new ArrayList<>())
              .add(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The markers whose class file or method does not exist, in the given sources. */
  static List<Marker> missing(List<Marker> markers, Map<String, List<Path>> sources) {
    Map<Path, String> texts = new HashMap<>();
    List<Marker> out = new ArrayList<>();
    for (Marker m : markers) {
      Pattern declared = Pattern.compile("\\bvoid\\s+" + Pattern.quote(m.method()) + "\\s*\\(");
      boolean found = sources.getOrDefault(m.className(), List.of()).stream()
          .anyMatch(p -> declared.matcher(texts.computeIfAbsent(p, DocsClaimsTest::read)).find());
      if (!found) {
        out.add(m);
      }
    }
    return out;
  }

  @Test
  void everyMarkerNamesAnExistingTestMethod() {
    List<Marker> all = new ArrayList<>();
    for (Path f : docsFiles()) {
      all.addAll(markers(f, read(f)));
    }
    assertThat(all).as("markers in docs").isNotEmpty();
    assertThat(missing(all, testSources())).as("markers naming no existing test method")
        .isEmpty();
  }

  @Test
  void everyDocsFileHasAtLeastOneMarker() {
    List<Path> files = docsFiles();
    assertThat(files).as("docs files").isNotEmpty();
    assertThat(files).as("docs files without a (test: Class#method) marker")
        .allSatisfy(f -> assertThat(MARKER.matcher(read(f)).find()).as(f.toString()).isTrue());
  }

  @Test
  void everyMarkerIsWellFormed() {
    List<String> bad = new ArrayList<>();
    for (Path f : docsFiles()) {
      String[] lines = read(f).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        long starts = MARKER_START.matcher(lines[i]).results().count();
        long good = MARKER.matcher(lines[i]).results().count();
        if (starts != good) {
          bad.add(f + ":" + (i + 1) + ": " + lines[i].strip());
        }
      }
    }
    assertThat(bad).as("lines with a malformed (test: ...) marker").isEmpty();
  }

  @Test
  void relativeLinksInTheDocsResolve() {
    List<String> broken = new ArrayList<>();
    for (Path f : docsFiles()) {
      Matcher m = LINK.matcher(read(f));
      while (m.find()) {
        String target = m.group(1);
        if (target.contains("://") || target.startsWith("mailto:")) {
          continue;
        }
        if (!Files.exists(f.getParent().resolve(target))) {
          broken.add(f + " -> " + target);
        }
      }
    }
    assertThat(broken).as("links to files that do not exist").isEmpty();
  }

  /** The check itself: a marker naming no class or no method is found out. */
  @Test
  void theCheckFindsMarkersThatNameNothing() {
    Path doc = Path.of("example.md");
    List<Marker> ms = markers(doc, String.join("\n", "A claim. (test: DocsClaimsTest#"
        + "theCheckFindsMarkersThatNameNothing)", "Another. (test: NoSuchTest#anything)",
        "A third. (test: DocsClaimsTest#noSuchMethod)"));
    assertThat(ms).hasSize(3);
    assertThat(missing(ms, testSources())).extracting(Marker::line).containsExactly(2, 3);
  }
}
