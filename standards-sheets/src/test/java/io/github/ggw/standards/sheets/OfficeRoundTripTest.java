package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.json.reference.ReferenceData;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real office suite writes what we read: each bundled sample's pre-filled workbook is opened
 * and saved again by LibreOffice ({@code soffice --headless --convert-to xlsx}, Debian package
 * {@code libreoffice-calc}), and the converted file reads back to the same canonical JSON and
 * score report. Runs with {@code mvn -B verify -Poffice}; the binary is {@code soffice} on the
 * PATH or the system property {@code soffice.binary}. It fails, never skips, when the binary is
 * missing. The files stay in {@code target/office/}.
 */
@Tag("office")
class OfficeRoundTripTest {

  /** The soffice binary, or a failure naming how to install it. */
  static String soffice() {
    String given = System.getProperty("soffice.binary");
    if (given != null && !given.isBlank()) {
      return given;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, "soffice");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return fail("soffice is not on the PATH: install LibreOffice Calc (Debian: apt-get install "
        + "libreoffice-calc) or give -Dsoffice.binary=/path/to/soffice");
  }

  @Test
  void eachPreFilledWorkbookSavedByLibreOfficeReadsBackTheSame() throws Exception {
    String binary = soffice();
    Path root = Path.of("target", "office").toAbsolutePath();
    Path in = Files.createDirectories(root.resolve("in"));
    Path out = Files.createDirectories(root.resolve("out"));
    Path profile = Files.createDirectories(root.resolve("profile"));
    List<String> command = new ArrayList<>(List.of(binary, "--headless", "--norestore",
        "-env:UserInstallation=" + profile.toUri(), "--convert-to", "xlsx", "--outdir",
        out.toString()));
    List<String> names = ReferenceData.sampleNames();
    for (String name : names) {
      SelfAssessment a = WorkbookRoundTripTest.sample(name);
      Path file = in.resolve(name.replace(".json", ".xlsx"));
      Files.write(file, WorkbookRoundTripTest.preFilled(a, Locale.SIMPLIFIED_CHINESE));
      Files.deleteIfExists(out.resolve(file.getFileName()));
      command.add(file.toString());
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(root.resolve("soffice.log").toFile()).start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("soffice did not finish within 300 s");
    }
    String log = Files.readString(root.resolve("soffice.log"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(log).isZero();
    for (String name : names) {
      Path converted = out.resolve(name.replace(".json", ".xlsx"));
      assertThat(converted).as(log).exists();
      byte[] bytes = Files.readAllBytes(converted);
      // the converted file is LibreOffice's own, not a copy of ours
      assertThat(bytes).isNotEqualTo(Files.readAllBytes(in.resolve(converted.getFileName())));
      WorkbookRoundTripTest.assertSameAssessment(name + " (LibreOffice)",
          WorkbookRoundTripTest.sample(name), bytes);
    }
  }
}
