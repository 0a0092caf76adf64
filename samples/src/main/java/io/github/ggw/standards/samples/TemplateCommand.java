package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Profile;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.sheets.Assessments;
import io.github.ggw.standards.sheets.WorkbookLimits;
import io.github.ggw.standards.sheets.Workbooks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code standards template [--standard FILE] [--profile FILE] --unit-type TYPE [--lang]
 * [--from FILE [--year Y]] --output form.xlsx}: writes the self-assessment workbook a school
 * fills in ({@link Workbooks}), for the bundled standard unless {@code --standard} names another
 * (JSON or CSV, optionally tailored by {@code --profile}). With {@code --from}, the workbook is
 * pre-filled from an earlier self-assessment (JSON, or a workbook read against the standard) by
 * the carry-over rules; what is not carried
 * over is listed on standard error. The file is written under a temporary name and moved into
 * place; standard output keeps the summary. Exit 1 when the standard or the source has an error,
 * or the standard does not cover the unit type; 2 for a usage error.
 */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StandardOptions options;

  @Option(names = "--standard", paramLabel = "FILE")
  Path standardFile;

  @Option(names = "--profile", paramLabel = "FILE")
  Path profile;

  @Option(names = "--unit-type", paramLabel = "TYPE")
  UnitType unitType;

  @Option(names = "--from", paramLabel = "FILE")
  Path from;

  @Option(names = "--year", paramLabel = "YEAR")
  Integer year;

  @Option(names = "--output", required = true, paramLabel = "FILE")
  Path output;

  @Override
  public Integer call() throws IOException {
    Words words = options.words();
    PrintWriter err = spec.commandLine().getErr();
    if (!String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new UsageException(spec, words, "error.templateExtension", output);
    }
    if (from == null && unitType == null) {
      throw new UsageException(spec, words, "error.templateUnitType");
    }
    if (from == null && year != null) {
      throw new UsageException(spec, words, "error.templateYear");
    }
    if (year != null && (year < 2000 || year > 2100)) {
      throw new UsageException(spec, words, "error.templateYearRange", year);
    }
    Environment env = Environment.of(spec);
    Standard standard = ReferenceData.changzhouStandard();
    StandardFiles files = new StandardFiles(options.mode(), words, env);
    if (standardFile != null || profile != null) {
      StandardFiles.Read read = standardFile != null
          ? files.readWithSource(standardFile, Optional.ofNullable(profile))
          : new StandardFiles.Read(tailorBundled(files, words, env, standard), profile);
      Result<Standard> s = read.result();
      ScoreCommand.printProblems(err, words, read.source().toString(), s.problems());
      if (!s.isValid()) {
        return StandardsCommand.INVALID_INPUT;
      }
      standard = s.orElseThrow();
    }
    Locale locale = words.locale();
    Result<byte[]> workbook;
    UnitType type = unitType;
    if (from != null) {
      StandardsJson json = StandardsJson.create(ReadLimits.DEFAULT, options.mode());
      Input in = new InputResolver(words, EnumSet.of(InputKind.JSON, InputKind.XLSX), false,
          Math.max(json.getLimits().maxDocumentBytes(),
              WorkbookLimits.DEFAULT.maxCompressedBytes()), env).readOne(from);
      // a workbook is read against the new standard; JSON as it stands (it may answer another
      // version, whose claims the carry-over maps)
      Result<SelfAssessment> a = in.isRefused() ? Result.refused(in.problems())
          : Assessments.isWorkbook(in.bytes())
              ? Workbooks.read(in.bytes(), standard, options.mode())
              : json.readAssessment(in.bytes());
      ScoreCommand.printProblems(err, words, from.toString(), a.problems());
      if (!a.isValid()) {
        return StandardsCommand.INVALID_INPUT;
      }
      SelfAssessment source = a.orElseThrow();
      if (unitType != null && unitType != source.getUnit().type()) {
        throw new UsageException(spec, words, "error.templateUnitTypeMismatch", unitType,
            source.getUnit().type());
      }
      type = source.getUnit().type();
      workbook = Workbooks.template(standard, source,
          year == null ? OptionalInt.empty() : OptionalInt.of(year), locale);
      ScoreCommand.printProblems(err, words, from.toString(), workbook.problems());
    } else {
      workbook = Workbooks.template(standard, unitType, locale);
      ScoreCommand.printProblems(err, words, "template", workbook.problems());
    }
    if (!workbook.isValid()) {
      return StandardsCommand.INVALID_INPUT;
    }
    Path written = new OutputFiles(words, err).write(output, workbook.orElseThrow());
    spec.commandLine().getOut().println(words.get("templated", written, standard.getId(),
        standard.getVersion(), words.text(Labels.of(type)), workbook.warnings().size()));
    return StandardsCommand.OK;
  }

  /** The bundled standard tailored by {@code --profile}. */
  private Result<Standard> tailorBundled(StandardFiles files, Words words, Environment env,
      Standard bundled) {
    Input p = new InputResolver(words, EnumSet.of(InputKind.JSON), false,
        files.json().getLimits().maxDocumentBytes(), env).readOne(profile);
    if (p.isRefused()) {
      return Result.refused(p.problems());
    }
    Result<Profile> read = files.json().readProfile(p.bytes());
    return read.isValid() ? files.json().tailor(bundled, read.orElseThrow())
        : Result.refused(read.problems());
  }
}
