package io.github.ggw.standards.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code standards} program (命令行程序). Exit codes: 0 done (a failing or vetoed unit is
 * still 0); 1 invalid input, error findings, a refused transition or an unreadable file; 2 usage
 * error; 3 internal error, reported as one message without a stack trace. All output is UTF-8
 * whatever the platform charset.
 *
 * <p>The language of a run (see {@link Languages}) is known before the command line is parsed,
 * so help ({@code help*.properties}), usage errors and everything the commands print
 * ({@code cli*.properties}) are in it. The environment (variables, standard input) reaches the
 * commands through {@link Environment}, injectable with {@link #run(PrintWriter, PrintWriter,
 * Map, InputStream, String...)}.
 */
@Command(
    name = "standards",
    mixinStandardHelpOptions = true,
    version = "standards 0.1.0",
    subcommands = {ScoreCommand.class, GenerateCommand.class,
        CheckStandardCommand.class, ConvertStandardCommand.class,
        SubmitCommand.class, ReviewCommand.class, ApproveCommand.class, CertifyCommand.class,
        WorkPointsCommand.class, DistrictSummaryCommand.class, PlanProgressCommand.class,
        MeasuresCommand.class, MatchCommand.class, MenuTemplateCommand.class,
        TemplateCommand.class, KeygenCommand.class, NewStandardCommand.class})
public final class StandardsCommand implements Callable<Integer> {
  /** Exit code: done. */
  public static final int OK = 0;
  /** Exit code: invalid input, error findings, a refused transition or an unreadable file. */
  public static final int INVALID_INPUT = 1;
  /** Exit code: usage error. */
  public static final int USAGE = 2;
  /** Exit code: internal error. */
  public static final int INTERNAL = 3;

  @Spec CommandSpec spec;

  private final Environment environment;

  /** The program in the process's environment. */
  public StandardsCommand() {
    this(Environment.system());
  }

  StandardsCommand(Environment environment) {
    this.environment = environment;
  }

  /** The environment of this run. */
  Environment environment() {
    return environment;
  }

  /** Prints the usage: a command is required. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** A short, plain description of a file error, naming the file, in the run's language. */
  static String ioMessage(IOException e, Words words) {
    String what = words.get(e instanceof NoSuchFileException ? "io.missing"
        : e instanceof FileAlreadyExistsException ? "io.notFolder"
        : e instanceof AccessDeniedException ? "io.denied"
        : e.getMessage() != null && e.getMessage().contains("Is a directory") ? "io.isFolder"
        : "io.other");
    String file = e instanceof FileSystemException f && f.getFile() != null
        ? f.getFile() : String.valueOf(e.getMessage());
    return words.get("io.message", file, what);
  }

  /**
   * Runs the program and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the program without exiting, writing UTF-8 to the standard streams.
   *
   * @param args the command line
   * @return the exit code
   */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true);
    return run(out, err, args);
  }

  /**
   * Runs the program on given writers, in the process's environment and standard input.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, System.getenv(), System.in, args);
  }

  /**
   * Runs the program on given writers, environment variables and standard input (for tests and
   * embedding): nothing of the process's own environment is read.
   *
   * @param out standard output
   * @param err standard error
   * @param env the environment variables ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG} for
   *     the language; later secrets such as {@code STANDARDS_KEY_PASSWORD})
   * @param stdin standard input, read by the argument {@code -}
   * @param args the command line
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, Map<String, String> env,
      InputStream stdin, String... args) {
    // charts draw without a display. Logging is left to java.util.logging's configuration: the
    // program ships log4j-to-jul, so Apache POI and Hibernate Validator log there too
    setIfAbsent("java.awt.headless", "true");
    // Hibernate Validator's jboss-logging straight to java.util.logging, where the Log4j API
    // would forward it anyway: a command that writes no spreadsheet then never starts the Log4j
    // API (about 90 classes, and a search for its providers)
    setIfAbsent("org.jboss.logging.provider", "jdk");
    Environment environment = new Environment(env, stdin, Languages.resolve(args, env));
    ScoreWarmUp.startFor(args);
    CommandLine cmd = commandLine(environment, args);
    cmd.setOut(out);
    cmd.setErr(err);
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The command line of a run: help, usage errors and the default of {@code --lang} in the
   * run's language, enumerated values in any case, file errors as invalid input (exit 1) and
   * any other failure as one line (exit 3).
   *
   * @param environment the run's environment
   * @return the command line, its output streams not yet set
   */
  static CommandLine commandLine(Environment environment) {
    return configure(new CommandLine(new StandardsCommand(environment)), environment);
  }

  /**
   * The command line of a run for given arguments: as {@link #commandLine(Environment)}, but
   * with only the command that the first argument names when it names one ({@link
   * CommandTree}), which prints the same for these arguments at a fraction of the cost.
   *
   * @param environment the run's environment
   * @param args the command line
   * @return the command line, its output streams not yet set
   */
  static CommandLine commandLine(Environment environment, String... args) {
    return configure(CommandTree.of(new StandardsCommand(environment), args), environment);
  }

  /** Configures a root command line, its subcommands added, as {@link #commandLine}. */
  private static CommandLine configure(CommandLine cmd, Environment environment) {
    Locale language = environment.language();
    Words words = environment.words();
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    HelpTexts.apply(cmd, HelpTexts.bundle(language));
    String defaultLanguage = Languages.tag(environment.environmentLanguage());
    cmd.setDefaultValueProvider(arg -> arg instanceof OptionSpec o
        && "--lang".equals(o.longestName()) ? defaultLanguage : null);
    cmd.setParameterExceptionHandler(new UsageErrors(words));
    cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      Throwable io = e instanceof UncheckedIOException u ? u.getCause() : e;
      if (io instanceof IOException x) {
        // a file that cannot be read or written is the user's input, not an internal error
        commandLine.getErr().println(ioMessage(x, words));
        commandLine.getErr().flush();
        return INVALID_INPUT;
      }
      commandLine.getErr().println(words.get("error.internal", e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      commandLine.getErr().flush();
      return INTERNAL;
    });
    return cmd;
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }
}
