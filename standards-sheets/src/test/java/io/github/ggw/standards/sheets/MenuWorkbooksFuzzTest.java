package io.github.ggw.standards.sheets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ggw.standards.json.ReaderFuzzing;

/**
 * Fuzz test of the menu workbook reader {@link MenuWorkbooks#read(byte[])}. Regression mode in
 * every build over the seeds in {@code MenuWorkbooksFuzzTestInputs/read/}: the blank templates
 * (zh-CN and en), the bundled needs and resource menus written as workbooks in both languages, a
 * truncated one and one with bytes flipped. The oracle is {@link ReaderFuzzing#check} (shared from
 * the tests of standards-json).
 */
class MenuWorkbooksFuzzTest {

  @FuzzTest
  void read(byte[] input) {
    ReaderFuzzing.warmUp("MenuWorkbooks.read", () -> MenuWorkbooks.read(ReaderFuzzing.seed(
        MenuWorkbooksFuzzTest.class, "read", "bundled-menus-zh.xlsx")));
    ReaderFuzzing.check("MenuWorkbooks.read", input, () -> MenuWorkbooks.read(input));
  }
}
