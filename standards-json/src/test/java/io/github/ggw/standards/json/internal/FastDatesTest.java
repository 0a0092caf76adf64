package io.github.ggw.standards.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link FastDates} agrees with {@link LocalDate#parse(CharSequence)} on every text of the form
 * {@code YYYY-MM-DD} that names a date, and defers (null) on every other text, including the
 * forms {@code LocalDate.parse} takes otherwise (a signed year of more digits).
 */
class FastDatesTest {
  /** What LocalDate.parse reads, or null where it refuses the text. */
  private static LocalDate reference(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalDate fromChars(String text) {
    char[] padded = ("##" + text + "#").toCharArray();
    return FastDates.parse(padded, 2, text.length());
  }

  @Test
  void everyMonthAndDayOfLeapAndCommonYearsAgreesWithLocalDateParse() {
    // 2000 and 2024 are leap years, 1900 and 2100 are not (divisible by 100, not by 400), 2023
    // is not; 0000 and 9999 are the ends of the four-digit form
    int agreedOnDates = 0;
    for (String year : new String[] {"0000", "1900", "2000", "2023", "2024", "2100", "9999"}) {
      for (int m = 0; m <= 99; m++) {
        for (int d = 0; d <= 99; d++) {
          String text = String.format("%s-%02d-%02d", year, m, d);
          LocalDate expected = reference(text);
          assertThat(FastDates.parse(text)).as(text).isEqualTo(expected);
          assertThat(fromChars(text)).as(text).isEqualTo(expected);
          agreedOnDates += expected != null ? 1 : 0;
        }
      }
    }
    // 365 days in each of 1900, 2023, 2100 and 9999 (9999 is not divisible by 4); 366 in 0000
    // (divisible by 400), 2000 and 2024: 4 × 365 + 3 × 366 = 1460 + 1098 = 2558
    assertThat(agreedOnDates).isEqualTo(2558);
  }

  @Test
  void february29thOnlyInLeapYears() {
    assertThat(FastDates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(FastDates.parse("2023-02-29")).isNull();
    assertThat(FastDates.parse("1900-02-29")).isNull();
    assertThat(FastDates.parse("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void otherFormsDefer() {
    // LocalDate.parse takes a signed year of five digits; the fast parser leaves it to it
    assertThat(reference("+12345-01-01")).isNotNull();
    for (String text : new String[] {"+12345-01-01", "2022-1-01", "2022-01-1", " 2022-01-01",
        "2022-01-01 ", "2022/01/01", "20220101", "2022-01-01T00:00", "２０２２-01-01", "",
        "2022-0a-01", "-022-01-01", "2022-01-0:"}) {
      assertThat(FastDates.parse(text)).as(text).isNull();
    }
    assertThat(FastDates.parse((CharSequence) null)).isNull();
  }

  @Test
  void anyTextOfDigitsAndSeparatorsAgreesWhereItIsOfTheFormAndDefersElsewhere() {
    Gen<String> texts = strings().betweenCodePoints('+', ':').ofLengthBetween(8, 12);
    qt().withExamples(20_000).forAll(texts).checkAssert(text -> {
      LocalDate fast = FastDates.parse(text);
      if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        assertThat(fast).as(text).isEqualTo(reference(text));
      } else {
        assertThat(fast).as(text).isNull();
      }
      assertThat(fromChars(text)).as(text).isEqualTo(fast);
    });
  }

  @Test
  void everyDateOfTheFourDigitYearsReadsBack() {
    qt().withExamples(20_000).forAll(integers().between(0, 9999), integers().between(1, 12),
        integers().between(1, 31)).assuming((y, m, d) -> d <= LocalDate.of(y, m, 1)
            .lengthOfMonth()).checkAssert((y, m, d) -> {
              LocalDate date = LocalDate.of(y, m, d);
              assertThat(FastDates.parse(date.toString())).isEqualTo(date);
            });
  }
}
