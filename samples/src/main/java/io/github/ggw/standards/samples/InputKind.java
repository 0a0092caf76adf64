package io.github.ggw.standards.samples;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document the program reads, told apart by content first: JSON when the first
 * character other than white space (after an optional UTF-8 byte-order mark) is {@code {} or
 * {@code [}; XLSX when the bytes start with the zip signature {@code PK\3\4} or the OLE2 signature
 * ({@code .xls}, {@code .et} and encrypted files, which the workbook reader refuses); otherwise by the
 * file name's extension.
 */
enum InputKind {
  /** A JSON document (or a stream of them). */
  JSON(".json"),
  /** An Excel workbook. */
  XLSX(".xlsx"),
  /** A table of comma-separated values. */
  CSV(".csv");

  /**
   * Extensions of workbooks in other formats ({@code .xls}, {@code .xlsm}, {@code .et}, {@code
   * .ods}): taken as XLSX, so that a folder's such files are read and refused with the message to
   * save them as .xlsx, never skipped.
   */
  static final java.util.List<String> OTHER_WORKBOOKS = java.util.List.of(".xls", ".xlsm", ".et",
      ".ods");

  /** How many leading bytes decide the kind by content. */
  static final int HEAD = 8192;

  private final String extension;

  InputKind(String extension) {
    this.extension = extension;
  }

  /** The file name extension of this kind, with its dot. */
  String extension() {
    return extension;
  }

  /**
   * The kind the content shows.
   *
   * @param head the first bytes (up to {@link #HEAD} are looked at)
   * @return JSON or XLSX, or empty when the content does not decide (CSV has no signature)
   */
  static Optional<InputKind> byContent(byte[] head) {
    int n = head.length;
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Optional.of(XLSX);
    }
    if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
        && (head[3] & 0xFF) == 0xE0) {
      // an OLE2 file (.xls, .et, an encrypted workbook): the workbook reader refuses it, saying
      // to save it as .xlsx
      return Optional.of(XLSX);
    }
    int i = firstContent(head);
    return i < n && (head[i] == '{' || head[i] == '[') ? Optional.of(JSON) : Optional.empty();
  }

  /**
   * The index of the first byte after an optional UTF-8 byte-order mark and white space (space,
   * tab, CR, LF); {@code head.length} when there is none.
   */
  private static int firstContent(byte[] head) {
    int n = head.length;
    int i = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    return i;
  }

  /**
   * Whether content without a signature is nothing (white space only, after an optional UTF-8
   * byte-order mark) or starts like a JSON value that is not an object or array ({@code null},
   * {@code true}, {@code false}, a string or a number): for a command that reads JSON but not
   * CSV, such content is a JSON document, whose reader then says what is wrong with it (empty,
   * or of the wrong type) better than "cannot tell the format".
   *
   * @param head the first bytes, not null
   * @return true for empty or scalar-looking content
   */
  static boolean isEmptyOrJsonScalar(byte[] head) {
    int i = firstContent(head);
    if (i == head.length) {
      return true;
    }
    byte b = head[i];
    return b == '"' || b == 'n' || b == 't' || b == 'f' || b == '-' || b >= '0' && b <= '9';
  }

  /**
   * The kind a file name's extension names.
   *
   * @param fileName a file name
   * @return the kind, or empty for any other extension
   */
  static Optional<InputKind> byName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    for (String other : OTHER_WORKBOOKS) {
      if (name.endsWith(other)) {
        return Optional.of(XLSX);
      }
    }
    for (InputKind k : values()) {
      if (name.endsWith(k.extension)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
