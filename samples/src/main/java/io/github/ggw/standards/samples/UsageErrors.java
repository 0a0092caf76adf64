package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.PersonalNumbers;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors in the run's language: picocli's own (an unknown option or command, a missing
 * option, parameter or option value, an invalid value, options that exclude each other, an
 * option given twice, too many values) mapped by exception type to messages of {@code
 * cli*.properties}, and the commands' own {@link UsageException}s as they are. Prints the
 * message, the closest names for an unknown one, and where to find the usage; exit code 2.
 */
final class UsageErrors implements IParameterExceptionHandler {
  private final Words words;

  UsageErrors(Words words) {
    this.words = words;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    // picocli's own messages quote what was typed: mask any personal number in them
    err.println(PersonalNumbers.mask(message(ex, args)));
    if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      err.println(words.get("error.didYouMean", String.join(words.get("list.or"),
          u.getSuggestions())));
    }
    err.println(words.get("error.seeHelp", cmd.getCommandSpec().qualifiedName(" ")));
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The localised message of a usage error. */
  String message(ParameterException ex, String[] args) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    if (ex instanceof UsageException) {
      return ex.getMessage();
    }
    if (ex instanceof UnmatchedArgumentException u) {
      String unmatched = String.join(" ", u.getUnmatched());
      return u.isUnknownOption() ? words.get("error.unknownOption", unmatched)
          : spec.subcommands().isEmpty() ? words.get("error.unmatched", unmatched)
          : words.get("error.unknownCommand", unmatched);
    }
    if (ex instanceof MissingParameterException m) {
      return missing(m.getMissing(), args);
    }
    if (ex instanceof MutuallyExclusiveArgsException) {
      List<String> given = exclusiveGiven(spec, args);
      return given.size() < 2 ? words.get("error.other", ex.getMessage())
          : words.get("error.exclusive", String.join(words.get("list.sep"), given));
    }
    if (ex instanceof OverwrittenOptionException o) {
      return words.get("error.overwritten", name(o.getOverwritten()));
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      return invalid(ex.getArgSpec(), ex.getValue());
    }
    if (ex instanceof MaxValuesExceededException) {
      return words.get("error.tooMany", ex.getMessage());
    }
    return words.get("error.other", ex.getMessage());
  }

  private String missing(List<ArgSpec> missing, String[] args) {
    if (missing.size() == 1 && missing.get(0) instanceof OptionSpec o && given(o, args)) {
      return words.get("error.missingValue", o.longestName(), o.paramLabel());
    }
    String names = missing.stream().map(UsageErrors::name)
        .collect(Collectors.joining(words.get("list.sep")));
    return missing.stream().allMatch(ArgSpec::isOption)
        ? words.get("error.missingOption", names)
        : words.get("error.missingParameter", names);
  }

  private String invalid(ArgSpec arg, String value) {
    Iterable<String> candidates = arg.completionCandidates();
    if (candidates != null) {
      List<String> list = new ArrayList<>();
      candidates.forEach(list::add);
      return words.get("error.invalidChoice", name(arg), value,
          String.join(words.get("list.sep"), list));
    }
    Class<?> type = arg.isMultiValue() && arg.auxiliaryTypes().length > 0
        ? arg.auxiliaryTypes()[0] : arg.type();
    try {
      return words.get("error.invalidValue", name(arg), value,
          words.get("hint." + type.getSimpleName()));
    } catch (MissingResourceException e) {
      return words.get("error.invalidValueNoHint", name(arg), value);
    }
  }

  /** The options of exclusive groups that the arguments give, when two or more of one group. */
  private static List<String> exclusiveGiven(CommandSpec spec, String[] args) {
    for (ArgGroupSpec group : groups(spec.argGroups())) {
      if (!group.exclusive()) {
        continue;
      }
      Set<String> given = new LinkedHashSet<>();
      for (ArgSpec a : group.args()) {
        if (a instanceof OptionSpec o && given(o, args)) {
          given.add(o.longestName());
        }
      }
      if (given.size() >= 2) {
        return List.copyOf(given);
      }
    }
    return List.of();
  }

  private static List<ArgGroupSpec> groups(List<ArgGroupSpec> top) {
    List<ArgGroupSpec> all = new ArrayList<>();
    for (ArgGroupSpec g : top) {
      all.add(g);
      all.addAll(groups(g.subgroups()));
    }
    return all;
  }

  /** Whether an option appears among the arguments, as {@code --name} or {@code --name=…}. */
  private static boolean given(OptionSpec o, String[] args) {
    return Arrays.stream(args).anyMatch(a -> a != null && Arrays.stream(o.names())
        .anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
  }

  /** How an option or parameter is named to the user: its longest name, or its label. */
  static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName()
        : arg instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(arg);
  }
}
