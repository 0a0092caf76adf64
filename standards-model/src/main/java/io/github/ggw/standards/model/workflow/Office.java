package io.github.ggw.standards.model.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.DistrictCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An office that reviews or approves (审核或审批机构), as the unit registry records it: its level,
 * the district or city code it acts for, its name, the actors who act for it and the public keys
 * its decisions are signed with. Reviews and returns are by an actor for a {@link
 * OfficeLevel#DISTRICT} office, approvals and rejections by an actor for a {@link
 * OfficeLevel#CITY} office (see docs/workflow.md, “Offices and signed decisions”).
 *
 * <p>An office that confers designations (the city's) publishes them under document numbers of
 * its pattern: literal text with {@code {YYYY}} for the designation's year and {@code {N}} for a
 * serial number (1 to 9999, no leading zero); the default is {@value #DEFAULT_DOCUMENT_PATTERN}.
 *
 * @param id the identifier, not null
 * @param level the level, not null
 * @param district the GB/T 2260 code it acts for: a district's, or for a city office the city's
 *     (ending {@code 00}), not null
 * @param name the office's name in zh-CN and en, not null
 * @param actors the actors who act for it, each once, at most 200
 * @param keys its public keys, each key id once, at most 50
 * @param documentNumberPattern the pattern of its document numbers; empty for the default
 */
public record Office(
    @NotNull OfficeId id,
    @NotNull OfficeLevel level,
    @NotNull @Valid DistrictCode district,
    @NotNull LocalizedText name,
    @Size(max = 200) List<@NotNull @Valid ActorId> actors,
    @Size(max = 50) List<@NotNull @Valid OfficeKey> keys,
    Optional<@Size(min = 1, max = 60) String> documentNumberPattern) {
  /** The default pattern of document numbers: {@value}. */
  public static final String DEFAULT_DOCUMENT_PATTERN = "常教关委〔{YYYY}〕{N}号";

  /**
   * Checks the components and copies the lists.
   *
   * @throws StandardsException if an actor or key id repeats, a city office's code is not
   *     city-level, or the pattern is blank, longer than 60 characters or lacks {@code {N}}
   * @throws NullPointerException if a component is null
   *
   * @param id the {@code id} component, as described on the record
   * @param level the {@code level} component, as described on the record
   * @param district the {@code district} component, as described on the record
   * @param name the {@code name} component, as described on the record
   * @param actors the {@code actors} component, as described on the record
   * @param keys the {@code keys} component, as described on the record
   * @param documentNumberPattern the {@code documentNumberPattern} component, as described on
   *     the record
   */
  public Office {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(name, "name");
    actors = ImmutableList.copyOf(actors);
    keys = ImmutableList.copyOf(keys);
    Objects.requireNonNull(documentNumberPattern, "documentNumberPattern");
    if (new HashSet<>(actors).size() != actors.size()) {
      throw new StandardsException("an office lists an actor twice: " + id, id.value());
    }
    Set<String> ids = new HashSet<>();
    for (OfficeKey k : keys) {
      if (!ids.add(k.keyId())) {
        throw new StandardsException("an office lists a key twice: " + k.keyId(), k.keyId());
      }
    }
    if (level == OfficeLevel.CITY && !Jurisdictions.isCityLevel(district)) {
      throw new StandardsException("a city office acts for a city-level code such as 320400: "
          + id, id.value());
    }
    documentNumberPattern.ifPresent(p -> {
      if (p.isBlank() || p.length() > 60 || !p.contains("{N}")) {
        throw new StandardsException(
            "a document number pattern is 1 to 60 characters and holds {N}", p);
      }
    });
  }

  /**
   * Whether an actor acts for this office.
   *
   * @param actor the actor, not null
   * @return true when listed
   */
  public boolean hasActor(ActorId actor) {
    return actors.contains(actor);
  }

  /**
   * The key of a fingerprint.
   *
   * @param keyId the key id, not null
   * @return the key this office holds under it, or empty
   */
  public Optional<OfficeKey> key(String keyId) {
    return keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
  }

  /**
   * The key valid at an instant, the latest valid one first.
   *
   * @param at the instant, not null
   * @return a key valid then, or empty
   */
  public Optional<OfficeKey> keyValidAt(Instant at) {
    return keys.stream().filter(k -> k.isValidAt(at)).reduce((a, b) -> b);
  }

  /**
   * The pattern of the office's document numbers.
   *
   * @return the declared pattern, else {@value #DEFAULT_DOCUMENT_PATTERN}
   */
  public String documentPattern() {
    return documentNumberPattern.orElse(DEFAULT_DOCUMENT_PATTERN);
  }

  /**
   * Whether a document number follows the office's pattern for a designation date: the literal
   * text as written, {@code {YYYY}} the date's year, {@code {N}} a serial number 1 to 9999
   * without a leading zero.
   *
   * @param documentNumber the document number, not null
   * @param conferredOn the designation's date, not null
   * @return true when it matches
   */
  public boolean matchesDocumentNumber(String documentNumber, LocalDate conferredOn) {
    return documentRegex(conferredOn.getYear()).matcher(documentNumber).matches();
  }

  private Pattern documentRegex(int year) {
    String p = documentPattern();
    StringBuilder regex = new StringBuilder();
    Matcher m = Pattern.compile("\\{YYYY\\}|\\{N\\}").matcher(p);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(p.substring(last, m.start())));
      regex.append(m.group().equals("{N}") ? "[1-9][0-9]{0,3}" : String.valueOf(year));
      last = m.end();
    }
    regex.append(Pattern.quote(p.substring(last)));
    return Pattern.compile(regex.toString());
  }
}
