package io.github.ggw.standards.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary folders named with letters only ({@code junit-qhzkw…}). JUnit's default names carry a
 * long random number, and the command line masks any run of digits that may be a personal
 * number (an identity number has a valid check character about one time in eleven), so a test
 * that compares printed paths would fail by chance. Set as the default factory in {@code
 * junit-platform.properties}.
 */
public final class LetterNamedTempDirs implements TempDirFactory {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension)
      throws IOException {
    Path base = Path.of(System.getProperty("java.io.tmpdir"));
    for (int attempt = 0; ; attempt++) {
      StringBuilder name = new StringBuilder("junit-");
      for (int i = 0; i < 12; i++) {
        name.append((char) ('a' + RANDOM.nextInt(26)));
      }
      try {
        return Files.createDirectory(base.resolve(name.toString()));
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }
}
