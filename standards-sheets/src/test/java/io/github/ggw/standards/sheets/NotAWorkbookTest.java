package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file sent in place of a workbook is named for what it is, in zh-CN and en, by its first bytes
 * or its zip content types. Before, anything but JSON, XML and a few spreadsheet formats was
 * "This file is ?".
 */
class NotAWorkbookTest {
  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static Stream<Arguments> files() {
    byte[] longChinese = "单位代码,单位名称\n".repeat(400).getBytes(StandardCharsets.UTF_8);
    // 4,096 bytes of it end inside a three-byte character: the sniffed part is cut, not broken
    assertThat(longChinese.length).isGreaterThan(4096);
    return Stream.of(
        Arguments.of("PDF", ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj"),
            "a PDF document", "“PDF”文档"),
        Arguments.of("PNG", ascii("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR"), "an image",
            "图片"),
        Arguments.of("JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0,
            0x10}, "an image", "图片"),
        Arguments.of("CSV in UTF-8", "单位代码,单位名称\nS01,武进实验小学\n"
            .getBytes(StandardCharsets.UTF_8), "plain text (such as CSV)", "纯文本（例如 CSV）"),
        Arguments.of("CSV in GBK", "单位代码,单位名称\nS01,武进实验小学\n"
            .getBytes(Charset.forName("GB18030")), "plain text (such as CSV)", "纯文本（例如 CSV）"),
        Arguments.of("long CSV", longChinese, "plain text (such as CSV)", "纯文本（例如 CSV）"),
        Arguments.of("JSON", ascii(" \n{\"kind\":\"self-assessment\"}"), "JSON text",
            "JSON 文本"),
        Arguments.of("HTML", ascii("<!doctype html><table>"), "XML or HTML text",
            "“XML”或 HTML 文本"),
        Arguments.of("binary", new byte[] {1, 2, 3, 0, (byte) 0x9F, 7}, "a file of unknown kind",
            "未知类型的文件"),
        Arguments.of("Word", BrokenWorkbooks.zip("[Content_Types].xml", ascii(
            "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
                + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
            "word/document.xml", ascii("<w:document/>")), "a Word document (.docx)",
            "“Word”文档（“.docx”）"),
        Arguments.of("zip", BrokenWorkbooks.zip("photo.txt", ascii("hello")),
            "a zip archive that holds no workbook", "不含工作簿的压缩包（“.zip”）"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void aFileThatIsNoWorkbookIsNamedForWhatItIs(String name, byte[] bytes, String en, String zh) {
    Result<?> r = Workbooks.read(bytes, BrokenWorkbooksTest.STANDARD);
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).hasSize(1);
    Problem p = r.problems().get(0);
    assertThat(p.getCode()).isEqualTo(ProblemCode.WORKBOOK_NOT_XLSX);
    assertThat(p.getMessageEn()).startsWith("This file is " + en + ", not an .xlsx workbook")
        .doesNotContain("?");
    assertThat(p.getMessageZh()).startsWith("此文件为" + zh + "，不是 .xlsx 工作簿")
        .contains("另存为 Excel 工作簿（.xlsx）");
    assertThat(p.getArguments()).containsExactly(en, zh);
  }
}
