package io.github.ggw.standards.samples;

import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Which of picocli's command trees a run builds. Picocli builds the model of a command by
 * reflection over its class (options, parameters, mixins, groups); the whole tree of the
 * program's {@link StandardsCommand#commandLine(Environment) root and its seventeen commands}
 * is about a quarter of the processor time of a one-off {@code score} run. A run whose first
 * argument is exactly the name of a command (or of one of its aliases) runs that command and no
 * other, and picocli then reads nothing of the root but its name, version and standard help
 * options, and nothing of the other commands: such a run gets a root with that one command
 * only. Every other command line — no arguments, an option first ({@code --help}, {@code -h},
 * {@code --version}, {@code -V}), an unknown or misspelt command (whose error suggests the
 * closest names of all commands) — gets the whole tree. The output of a command line is the
 * same with either tree (CommandTreeTest checks it for the help, version, usage errors and
 * runs of every command, in both languages).
 *
 * <p>The one-command root is built as picocli builds the annotated one: the root's name, version
 * and standard help options are read from {@link StandardsCommand}'s {@link Command} annotation,
 * the command's model from its class's annotations, with picocli's default factory; the command
 * is found among the annotation's {@code subcommands} by its own annotation's name and aliases,
 * so the list of commands stays in one place.
 */
final class CommandTree {
  private CommandTree() {}

  /**
   * The command a command line runs when its first argument names one exactly.
   *
   * @param args the command line, not null
   * @return the class of the command the first argument names, or empty when there are no
   *     arguments or the first names no command
   */
  static Optional<Class<?>> named(String... args) {
    if (args.length == 0 || args[0] == null) {
      return Optional.empty();
    }
    for (Class<?> sub : StandardsCommand.class.getAnnotation(Command.class).subcommands()) {
      Command c = sub.getAnnotation(Command.class);
      if (c != null && (c.name().equals(args[0])
          || Arrays.asList(c.aliases()).contains(args[0]))) {
        return Optional.of(sub);
      }
    }
    return Optional.empty();
  }

  /**
   * The root command line of a run, its subcommands added but not yet configured: for a command
   * line whose first argument names a command ({@link #named(String...)}), a root with that
   * command only; else the whole tree, as picocli builds it from {@link StandardsCommand}'s
   * annotation.
   *
   * @param root the program's root object, not null
   * @param args the command line, not null
   * @return the root command line
   */
  static CommandLine of(StandardsCommand root, String... args) {
    Optional<Class<?>> only = named(args);
    if (only.isEmpty()) {
      return new CommandLine(root);
    }
    Command annotation = StandardsCommand.class.getAnnotation(Command.class);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(root)
        .name(annotation.name())
        .version(annotation.version())
        .mixinStandardHelpOptions(annotation.mixinStandardHelpOptions());
    CommandLine cmd = new CommandLine(spec);
    Class<?> sub = only.get();
    Object command;
    try {
      command = CommandLine.defaultFactory().create(sub);
    } catch (Exception e) {
      // the program's own commands have constructors without arguments: the whole tree
      // would fail alike
      throw new CommandLine.InitializationException("cannot create " + sub.getName() + ": " + e);
    }
    cmd.addSubcommand(sub.getAnnotation(Command.class).name(), command);
    return cmd;
  }
}
