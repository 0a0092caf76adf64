package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The first stage of every read, before any parsing: files and streams bounded by the document
 * limit before they are read whole, and bytes screened (a UTF-8 byte-order mark skipped, UTF-16
 * and UTF-32 refused, empty and too large input refused).
 */
final class Inputs {
  private Inputs() {}

  /** Reads a file with a byte reader, refusing folders, unreadable and too large files. */
  static <T> Result<T> readFile(Path file, ReadLimits limits,
      Function<byte[], Result<T>> reader) {
    try {
      if (Files.isDirectory(file)) {
        return Result.refused(List.of(Problem.of(ProblemCode.INPUT_UNREADABLE,
            Location.unknown(), String.valueOf(file.getFileName()), "a folder, not a file")));
      }
      long size = Files.size(file);
      if (size > limits.maxDocumentBytes()) {
        return Result.refused(List.of(tooLarge(limits, String.valueOf(size))));
      }
      return reader.apply(Files.readAllBytes(file));
    } catch (IOException | SecurityException e) {
      String why = e instanceof NoSuchFileException ? "no such file"
          : e instanceof AccessDeniedException || e instanceof SecurityException
              ? "access denied" : String.valueOf(e.getMessage());
      return Result.refused(List.of(Problem.of(ProblemCode.INPUT_UNREADABLE,
          Location.unknown(), String.valueOf(file.getFileName()), file + ": " + why)));
    }
  }

  /** Reads a stream with a byte reader, reading at most the document limit plus one byte. */
  static <T> Result<T> readStream(InputStream in, ReadLimits limits,
      Function<byte[], Result<T>> reader) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
          limits.maxDocumentBytes() + 1));
      if (bytes.length > limits.maxDocumentBytes()) {
        return Result.refused(List.of(tooLarge(limits, null)));
      }
      return reader.apply(bytes);
    } catch (IOException e) {
      return Result.refused(List.of(Problem.of(ProblemCode.INPUT_UNREADABLE,
          Location.unknown(), null, e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
  }

  /** The length of a UTF-8 byte-order mark at the start of the bytes: 3 or 0. */
  static int bomLength(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
        && (b[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /** The problem of empty, too large or UTF-16/32 input, or null when the bytes may be parsed. */
  static Problem screen(byte[] b, int offset, ReadLimits limits) {
    if (b.length - offset > limits.maxDocumentBytes()) {
      return tooLarge(limits, String.valueOf(b.length));
    }
    if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
      return Problem.of(ProblemCode.INPUT_ENCODING, Location.unknown(), null, "UTF-16/UTF-32");
    }
    boolean blank = true;
    for (int i = offset; i < b.length; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return Problem.of(ProblemCode.INPUT_ENCODING, Location.unknown(), null,
            "UTF-16/UTF-32");
      }
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        blank = false;
        if (i - offset > 3) {
          break;
        }
      }
    }
    return blank ? Problem.of(ProblemCode.INPUT_EMPTY, Location.unknown(), null) : null;
  }

  private static Problem tooLarge(ReadLimits limits, String size) {
    return Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED, Location.unknown(), size,
        "maxDocumentBytes", String.valueOf(limits.maxDocumentBytes()));
  }
}
