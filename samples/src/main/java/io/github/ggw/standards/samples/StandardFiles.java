package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.sheets.StandardWorkbooks;
import io.github.ggw.standards.sheets.StandardsCsv;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.standard.Profile;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.problem.Problem;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Standards given on the command line ({@code FILE} or {@code -}): JSON, CSV or an XLSX workbook
 * ({@link StandardWorkbooks}), told apart by {@link InputResolver} (content: the zip signature is
 * XLSX, {@code {} JSON, anything else CSV; then extension), optionally tailored by a profile
 * (JSON). Every command that takes a standard reads it here, so all take the three forms.
 */
final class StandardFiles {
  private final StandardsJson json;
  private final StandardsCsv csv;
  private final StandardWorkbooks xlsx;
  private final InputResolver standards;
  private final InputResolver profiles;

  StandardFiles(ReadMode mode, Words words, Environment env) {
    this.json = StandardsJson.create(ReadLimits.DEFAULT, mode);
    this.csv = StandardsCsv.create();
    this.xlsx = StandardWorkbooks.create();
    long max = json.getLimits().maxDocumentBytes();
    this.standards = new InputResolver(words, EnumSet.of(InputKind.JSON, InputKind.CSV, InputKind.XLSX),
        false,
        max, env);
    this.profiles = new InputResolver(words, EnumSet.of(InputKind.JSON), false, max, env);
  }

  StandardsJson json() {
    return json;
  }

  StandardsCsv csv() {
    return csv;
  }

  StandardWorkbooks xlsx() {
    return xlsx;
  }

  /**
   * A standard read, and the file its problems were found in: the standard's own file, or the
   * profile's once the standard read and the profile was resolved against it (the profile's
   * findings are located in the profile).
   *
   * @param result the standard, tailored when a profile was given, or its problems
   * @param source the file the problems of {@code result} name their places in
   */
  record Read(Result<Standard> result, Path source) {}

  /** Reads a standard, then resolves the profile against it when one is given. */
  Result<Standard> read(Path file, Optional<Path> profile) {
    return readWithSource(file, profile).result();
  }

  /**
   * Reads a standard, then resolves the profile against it when one is given, saying which of
   * the two files the problems are in.
   */
  Read readWithSource(Path file, Optional<Path> profile) {
    Input in = standards.readOne(file);
    if (in.isRefused()) {
      return new Read(Result.refused(in.problems()), file);
    }
    Result<Standard> base = switch (in.kind()) {
      case CSV -> csv.readStandard(in.bytes());
      case XLSX -> xlsx.readStandard(in.bytes());
      default -> json.readStandard(in.bytes());
    };
    if (profile.isEmpty() || !base.isValid()) {
      return new Read(base, file);
    }
    Path source = profile.get();
    Input p = profiles.readOne(source);
    if (p.isRefused()) {
      return new Read(Result.refused(p.problems()), source);
    }
    Result<Profile> read = json.readProfile(p.bytes());
    if (!read.isValid()) {
      return new Read(Result.refused(read.problems()), source);
    }
    Result<Standard> tailored = json.tailor(base.orElseThrow(), read.orElseThrow());
    // the profile's findings point into the profile: give them its lines and columns
    List<Problem> located = json.locate(p.bytes(), tailored.problems());
    return new Read(tailored.isValid() ? Result.of(tailored.orElseThrow(), located)
        : Result.refused(located), source);
  }

  /** The count of error problems. */
  static long errors(List<Problem> problems) {
    return problems.stream().filter(Problem::isError).count();
  }
}
