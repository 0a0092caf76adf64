package io.github.ggw.standards.rules.check;

import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Incident;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in the free text of a self-assessment (个人信息检查): a mainland resident
 * identity number (18 characters whose check character is valid under ISO 7064 MOD 11-2, GB
 * 11643-1999) or a mainland mobile number (11 digits starting 13 to 19, with or without {@code
 * +86}, single spaces or hyphens allowed in the 3-4-4 grouping).
 *
 * <p>The model has no field for a minor's name or number; free text is where such data can slip
 * in. A problem names the place (JSON pointer of the text) but never echoes the number: its
 * offending value is empty. Pure and thread-safe.
 */
public final class PersonalDataScanner {
  private static final Pattern IDENTITY = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
  private static final Pattern MOBILE =
      Pattern.compile("(?<![0-9])(?:\\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECKS = "10X98765432";

  private PersonalDataScanner() {}

  /**
   * Scans every free-text field of an assessment: the unit name, claim narratives, and the
   * topics, titles, descriptions and document numbers of evidence.
   *
   * @param assessment the assessment, not null
   * @return one problem per field and kind found ({@link ProblemCode#PERSONAL_DATA_IDENTITY_NUMBER}
   *     or {@link ProblemCode#PERSONAL_DATA_MOBILE_NUMBER}), at the field's JSON pointer, in
   *     document order; empty when none
   */
  public static List<Problem> scan(SelfAssessment assessment) {
    List<Problem> out = new ArrayList<>();
    check(assessment.getUnit().name(), "/unit/name", out);
    List<Evidence> evidence = assessment.getEvidence();
    for (int i = 0; i < evidence.size(); i++) {
      String at = "/evidence/" + i;
      freeText(evidence.get(i)).ifPresent(t -> check(t[1], at + "/" + t[0], out));
    }
    List<Claim> claims = assessment.getClaims();
    for (int i = 0; i < claims.size(); i++) {
      check(claims.get(i).narrative(), "/claims/" + i + "/narrative", out);
    }
    return out;
  }

  /** The member name and text of an evidence record's free text, if it has one. */
  private static Optional<String[]> freeText(Evidence e) {
    if (e instanceof TrainingSession t) {
      return Optional.of(new String[] {"topic", t.topic()});
    } else if (e instanceof ThemedActivity a) {
      return Optional.of(new String[] {"title", a.title()});
    } else if (e instanceof ResearchOutput r) {
      return Optional.of(new String[] {"title", r.title()});
    } else if (e instanceof DocumentRecord d) {
      return Optional.of(new String[] {"title", d.title()});
    } else if (e instanceof Incident i) {
      return Optional.of(new String[] {"description", i.description()});
    } else if (e instanceof DesignationHeld d) {
      return Optional.of(new String[] {"documentNumber", d.documentNumber()});
    }
    return Optional.empty();
  }

  /**
   * Whether a text holds a resident identity number with a valid check character.
   *
   * @param text any text, not null
   * @return true when an 18-character identity number with a valid check character occurs
   */
  public static boolean holdsIdentityNumber(String text) {
    Matcher m = IDENTITY.matcher(text);
    while (m.find()) {
      if (validCheck(m.group())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text holds a mainland mobile number.
   *
   * @param text any text, not null
   * @return true when a mobile number occurs
   */
  public static boolean holdsMobileNumber(String text) {
    return MOBILE.matcher(text).find();
  }

  /**
   * Scans one free-text value, as {@link #scan(SelfAssessment)} scans each of an assessment's: for
   * readers that report the findings of the parts of a document that did bind when the whole did
   * not.
   *
   * @param text the text, not null
   * @param pointer the JSON pointer of the value, such as {@code /claims/2/narrative}, not null
   * @return {@link ProblemCode#PERSONAL_DATA_IDENTITY_NUMBER} and/or {@link
   *     ProblemCode#PERSONAL_DATA_MOBILE_NUMBER} at the pointer; empty when none is found
   */
  public static List<Problem> scanText(String text, String pointer) {
    List<Problem> out = new ArrayList<>(0);
    check(java.util.Objects.requireNonNull(text, "text"),
        java.util.Objects.requireNonNull(pointer, "pointer"), out);
    return out;
  }

  private static void check(String text, String pointer, List<Problem> out) {
    if (holdsIdentityNumber(text)) {
      out.add(Problem.of(ProblemCode.PERSONAL_DATA_IDENTITY_NUMBER, Location.pointer(pointer),
          null));
    }
    if (holdsMobileNumber(text)) {
      out.add(Problem.of(ProblemCode.PERSONAL_DATA_MOBILE_NUMBER, Location.pointer(pointer),
          null));
    }
  }

  /** ISO 7064 MOD 11-2 as GB 11643-1999 applies it to the 18th character. */
  private static boolean validCheck(String id) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    return Character.toUpperCase(id.charAt(17)) == CHECKS.charAt(sum % 11);
  }
}
