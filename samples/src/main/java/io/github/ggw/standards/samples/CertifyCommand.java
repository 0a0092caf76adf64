package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.rules.workflow.CertificationEntry;
import io.github.ggw.standards.rules.workflow.CertificationList;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code standards certify [DIR|FILE...]}: the certification list (认定名单) of a batch of case
 * files — every {@code *.json} file of the folders given, or the bundled sample case files — each
 * read with its digests checked and its audit trail replayed; the approved units sorted by
 * district code and unit code, as a text table, JSON or CSV.
 */
@Command(name = "certify", mixinStandardHelpOptions = true,
    description = "Print the certification list (认定名单) of a folder of case files: approved "
        + "units by district and code, with designation, rating and document number.")
final class CertifyCommand implements Callable<Integer> {

  /** Output formats this command supports. */
  enum Format { text, json, csv }

  @Mixin WorkflowOptions options;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @Parameters(paramLabel = "DIR", arity = "0..*",
      description = "Folders of case files (or case files); default: the bundled samples.")
  List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Workflow workflow = options.workflow();
    if (workflow == null) {
      return StandardsCommand.INVALID_INPUT;
    }
    PrintWriter human = format == Format.text ? options.out() : options.err();
    List<CaseFile> files = new ArrayList<>();
    int refused = 0;
    for (Source s : sources()) {
      Result<CaseFile> r = s.bytes == null
          ? Result.<CaseFile>refused(List.of(Problem.of(
              ProblemCode.INPUT_UNREADABLE, Location.unknown(), s.name, "unreadable")))
          : options.workflowJson().readCaseFile(s.bytes, workflow);
      if (r.isValid()) {
        files.add(r.orElseThrow());
      } else {
        refused++;
        r.problems().forEach(p -> human.println(options.words().get("problem", s.name,
            p.getSeverity(), p.getCode(), p.getLocation(),
            p.getMessage(options.words().locale()))));
      }
    }
    CertificationList list = CertificationList.of(files);
    String body = switch (format) {
      case json -> options.workflowJson().writeCertificationList(list);
      case csv -> io.github.ggw.standards.sheets.CertificationCsv.write(list);
      case text -> table(list, options.words());
    };
    if (options.output != null) {
      Files.createDirectories(options.output);
      Path target = options.output.resolve("certification-list." + format);
      Files.writeString(target, body, StandardCharsets.UTF_8);
      human.println(options.words().get("workflow.written", target));
    } else {
      options.out().print(format == Format.csv ? body : body + "\n");
    }
    human.println(options.words().get("certified", list.filesConsidered() + refused,
        list.entries().size(), refused));
    return refused > 0 ? StandardsCommand.INVALID_INPUT : StandardsCommand.OK;
  }

  /** One input: its name and bytes (null when unreadable). */
  private record Source(String name, byte[] bytes) {}

  private List<Source> sources() throws IOException {
    List<Source> out = new ArrayList<>();
    if (inputs.isEmpty()) {
      for (String name : ReferenceData.caseFileNames()) {
        out.add(new Source("cases/" + name, ReferenceData.caseFile(name)));
      }
      return out;
    }
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        try (Stream<Path> listing = Files.list(in)) {
          for (Path f : listing.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
            out.add(new Source(f.toString(), bytes(f)));
          }
        }
      } else {
        out.add(new Source(in.toString(), bytes(in)));
      }
    }
    return out;
  }

  private byte[] bytes(Path f) {
    try {
      return Files.size(f) > options.json().getLimits().maxDocumentBytes() ? null
          : Files.readAllBytes(f);
    } catch (IOException | SecurityException e) {
      return null;
    }
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
