package io.github.ggw.standards.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No message bundle of the project defines a key twice (the later silently wins, which is how
 * two features' words collide when branches merge).
 */
class BundleKeysTest {

  @Test
  void noBundleDefinesAKeyTwice() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> bundles;
    try (Stream<Path> files = Files.walk(root)) {
      bundles = files.filter(p -> p.toString().endsWith(".properties"))
          .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
          .toList();
    }
    assertThat(bundles).isNotEmpty();
    for (Path bundle : bundles) {
      Map<String, Integer> lines = new HashMap<>();
      List<String> text = read(bundle);
      for (int i = 0; i < text.size(); i++) {
        String line = text.get(i);
        if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
          continue;
        }
        String key = line.substring(0, line.indexOf('=')).strip();
        Integer first = lines.putIfAbsent(key, i + 1);
        assertThat(first).as("%s: key %s on lines %s and %d", bundle, key, first, i + 1)
            .isNull();
      }
    }
  }

  private static List<String> read(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
