package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.workflow.Sm2KeyPair;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.workflow.OfficeId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code standards keygen --office ID --output FILE [--valid-from TIME] [--lang zh|en]}: makes
 * an office's SM2 key pair. The private key goes to FILE, protected by the password of {@code
 * STANDARDS_KEY_PASSWORD} or the prompt: an encrypted PKCS#8 PEM when FILE ends in {@code .pem},
 * else a PKCS#12 store. The public key is printed on standard output in the registry's form,
 * for pasting into the office's {@code keys}.
 */
@Command(name = "keygen", mixinStandardHelpOptions = true)
final class KeygenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--office", required = true, paramLabel = "ID")
  String office;

  @Option(names = "--output", required = true, paramLabel = "FILE")
  Path output;

  @Option(names = "--valid-from", paramLabel = "TIME")
  OffsetDateTime validFrom;

  @Mixin Language language;

  @Override
  public Integer call() throws IOException {
    Environment env = Environment.of(spec);
    Words words = language.words();
    try {
      OfficeId.of(office);
    } catch (StandardsException e) {
      throw new UsageException(spec, words, "error.officeId", office);
    }
    PrintWriter err = spec.commandLine().getErr();
    Optional<char[]> password = KeyPasswords.password(env, words, true);
    if (password.isEmpty()) {
      err.println(words.get("key.noPassword", KeyPasswords.VARIABLE));
      return StandardsCommand.INVALID_INPUT;
    }
    Sm2KeyPair key = Sm2KeyPair.generate();
    boolean pem = output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pem");
    byte[] bytes = pem
        ? key.toEncryptedPem(password.get()).getBytes(StandardCharsets.US_ASCII)
        : key.toPkcs12(password.get());
    java.util.Arrays.fill(password.get(), '\0');
    Path written = new OutputFiles(words, err).write(output, stream -> stream.write(bytes));
    Instant from = validFrom == null ? Instant.now().truncatedTo(ChronoUnit.SECONDS)
        : validFrom.toInstant();
    PrintWriter out = spec.commandLine().getOut();
    out.println("{ \"keyId\": \"" + key.keyId() + "\", \"publicKey\": \""
        + key.publicKeyBase64() + "\", \"validFrom\": \"" + from + "\" }");
    out.flush();
    err.println(words.get("key.written", written, office));
    return StandardsCommand.OK;
  }
}
