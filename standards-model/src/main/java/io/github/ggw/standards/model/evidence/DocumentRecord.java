package io.github.ggw.standards.model.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A supporting document (佐证文件): minutes, a plan, a summary, a photo record or a certificate.
 *
 * @param kind the kind, not null
 * @param title the title, 1 to 200 characters (free text, not printed by {@code toString})
 * @param date the document's date, not null
 * @param sha256 the SHA-256 digest of the file as 64 lower-case hex digits, or {@code ""} when
 *     none was taken
 */
public record DocumentRecord(
    @NotNull DocumentKind kind,
    @NotBlank @Size(max = 200) String title,
    @NotNull LocalDate date,
    @NotNull @Pattern(regexp = "|[0-9a-f]{64}") String sha256)
    implements Evidence {

  /**
   * Checks that no component is null.
   *
   * @param kind the {@code kind} component, as described on the record
   * @param title the {@code title} component, as described on the record
   * @param date the {@code date} component, as described on the record
   * @param sha256 the {@code sha256} component, as described on the record
   */
  public DocumentRecord {
    Checks.required(kind, "kind");
    Checks.required(title, "title");
    Checks.required(date, "date");
    Checks.required(sha256, "sha256");
  }

  @Override
  public Optional<LocalDate> dated() {
    return Optional.of(date);
  }

  @Override
  public String toString() {
    return "DocumentRecord[" + kind + ", " + date + "]";
  }
}
