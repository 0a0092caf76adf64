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
@Command(name = "review", mixinStandardHelpOptions = true)
final class ReviewCommand extends DecisionCommand {

  @Option(names = "--return", paramLabel = "REASON")
  List<String> returnReasons = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!returnReasons.isEmpty() && !adjustments.isEmpty()) {
      throw usage("error.returnAndAdjust");
    }
    return act((workflow, file) -> returnReasons.isEmpty()
        ? workflow.review(file, actor, adjustments)
        : workflow.returnForRevision(file, actor, returnReasons));
  }
}
