package io.github.ggw.standards.model.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Control characters in echoed text are made visible, and nothing else is touched. */
class ControlCharactersTest {
  @Test
  void eachKindOfControlCharacterHasItsVisibleForm() {
    // C0 by its control picture (U+2400 + code), DEL by U+2421, C1 and bidi controls by code
    assertThat(ControlCharacters.visible("a\u0000b\u001bc\rd\ne\tf\u007fg\u0085h\u202Ei\u2066j"))
        .isEqualTo("a␀b␛c␍d␊e␉f␡g[U+0085]h[U+202E]i[U+2066]j");
    assertThat(ControlCharacters.visibleKeepingLines("a\u001bb\nc\td\re"))
        .isEqualTo("a␛b\nc\td␍e");
  }

  @Test
  void textWithoutThemIsTheSameInstanceAndSeparatorsAreKept() {
    String plain = "武进区星河实验小学 WJ-PS-001\u3000\u200B\u00A0—2022";
    assertThat(ControlCharacters.visible(plain)).isSameAs(plain);
    assertThat(ControlCharacters.visibleKeepingLines("a\nb\tc")).isEqualTo("a\nb\tc");
    assertThat(ControlCharacters.visible(null)).isNull();
  }

  @Test
  void aProblemShowsThemAndStillMasksANumberSplitByLineBreaks() {
    Problem p = Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.unknown(),
        "电话\n138\n1234\n5678\u001b[2J", "x\u001by");
    assertThat(p.getOffendingValue()).hasValueSatisfying(v -> assertThat(v)
        .isEqualTo("电话␊[masked]␛[2J"));
    assertThat(p.getArguments()).containsExactly("x␛y");
    assertThat(p.getMessageEn() + p.getMessageZh()).doesNotContain("\u001b");
  }
}
