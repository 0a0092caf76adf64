package io.github.ggw.standards.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code standards review --actor ID [--adjust CODE:POINTS:REASON]... [--return REASON]... CASE}:
 * the district reviews a submitted case file (区级审核把关), as submitted or with adjusted
 * judgement items, or returns it for revision (退回修改).
 */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = "District review (审核把关) of a submitted case file: accept it, adjust "
        + "judgement items with reasons, or return it for revision.")
final class ReviewCommand extends DecisionCommand {

  @Option(names = "--return", paramLabel = "REASON",
      description = "Return the file for revision with this reason (repeatable).")
  List<String> returnReasons = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!returnReasons.isEmpty() && !adjustments.isEmpty()) {
      throw usage("--return and --adjust exclude each other: a returned file is not scored");
    }
    return act((workflow, file) -> returnReasons.isEmpty()
        ? workflow.review(file, actor, adjustments)
        : workflow.returnForRevision(file, actor, returnReasons));
  }
}
