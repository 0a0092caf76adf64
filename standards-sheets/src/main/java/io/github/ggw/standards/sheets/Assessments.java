package io.github.ggw.standards.sheets;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.sheets.internal.SharedReaders;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a self-assessment whatever form it came in (自评材料读取入口): a JSON document or a workbook,
 * told apart by content, not by name. Bytes that start with the zip signature {@code PK\3\4} or
 * the OLE2 signature (an {@code .xls}, {@code .et} or encrypted file, which the workbook reader
 * refuses with a message saying to save as .xlsx) are read as a workbook ({@link
 * Workbooks#read(byte[], Standard, ReadMode, WorkbookLimits)}); anything else as JSON ({@link
 * StandardsJson#readAssessment(byte[])}), followed by the same checks against the standard the
 * workbook reader makes ({@link AssessmentChecker}). Either way the result is the assessment, or
 * every problem; never an exception on bad input.
 *
 * <p>Immutable and thread-safe (static methods only).
 */
public final class Assessments {
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private Assessments() {}

  /**
   * Whether bytes are to be read as a workbook: they start with the zip or the OLE2 signature.
   *
   * @param head the first bytes of the input (four are enough), not null
   * @return true for a workbook (or a file the workbook reader refuses as no .xlsx), false for
   *     JSON and anything else
   */
  public static boolean isWorkbook(byte[] head) {
    Objects.requireNonNull(head, "head");
    if (head.length < 4) {
      return false;
    }
    boolean zip = head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    boolean ole2 = head[0] == OLE2[0] && head[1] == OLE2[1] && head[2] == OLE2[2]
        && head[3] == OLE2[3];
    return zip || ole2;
  }

  /**
   * Reads an assessment in strict mode with the default limits.
   *
   * @param bytes JSON or XLSX bytes, not null
   * @param standard the standard the assessment answers, not null
   * @return the assessment with its warnings, or every problem
   */
  public static Result<SelfAssessment> read(byte[] bytes, Standard standard) {
    return read(bytes, standard, ReadMode.STRICT);
  }

  /**
   * Reads an assessment with the default limits.
   *
   * @param bytes JSON or XLSX bytes, not null
   * @param standard the standard the assessment answers, not null
   * @param mode strict or lenient (unknown members, sheets and columns are warnings), not null
   * @return the assessment with its warnings, or every problem
   */
  public static Result<SelfAssessment> read(byte[] bytes, Standard standard, ReadMode mode) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(mode, "mode");
    if (isWorkbook(bytes)) {
      return Workbooks.read(bytes, standard, mode, WorkbookLimits.DEFAULT);
    }
    Result<SelfAssessment> read = SharedReaders.of(ReadLimits.DEFAULT, mode)
        .readAssessment(bytes);
    if (!read.isValid()) {
      return read;
    }
    List<Problem> problems = new ArrayList<>(read.problems());
    problems.addAll(AssessmentChecker.check(standard, read.orElseThrow()));
    return Result.ofChecked(read.orElseThrow(), problems);
  }

  /**
   * Reads an assessment from a file in strict mode; see {@link #read(byte[], Standard)}.
   *
   * @param file the file, not null
   * @param standard the standard the assessment answers, not null
   * @return the assessment with its warnings, or every problem; a missing, unreadable or too
   *     large file is a problem too ({@code INPUT_UNREADABLE}, {@code INPUT_LIMIT_EXCEEDED})
   */
  public static Result<SelfAssessment> read(Path file, Standard standard) {
    return read(file, standard, ReadMode.STRICT);
  }

  /**
   * Reads an assessment from a file; see {@link #read(byte[], Standard, ReadMode)}.
   *
   * @param file the file, not null
   * @param standard the standard the assessment answers, not null
   * @param mode strict or lenient, not null
   * @return the assessment with its warnings, or every problem
   */
  public static Result<SelfAssessment> read(Path file, Standard standard, ReadMode mode) {
    Objects.requireNonNull(file, "file");
    long max = Math.max(ReadLimits.DEFAULT.maxDocumentBytes(),
        WorkbookLimits.DEFAULT.maxCompressedBytes());
    try {
      long size = Files.size(file);
      if (size > max) {
        return Result.refused(List.of(Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED,
            Location.unknown(), String.valueOf(size), "maxDocumentBytes", String.valueOf(max))));
      }
      return read(Files.readAllBytes(file), standard, mode);
    } catch (IOException | SecurityException e) {
      String why = e instanceof NoSuchFileException ? "no such file: " + file
          : String.valueOf(e.getMessage());
      return Result.refused(List.of(Problem.of(ProblemCode.INPUT_UNREADABLE, Location.unknown(),
          null, why)));
    }
  }
}
