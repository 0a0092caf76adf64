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
@Command(name = "approve", mixinStandardHelpOptions = true)
final class ApproveCommand extends DecisionCommand {

  @Option(names = "--designation", paramLabel = "KIND", defaultValue = "QUALITY_CERTIFIED")
  DesignationKind designation;

  @Option(names = "--document", paramLabel = "NUMBER")
  String document;

  @Option(names = "--date", paramLabel = "DATE")
  LocalDate date;

  @Option(names = "--reject", paramLabel = "REASON")
  List<String> rejectReasons = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!rejectReasons.isEmpty()) {
      if (!adjustments.isEmpty() || document != null || date != null) {
        throw usage("error.rejectExcludes");
      }
      return act((workflow, file) -> workflow.reject(file, actor, rejectReasons));
    }
    if (document == null || date == null) {
      throw usage("error.approvalNeeds");
    }
    Designation conferred;
    try {
      conferred = new Designation(designation, document, date);
    } catch (StandardsException e) {
      throw usage("error.documentNumber", document);
    }
    return act((workflow, file) -> workflow.approve(file, actor, adjustments, conferred));
  }
}
