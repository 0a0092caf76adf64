package io.github.ggw.standards.samples;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code standards} program (命令行程序). Exit codes: 0 done (a failing or vetoed unit is
 * still 0); 1 invalid input, error findings, a refused transition or an unreadable file; 2 usage
 * error; 3 internal error, reported as one message without a stack trace. All output is UTF-8
 * whatever the platform charset.
 */
@Command(
    name = "standards",
    mixinStandardHelpOptions = true,
    version = "standards 0.1.0",
    description = {
      "Quality-building standards of school youth-care committees (关工委优质化建设).",
      "Scores self-assessments against a standard and explains every lost point.",
      "Takes case files through review and approval (审核认定) and lists the certified units."
    },
    subcommands = {ScoreCommand.class, GenerateCommand.class,
        // issue 3
        CheckStandardCommand.class, ConvertStandardCommand.class,
        // issue 4: review workflow
        SubmitCommand.class, ReviewCommand.class, ApproveCommand.class, CertifyCommand.class,
        // issue 5
        WorkPointsCommand.class, DistrictSummaryCommand.class, PlanProgressCommand.class})
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

  /** Prints the usage: a command is required. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** A short, plain description of a file error, naming the file. */
  static String ioMessage(java.io.IOException e) {
    String what = e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
        : e instanceof java.nio.file.FileAlreadyExistsException ? "exists and is not a folder"
        : e instanceof java.nio.file.AccessDeniedException ? "access denied"
        : e.getMessage() != null && e.getMessage().contains("Is a directory") ? "is a folder"
        : "cannot be read or written";
    String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null
        ? f.getFile() : String.valueOf(e.getMessage());
    return "cannot read or write " + file + ": " + what + " / 无法读写 " + file;
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
   * Runs the program on given writers (for tests and embedding).
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    // charts draw without a display. Logging is left to java.util.logging's configuration: the
    // program ships log4j-to-jul, so Apache POI and Hibernate Validator log there too
    setIfAbsent("java.awt.headless", "true");
    CommandLine cmd = new CommandLine(new StandardsCommand());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      Throwable io = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
      if (io instanceof java.io.IOException x) {
        // a file that cannot be read or written is the user's input, not an internal error
        commandLine.getErr().println(ioMessage(x));
        commandLine.getErr().flush();
        return INVALID_INPUT;
      }
      commandLine.getErr().println("internal error: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      commandLine.getErr().flush();
      return INTERNAL;
    });
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }
}
