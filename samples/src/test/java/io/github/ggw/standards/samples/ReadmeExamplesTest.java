package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java examples compile as written. The README declares, once, a prelude: a block
 * fenced as {@code ```java prelude} holding the imports and variables the other examples use.
 * Every other {@code ```java} block is compiled against the test class path: a block that
 * declares a class is one compilation unit (with the prelude's imports); any other block becomes
 * the body of a method, after the prelude's variables, its own imports hoisted to the top.
 */
class ReadmeExamplesTest {
  private static final Pattern BLOCK =
      Pattern.compile("(?m)^```java( prelude)?[ \\t]*\\n(.*?)^```[ \\t]*$", Pattern.DOTALL);

  @TempDir Path out;

  record Example(int line, String code) {}

  @Test
  void everyJavaBlockOfTheReadmeCompiles() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> preludeImports = new ArrayList<>();
    StringBuilder preludeBody = new StringBuilder();
    List<Example> examples = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    int preludes = 0;
    while (m.find()) {
      int line = readme.substring(0, m.start()).split("\n", -1).length;
      if (m.group(1) != null) {
        preludes++;
        for (String l : m.group(2).split("\n")) {
          if (l.startsWith("import ")) {
            preludeImports.add(l);
          } else {
            preludeBody.append(l).append('\n');
          }
        }
      } else {
        examples.add(new Example(line, m.group(2)));
      }
    }
    assertThat(preludes).as("one ```java prelude block").isEqualTo(1);
    assertThat(examples).as("java examples in the README").isNotEmpty();

    List<JavaFileObject> units = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      units.add(unit(i, examples.get(i), preludeImports, preludeBody.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(null, files, diagnostics,
          List.of("-classpath", classPath, "-d", out.toString(), "-proc:none",
              "-encoding", "UTF-8"), null, units).call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(d.getSource().getName() + ":" + d.getLineNumber() + ": "
              + d.getMessage(Locale.ROOT));
        }
      }
      assertThat(errors).as("compile errors in README examples").isEmpty();
      assertThat(ok).isTrue();
    }
  }

  private static JavaFileObject unit(int i, Example e, List<String> preludeImports,
      String preludeBody) {
    List<String> imports = new ArrayList<>(preludeImports);
    StringBuilder body = new StringBuilder();
    for (String l : e.code().split("\n")) {
      if (l.startsWith("import ")) {
        imports.add(l);
      } else {
        body.append(l).append('\n');
      }
    }
    String name = "ReadmeExample" + i + "Line" + e.line();
    boolean declaresClass = Pattern.compile("(?m)^(public |final )*(class|record|interface) ")
        .matcher(body).find();
    String source;
    if (declaresClass) {
      source = String.join("\n", imports) + "\n" + body;
      Matcher cls = Pattern.compile("(?m)^(?:public |final )*(?:class|record|interface) (\\w+)")
          .matcher(body);
      cls.find();
      name = cls.group(1);
    } else {
      source = String.join("\n", imports) + "\n"
          + "@SuppressWarnings(\"unused\")\n"
          + "class " + name + " {\n"
          + "  void example() throws Exception {\n"
          + preludeBody + body
          + "  }\n}\n";
    }
    String finalSource = source;
    return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return finalSource;
      }
    };
  }
}
