package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.workflow.Designation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code standards approve --actor ID [--adjust ...]... --document NUMBER --date DATE CASE} or
 * {@code ... --reject REASON... CASE}: the city approves a reviewed case file (市级审批) as
 * reviewed or with adjusted judgement items and confers a designation under a document number,
 * or rejects it with reasons.
 */
@Command(name = "approve", mixinStandardHelpOptions = true,
    description = "City approval (审批) of a reviewed case file: confer a designation under a "
        + "document number, as reviewed or with adjusted judgement items; or reject it.")
final class ApproveCommand extends DecisionCommand {

  @Option(names = "--designation", paramLabel = "KIND", defaultValue = "QUALITY_CERTIFIED",
      description = "The designation conferred: ${COMPLETION-CANDIDATES} "
          + "(default ${DEFAULT-VALUE}).")
  DesignationKind designation;

  @Option(names = "--document", paramLabel = "NUMBER",
      description = "The document number (文号), such as 常教关委〔2022〕4号.")
  String document;

  @Option(names = "--date", paramLabel = "DATE",
      description = "The document's date, such as 2022-12-20.")
  LocalDate date;

  @Option(names = "--reject", paramLabel = "REASON",
      description = "Reject the file with this reason (repeatable).")
  List<String> rejectReasons = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!rejectReasons.isEmpty()) {
      if (!adjustments.isEmpty() || document != null || date != null) {
        throw usage("--reject excludes --adjust, --document and --date");
      }
      return act((workflow, file) -> workflow.reject(file, actor, rejectReasons));
    }
    if (document == null || date == null) {
      throw usage("an approval needs --document and --date (or reject with --reject)");
    }
    Designation conferred;
    try {
      conferred = new Designation(designation, document, date);
    } catch (StandardsException e) {
      throw usage(e.getMessage());
    }
    return act((workflow, file) -> workflow.approve(file, actor, adjustments, conferred));
  }
}
