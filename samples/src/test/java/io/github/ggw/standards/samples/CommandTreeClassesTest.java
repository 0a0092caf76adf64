package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the one-command tree ({@link CommandTree}) no longer loads: the program runs in a JVM of
 * its own with {@code -Xlog:class+load} into a file. Building picocli's model of a command loads
 * the types of its options, mixins and converters; the whole tree ({@code --help}) loads those of
 * every command, a {@code score} run only those of {@code score}.
 */
class CommandTreeClassesTest {
  /**
   * Classes that only other commands' options, mixins and converters need: the review workflow's
   * options and converters (submit, review, approve, certify), the workflow, plan progress and
   * district statistics types those options name, and the test kit's generator ({@code
   * generate}).
   */
  static final List<String> OTHER_COMMANDS_ONLY = List.of(
      "io.github.ggw.standards.samples.WorkflowOptions",
      "io.github.ggw.standards.samples.AdjustmentConverter",
      "io.github.ggw.standards.samples.ActorIdConverter",
      "io.github.ggw.standards.rules.workflow.Workflow",
      "io.github.ggw.standards.rules.plan.PlanProgress",
      "io.github.ggw.standards.rules.stats.DistrictSummary",
      "io.github.ggw.standards.testkit.synthetic.SyntheticAssessments");

  @TempDir Path dir;

  @Test
  void theWholeTreeOfHelpLoadsTheOtherCommandsOptionTypes() throws Exception {
    String loaded = loadedClasses(List.of("--help"));
    for (String name : OTHER_COMMANDS_ONLY) {
      assertThat(loaded).contains(" " + name + " ");
    }
  }

  @Test
  void scoreLoadsNoneOfTheOtherCommandsOptionTypes() throws Exception {
    Path sample = dir.resolve("01.json");
    Files.write(sample, ReferenceData.sample("01-excellent-primary.json"));
    for (List<String> args : List.of(List.of("score", sample.toString()),
        List.of("score", "--help"))) {
      String loaded = loadedClasses(args);
      assertThat(loaded).as("%s", args).contains(" " + ScoreCommand.class.getName() + " ");
      for (String name : OTHER_COMMANDS_ONLY) {
        assertThat(loaded).as("%s", args).doesNotContain(" " + name + " ");
      }
    }
  }

  private String loadedClasses(List<String> args) throws Exception {
    return ColdStartClassesTest.loadedClasses(dir, args);
  }
}
