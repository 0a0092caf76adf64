package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The enumeration tables of {@code docs/}: every table row of the form {@code | `Name` |
 * `A`, `B`, … |} lists exactly the constants of the model's enumeration of that simple name, in
 * declaration order. Enumerations are found by simple name in the packages the code keeps them
 * in, so the check survives a move between them.
 */
class DocsEnumerationsTest {
  private static final Pattern ROW = Pattern.compile(
      "^\\| `([A-Z][A-Za-z]+)` \\| (`[A-Z0-9_]+`(?:, `[A-Z0-9_]+`)*) \\|\\s*$");
  private static final List<String> PACKAGES = List.of(
      "io.github.ggw.standards.model", "io.github.ggw.standards.model.standard",
      "io.github.ggw.standards.model.assessment", "io.github.ggw.standards.model.evidence",
      "io.github.ggw.standards.model.rule", "io.github.ggw.standards.model.plan",
      "io.github.ggw.standards.model.workflow", "io.github.ggw.standards.model.problem",
      "io.github.ggw.standards.model.menu", "io.github.ggw.standards.rules",
      "io.github.ggw.standards.rules.scoring", "io.github.ggw.standards.rules.measure",
      "io.github.ggw.standards.rules.workflow", "io.github.ggw.standards.rules.plan");

  static Optional<Class<?>> enumeration(String simpleName) {
    for (String p : PACKAGES) {
      try {
        Class<?> c = Class.forName(p + "." + simpleName);
        if (c.isEnum()) {
          return Optional.of(c);
        }
      } catch (ClassNotFoundException e) {
        // try the next package
      }
    }
    return Optional.empty();
  }

  @Test
  void everyEnumerationRowListsTheModelsConstantsInOrder() {
    List<String> wrong = new ArrayList<>();
    int rows = 0;
    for (Path f : DocsClaimsTest.docsFiles()) {
      String[] lines = DocsClaimsTest.read(f).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = ROW.matcher(lines[i]);
        if (!m.matches()) {
          continue;
        }
        rows++;
        String name = m.group(1);
        List<String> listed = Arrays.stream(m.group(2).split(", "))
            .map(s -> s.substring(1, s.length() - 1)).toList();
        Optional<Class<?>> e = enumeration(name);
        if (e.isEmpty()) {
          wrong.add(f + ":" + (i + 1) + ": no enumeration " + name);
          continue;
        }
        List<String> actual = Arrays.stream(e.get().getEnumConstants())
            .map(c -> ((Enum<?>) c).name()).toList();
        if (!actual.equals(listed)) {
          wrong.add(f + ":" + (i + 1) + ": " + name + " is " + actual + ", the docs say "
              + listed);
        }
      }
    }
    assertThat(rows).as("enumeration rows in docs").isGreaterThanOrEqualTo(20);
    assertThat(wrong).isEmpty();
  }
}
