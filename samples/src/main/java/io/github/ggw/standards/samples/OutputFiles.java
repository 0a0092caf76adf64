package io.github.ggw.standards.samples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one writer of the files a run leaves behind ({@code --output}). Each file is written under
 * a temporary name in its target folder and then moved into place, atomically where the file
 * system allows, so a reader never sees half a file and a failed run leaves no partial one. A run
 * never overwrites a file it wrote itself: a second file of the same name gets {@code -2}, then
 * {@code -3} … before its extension, with a warning; files from earlier runs are replaced. The
 * count of files written is the count this writer reports, nothing else. One instance per run.
 */
final class OutputFiles {
  /** Extensions kept whole when a number is put before the extension. */
  private static final List<String> COMPOUND = List.of(".case.json");

  /** What writes one file's content. */
  @FunctionalInterface
  interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream; closed by the caller
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private final Words words;
  private final PrintWriter warnings;
  private final Set<Path> taken = new HashSet<>();
  private final List<Path> written = new ArrayList<>();

  /**
   * A writer for one run.
   *
   * @param words the run's words, for the warnings
   * @param warnings where a renamed file is announced (standard error)
   */
  OutputFiles(Words words, PrintWriter warnings) {
    this.words = words;
    this.warnings = warnings;
  }

  /**
   * Refuses an {@code --output} folder that is an existing file, before a command does any work:
   * otherwise a run would read and score everything, print its summary, and only then fail to
   * write (and look as if it had written).
   *
   * @param dir the value of {@code --output}, or null when none was given
   * @throws FileAlreadyExistsException when {@code dir} exists and is not a folder (the command
   *     line reports it as a file error, exit code 1, naming the path as given)
   */
  static void requireFolder(Path dir) throws FileAlreadyExistsException {
    if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new FileAlreadyExistsException(dir.toString());
    }
  }

  /**
   * Writes a file.
   *
   * @param target where it goes; its folder is created when missing
   * @param bytes the content
   * @return the file written: the target, or the target with {@code -2}, {@code -3} … when this
   *     run already wrote a file of that name
   * @throws IOException if the folder or file cannot be written
   */
  Path write(Path target, byte[] bytes) throws IOException {
    return write(target, out -> out.write(bytes));
  }

  /**
   * Writes a file from a stream of content (for large documents).
   *
   * @param target where it goes; its folder is created when missing
   * @param content what writes the content
   * @return the file written (see {@link #write(Path, byte[])})
   * @throws IOException if the folder or file cannot be written
   */
  Path write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path file = free(absolute);
    if (!file.equals(absolute)) {
      warnings.println(words.get("output.renamed", target, target.resolveSibling(
          file.getFileName())));
    }
    // not Files.createTempFile: its owner-only permissions would stay on the file moved in place
    Path tmp = dir.resolve("." + file.getFileName() + "."
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
        content.writeTo(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    taken.add(file);
    Path shown = file.equals(absolute) ? target : target.resolveSibling(file.getFileName());
    written.add(shown);
    return shown;
  }

  /** How many files this run wrote. */
  int count() {
    return written.size();
  }

  /** The files this run wrote, in order, as named to the user. */
  List<Path> files() {
    return List.copyOf(written);
  }

  /** The target, or the first of {@code name-2.ext}, {@code name-3.ext} … not written yet. */
  private Path free(Path target) {
    if (!taken.contains(target)) {
      return target;
    }
    String name = target.getFileName().toString();
    String ext = extension(name);
    String base = name.substring(0, name.length() - ext.length());
    for (int n = 2; ; n++) {
      Path candidate = target.resolveSibling(base + "-" + n + ext);
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  /** The extension a number goes before: {@code .case.json}, else from the last dot. */
  static String extension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String c : COMPOUND) {
      if (lower.endsWith(c) && lower.length() > c.length()) {
        return name.substring(name.length() - c.length());
      }
    }
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot);
  }
}
