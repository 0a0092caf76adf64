package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.sheets.StandardsCsv;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.standard.Profile;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Standards given as files on the command line: JSON or CSV, told apart by the extension ({@code
 * .csv}, {@code .json}) or, for any other name, by the first character (a JSON document starts
 * with {@code {}), optionally tailored by a profile.
 */
final class StandardFiles {
  private final StandardsJson json;
  private final StandardsCsv csv;

  StandardFiles(ReadMode mode) {
    this.json = StandardsJson.create(ReadLimits.DEFAULT, mode);
    this.csv = StandardsCsv.create();
  }

  StandardsJson json() {
    return json;
  }

  StandardsCsv csv() {
    return csv;
  }

  /** Reads a standard, then resolves the profile against it when one is given. */
  Result<Standard> read(Path file, Optional<Path> profile) {
    Result<Standard> base = isCsv(file) ? csv.readStandard(file) : json.readStandard(file);
    if (profile.isEmpty() || !base.isValid()) {
      return base;
    }
    Result<Profile> p = json.readProfile(profile.get());
    if (!p.isValid()) {
      return Result.refused(p.problems());
    }
    return json.tailor(base.orElseThrow(), p.orElseThrow());
  }

  /** Whether a path names a CSV file: by extension, else by its first non-blank character. */
  static boolean isCsv(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return true;
    }
    if (name.endsWith(".json")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      int c;
      while ((c = in.read()) == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c)) {
        continue;
      }
      return c != '{';
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** The count of error problems. */
  static long errors(java.util.List<Problem> problems) {
    return problems.stream().filter(Problem::isError).count();
  }
}
