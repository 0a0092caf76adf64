package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A document that does not parse gets its one syntax problem, said in words in both languages —
 * what was found and what was expected — at its line and column, never in the parser's English.
 */
class SyntaxWordsTest {
  private static final StandardsJson JSON = StandardsJson.create();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // trailing comma in an object: the comma before the closing brace
      "trailing comma in an object|{\"kind\": \"standard\",\\n}|删去它前面的最后一个逗号|remove the last comma|2",
      // trailing comma in an array
      "trailing comma in an array|{\"applicableUnitTypes\": [\"PRIMARY\",]}|删去它前面的最后一个逗号|remove the last comma|1",
      "single quotes|{'kind': 'standard'}|不能用单引号|not single quotes|1",
      "missing closing brace|{\"kind\": \"standard\"|缺少右花括号|closing brace is missing|1",
      "missing closing bracket|{\"applicableUnitTypes\": [\"PRIMARY\"|缺少右方括号|closing bracket|1",
      "missing closing quote|{\"kind\": \"standard}|缺少结尾的英文双引号|closing double quote is missing|1",
      "unquoted text|{\"kind\": standard}|遇到未加引号的“standard”|without quotes|1",
      "missing comma|{\"kind\": \"standard\" \"formatVersion\": 1}|应为逗号|a comma|1",
      "comment|// a note\\n{}|不能写注释|no comments|1"})
  void eachSyntaxErrorIsSaidInWords(String name, String json, String zh, String en, int line) {
    List<Problem> ps = JSON.readStandard(json.replace("\\n", "\n")
        .getBytes(StandardCharsets.UTF_8)).problems();
    assertThat(ps).as(name).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.JSON_SYNTAX);
      assertThat(p.getMessageZh()).contains(zh).doesNotContain("Unexpected", "expecting",
          "code ");
      assertThat(p.getMessageEn()).contains(en).doesNotContain("Unexpected", "expecting");
      assertThat(p.getLocation().getLine()).contains(line);
      assertThat(p.getLocation().getColumn()).isPresent();
    });
  }
}
