package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one way commands take their input documents: files, folders and {@code -}.
 *
 * <ul>
 *   <li>A file is one input. Its kind is decided by content ({@link InputKind#byContent}), then
 *       by its extension; a file that neither decides is CSV when the command reads CSV, else
 *       the command's one kind (its reader then says what is wrong).
 *   <li>A folder stands for the files directly inside it whose extension names a kind the
 *       command reads, sorted by path; subfolders, hidden files and office lock files ({@code
 *       ~$…}) are left out (a subfolder often holds other forms, such as the assessments beside
 *       a folder of case files). A folder with none is refused.
 *   <li>{@code -} is one document read from standard input, named {@code stdin}; only once.
 * </ul>
 *
 * <p>Inputs keep the order of the arguments. A missing or unreadable file, an empty folder, a
 * folder where the command takes one file, and a kind the command does not read come back as
 * refused inputs with a problem in the run's language, so the command reports each under its
 * name and exits 1. Files are read only when {@link #load(Input)} is called, one at a time.
 */
final class InputResolver {
  /** The display name of standard input. */
  static final String STDIN = "stdin";
  private final Words words;
  private final Set<InputKind> accepted;
  private final boolean folders;
  private final long maxBytes;
  private final Environment env;

  /**
   * A resolver for one command.
   *
   * @param words the run's words, for the problems
   * @param accepted the kinds the command reads, in the order they are named
   * @param folders whether the command takes folders (false: one document per argument)
   * @param maxBytes the largest document read
   * @param env the run's environment, for standard input
   */
  InputResolver(Words words, Set<InputKind> accepted, boolean folders, long maxBytes,
      Environment env) {
    this.words = words;
    this.accepted = EnumSet.copyOf(accepted);
    this.folders = folders;
    this.maxBytes = maxBytes;
    this.env = env;
  }

  /**
   * The inputs the arguments name, in argument order, folders expanded.
   *
   * @param args files, folders and {@code -}
   * @return the inputs, refused ones among them
   */
  List<Input> resolve(List<Path> args) {
    List<Input> out = new ArrayList<>();
    for (Path arg : args) {
      if ("-".equals(arg.toString())) {
        out.add(stdin());
      } else if (Files.isDirectory(arg)) {
        if (folders) {
          out.addAll(folder(arg));
        } else {
          out.add(refuse(arg.toString(), words.get("input.folder")));
        }
      } else {
        out.add(file(arg));
      }
    }
    return out;
  }

  /**
   * One input: a file or {@code -} (a folder is refused).
   *
   * @param arg the argument
   * @return the input
   */
  Input resolveOne(Path arg) {
    if ("-".equals(arg.toString())) {
      return stdin();
    }
    return Files.isDirectory(arg) ? refuse(arg.toString(), words.get("input.folder"))
        : file(arg);
  }

  /**
   * One input read: a file or {@code -}, its bytes loaded.
   *
   * @param arg the argument
   * @return the input with its bytes, or refused
   */
  Input readOne(Path arg) {
    return load(resolveOne(arg));
  }

  /**
   * An input whose bytes are already at hand, such as a bundled sample.
   *
   * @param name its display name
   * @param bytes its bytes
   * @return the input, its kind decided as a file's would be
   */
  Input bundled(String name, byte[] bytes) {
    return decide(name, head(bytes), null, bytes);
  }

  /**
   * The input with its bytes read: the same input when they are at hand or it is refused, else
   * the file read, or refused when it cannot be (now missing, unreadable, larger than the limit).
   *
   * @param in an input this resolver gave
   * @return the input with its bytes, or refused
   */
  Input load(Input in) {
    if (in.isRefused() || in.bytes() != null) {
      return in;
    }
    try {
      long size = Files.size(in.file());
      if (size > maxBytes) {
        return tooLarge(in.name(), size);
      }
      return new Input(in.name(), in.kind(), in.file(), Files.readAllBytes(in.file()), List.of());
    } catch (IOException | SecurityException e) {
      return unreadable(in.name(), e);
    }
  }

  /** The kinds this command reads, named for a message: {@code JSON}, {@code JSON、CSV}… */
  String acceptedNames() {
    return accepted.stream().map(Enum::name).collect(Collectors.joining(words.get("list.sep")));
  }

  private Input stdin() {
    Optional<InputStream> stdin = env.claimStdin();
    if (stdin.isEmpty()) {
      return refuse(STDIN, words.get("input.stdinTwice"));
    }
    try {
      byte[] bytes = stdin.get().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        return tooLarge(STDIN, bytes.length);
      }
      return decide(STDIN, head(bytes), null, bytes);
    } catch (IOException e) {
      return unreadable(STDIN, e);
    }
  }

  private Input file(Path f) {
    String name = f.toString();
    try (InputStream in = Files.newInputStream(f)) {
      return decide(name, in.readNBytes(InputKind.HEAD), f, null);
    } catch (IOException | SecurityException e) {
      return unreadable(name, e);
    }
  }

  private List<Input> folder(Path dir) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(this::wanted).sorted().toList();
    } catch (IOException | SecurityException | java.io.UncheckedIOException e) {
      return List.of(unreadable(dir.toString(), e instanceof java.io.UncheckedIOException u
          ? u.getCause() : e));
    }
    if (files.isEmpty()) {
      return List.of(refuse(dir.toString(), words.get("input.emptyFolder", acceptedNames())));
    }
    return files.stream().map(this::file).toList();
  }

  /** A file in a folder that the command reads: by extension, not hidden, not a lock file. */
  private boolean wanted(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    if (name.startsWith(".") || name.startsWith("~$") || !Files.isRegularFile(p)) {
      return false;
    }
    return InputKind.byName(name).filter(accepted::contains).isPresent();
  }

  private Input decide(String name, byte[] head, Path file, byte[] bytes) {
    Optional<InputKind> kind = InputKind.byContent(head);
    if (kind.isEmpty() && file != null) {
      kind = InputKind.byName(String.valueOf(file.getFileName()));
    }
    if (kind.isEmpty()) {
      kind = accepted.contains(InputKind.CSV) ? Optional.of(InputKind.CSV)
          : accepted.size() == 1 ? accepted.stream().findFirst()
          : accepted.contains(InputKind.JSON) && InputKind.isEmptyOrJsonScalar(head)
              ? Optional.of(InputKind.JSON) : Optional.empty();
    }
    if (kind.isEmpty()) {
      return refuse(name, words.get("input.unknownKind", acceptedNames()));
    }
    if (!accepted.contains(kind.get())) {
      return refuse(name, words.get("input.wrongKind", kind.get(), acceptedNames()));
    }
    return new Input(name, kind.get(), file, bytes, List.of());
  }

  private static byte[] head(byte[] bytes) {
    return bytes.length <= InputKind.HEAD ? bytes
        : java.util.Arrays.copyOf(bytes, InputKind.HEAD);
  }

  private Input unreadable(String name, Exception e) {
    String why = e instanceof NoSuchFileException ? words.get("input.missing")
        : e instanceof AccessDeniedException || e instanceof SecurityException
            ? words.get("input.denied")
            : words.get("input.unreadable");
    return refuse(name, why);
  }

  private Input tooLarge(String name, long size) {
    return Input.refused(name, Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED, Location.unknown(),
        String.valueOf(size), "maxDocumentBytes", String.valueOf(maxBytes)));
  }

  private static Input refuse(String name, String why) {
    return Input.refused(name, Problem.of(ProblemCode.INPUT_UNREADABLE, Location.unknown(),
        name, why));
  }
}
