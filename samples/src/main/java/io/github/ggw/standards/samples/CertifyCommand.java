package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.rules.workflow.CertificationEntry;
import io.github.ggw.standards.rules.workflow.CertificationList;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code standards certify [PATH...]}: the certification list (认定名单) of a batch of case
 * files — files, folders (every {@code *.json} directly inside) or {@code -}, or the bundled
 * sample case files — each read with its digests checked and its audit trail replayed; the
 * approved units sorted by district code and unit code, as a text table, JSON or CSV. With
 * {@code --output DIR}, the list is written there as {@code certification-list.FORMAT}. One unit
 * and year, one file: two case files of one unit and year with different content are a conflict
 * naming both, and the command writes no list and exits 1; two with the same content are counted
 * once, with a warning ({@link UnitYearFiles}).
 */
@Command(name = "certify", mixinStandardHelpOptions = true)
final class CertifyCommand implements Callable<Integer> {

  /** Output formats this command supports. */
  enum Format { text, json, csv }

  @Mixin WorkflowOptions options;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  Format format;

  @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "inputs")
  List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Workflow workflow = options.workflow();
    if (workflow == null) {
      return StandardsCommand.INVALID_INPUT;
    }
    Words words = options.words();
    // standard output keeps the list, or the summary when the list goes to a file
    PrintWriter human = format == Format.text || options.output != null ? options.out()
        : options.err();
    PrintWriter problems = options.output == null ? human : options.err();
    InputResolver resolver = new InputResolver(words, EnumSet.of(InputKind.JSON), true,
        options.json().getLimits().maxDocumentBytes(), options.environment());
    List<Input> sources = new ArrayList<>();
    if (inputs.isEmpty()) {
      for (String name : ReferenceData.caseFileNames()) {
        sources.add(resolver.bundled("cases/" + name, ReferenceData.caseFile(name)));
      }
    } else {
      sources.addAll(resolver.resolve(inputs));
    }
    List<CaseFile> files = new ArrayList<>();
    UnitYearFiles unitYears = new UnitYearFiles();
    int refused = 0;
    int repeated = 0;
    for (Input source : sources) {
      Input in = resolver.load(source);
      Result<CaseFile> r = in.isRefused() ? Result.refused(in.problems())
          : options.workflowJson().readCaseFile(in.bytes(), workflow);
      if (r.isValid()) {
        CaseFile f = r.orElseThrow();
        UnitYearFiles.Seen seen = unitYears.add(f.getUnitId().value(), f.getYear(), in.name(),
            in.bytes());
        if (seen == UnitYearFiles.Seen.FIRST) {
          files.add(f);
        } else if (seen == UnitYearFiles.Seen.SAME_CONTENT) {
          repeated++;
        }
      } else {
        refused++;
        ScoreCommand.printProblems(problems, words, in.name(), r.problems());
      }
    }
    unitYears.print(options.err(), words);
    if (unitYears.conflicts() > 0) {
      // one unit and year, one file: a conflict stops the list before anything is written
      return StandardsCommand.INVALID_INPUT;
    }
    CertificationList list = CertificationList.of(files);
    String body = switch (format) {
      case json -> options.workflowJson().writeCertificationList(list);
      case csv -> io.github.ggw.standards.sheets.CertificationCsv.write(list);
      case text -> table(list, words);
    };
    if (options.output != null) {
      Path target = new OutputFiles(words, options.err()).write(
          options.output.resolve("certification-list." + format),
          (format == Format.csv ? body : body + "\n").getBytes(StandardCharsets.UTF_8));
      human.println(words.get("workflow.written", target));
    } else {
      options.out().print(format == Format.csv ? body : body + "\n");
    }
    human.println(words.get("certified", list.filesConsidered() + refused + repeated,
        list.entries().size(), refused));
    return refused > 0 ? StandardsCommand.INVALID_INPUT : StandardsCommand.OK;
  }

  private static String table(CertificationList list, Words w) {
    TextTable t = new TextTable(List.of(w.get("col.districtCode"), w.get("col.unitId"),
        w.get("col.unitName"), w.get("col.unitType"), w.get("col.year"), w.get("col.city"),
        w.get("col.rating"), w.get("col.designation"), w.get("col.document"),
        w.get("col.date")), false, false, false, false, true, true);
    for (CertificationEntry e : list.entries()) {
      t.add(List.of(e.district().value(), e.unitId().value(), e.unitName(),
          w.text(Labels.of(e.unitType())), String.valueOf(e.year()), e.roundedTotal().toString(),
          w.text(Labels.of(e.rating())), w.text(Labels.of(e.designation().kind())),
          e.designation().documentNumber(), e.designation().conferredOn().toString()));
    }
    return w.get("certify.header") + "\n" + t.render().stripTrailing();
  }
}
