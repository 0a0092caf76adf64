package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Messages;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file that is no XLSX workbook is, in words for the message of {@code
 * WORKBOOK_NOT_XLSX} (文件类型识别), in zh-CN and en from the bundles {@code
 * io/github/ggw/standards/sheets/internal/files*.properties}: an old Excel or WPS file, a binary
 * or macro-enabled workbook, an OpenDocument spreadsheet, a Word document or PowerPoint
 * presentation, another zip archive, a PDF document, an image, JSON, XML or HTML, plain text
 * (such as CSV), or a file of unknown kind. The kinds are told by the first bytes (magic numbers
 * of the formats) or, inside a zip, by its content types; nothing is guessed from a file name.
 * Stateless and thread-safe.
 */
public final class FileKinds {
  private static final String BUNDLE = "io.github.ggw.standards.sheets.internal.files";
  private static final Messages ZH = Messages.of(BUNDLE, Locale.SIMPLIFIED_CHINESE);
  private static final Messages EN = Messages.of(BUNDLE, Locale.ROOT);
  /** How many bytes of a file are looked at to tell text from binary. */
  private static final int SNIFFED = 4096;

  private FileKinds() {}

  /**
   * The words for one kind of the bundle.
   *
   * @param kind the kind's key after {@code file.}: {@code xls}, {@code xlsb}, {@code xlsm},
   *     {@code ods}, {@code docx}, {@code pptx}, {@code zip}, {@code pdf}, {@code image}, {@code
   *     json}, {@code markup}, {@code text} or {@code unknown}; not null
   * @return what the file is, in both languages, such as "a PDF document" / "PDF 文档"
   * @throws java.util.MissingResourceException for any other kind
   */
  public static LocalizedText named(String kind) {
    return LocalizedText.of(ZH.get("file." + kind), EN.get("file." + kind));
  }

  /**
   * What a file without the zip signature is, from its first bytes: a PDF document ({@code
   * %PDF}), an image (PNG, JPEG, GIF, BMP, WebP), JSON (first non-blank character <code>&#123;
   * </code> or {@code [}), XML or HTML ({@code <}), plain text (its first 4,096 bytes, byte-order mark
   * skipped, decode as UTF-8 or GB18030 and hold no NUL or other control character than tab,
   * line feed, carriage return and form feed), else a file of unknown kind.
   *
   * @param bytes the file, not null
   * @return what it is, in both languages
   */
  public static LocalizedText ofBytes(byte[] bytes) {
    return named(kindOf(bytes));
  }

  private static String kindOf(byte[] b) {
    if (startsWith(b, "%PDF")) {
      return "pdf";
    }
    if (startsWith(b, "\u0089PNG") || b.length >= 3 && (b[0] & 0xFF) == 0xFF
        && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF || startsWith(b, "GIF8")
        || startsWith(b, "BM") && b.length > 14 || startsWith(b, "RIFF") && b.length >= 12
        && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
      return "image";
    }
    int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
        && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    int start = i;
    while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
      i++;
    }
    if (i < b.length && (b[i] == '{' || b[i] == '[')) {
      return "json";
    }
    if (i < b.length && b[i] == '<') {
      return "markup";
    }
    return text(b, start) ? "text" : "unknown";
  }

  /** Whether the first bytes from {@code from} read as text in UTF-8 or GB18030. */
  private static boolean text(byte[] b, int from) {
    int end = Math.min(b.length, from + SNIFFED);
    for (int k = from; k < end; k++) {
      int c = b[k] & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
        return false;
      }
    }
    boolean whole = end == b.length;
    return decodes(StandardCharsets.UTF_8, b, from, end, whole)
        || decodes(Charset.forName("GB18030"), b, from, end, whole);
  }

  /**
   * Whether {@code b[from, end)} decodes without error; when the bytes go on after {@code end},
   * a character cut at the end is no error (the decoder is told that more input follows).
   */
  private static boolean decodes(Charset cs, byte[] b, int from, int end, boolean whole) {
    CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(end - from + 1);
    CoderResult r = decoder.decode(ByteBuffer.wrap(b, from, end - from), out, whole);
    return !r.isError() && (!whole || !decoder.flush(out).isError());
  }

  private static boolean startsWith(byte[] b, String ascii) {
    if (b.length < ascii.length()) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      if ((b[k] & 0xFF) != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
