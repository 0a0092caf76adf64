package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.problem.PersonalNumbers;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Personal numbers in the ways people write them, for tests that place them in every field and
 * check that no output echoes them: a resident identity number and a mobile number, each in at
 * least ten written forms (plain, spaced, hyphenated, dotted, slashed, full-width, split by
 * invisible characters, with a country prefix, mixed).
 *
 * <p>The identity numbers are valid under GB 11643-1999 (ISO 7064 MOD 11-2 check character) and
 * belong to no one known; the mobile numbers are in the 138 and 139 ranges. Immutable.
 */
public final class PersonalNumberForms {
  /**
   * A valid identity number with check character X: the weighted sum of 11010519491231002 is
   * 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167, and 167 mod 11
   * = 2, which "10X98765432" maps to X.
   */
  public static final String IDENTITY_X = "11010519491231002X";
  /**
   * A valid identity number with a digit check character: 32041219800101123 weighs
   * 21+18+0+20+8+8+2+9+48+0+0+9+0+5+8+8+6 = 170, and 170 mod 11 = 5, which "10X98765432" maps
   * to 7.
   */
  public static final String IDENTITY_7 = "320412198001011237";
  /** A mobile number. */
  public static final String MOBILE = "13812345678";
  /** Another mobile number. */
  public static final String MOBILE_2 = "13987654321";

  /**
   * One written form of a number.
   *
   * @param name what the form is, such as {@code spaced 6-8-4}, for test names
   * @param text the number as written
   * @param digits the number's characters without separators, upper-case X: what must not appear
   *     in any output once separators are removed
   * @param identity whether it is an identity number (else a mobile number)
   */
  public record Form(String name, String text, String digits, boolean identity) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a text is null
     *
     * @param name the {@code name} component, as described on the record
     * @param text the {@code text} component, as described on the record
     * @param digits the {@code digits} component, as described on the record
     * @param identity the {@code identity} component, as described on the record
     */
    public Form {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(digits, "digits");
    }

    /**
     * Whether the text is made of the characters an identifier allows ({@code [A-Za-z0-9_-]}),
     * so it can stand in a unit id, an actor id or after a letter in an elder id.
     *
     * @return true when it is
     */
    public boolean fitsAnIdentifier() {
      return text.matches("[A-Za-z0-9_-]+");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Form> IDENTITY_FORMS = List.of(
      id("plain", IDENTITY_X, IDENTITY_X),
      id("plain, digit check", IDENTITY_7, IDENTITY_7),
      id("lower-case x", "11010519491231002x", IDENTITY_X),
      id("spaced 6-8-4", "110105 19491231 002X", IDENTITY_X),
      id("hyphenated 6-8-4", "320412-19800101-1237", IDENTITY_7),
      id("dotted", "110105.19491231.002X", IDENTITY_X),
      id("slashed", "320412/19800101/1237", IDENTITY_7),
      id("full-width digits", "１１０１０５１９４９１２３１００２Ｘ", IDENTITY_X),
      id("zero-width-split", "110105\u200B19491231\u200C002X", IDENTITY_X),
      id("ideographic spaces", "320412\u300019800101\u30001237", IDENTITY_7),
      id("full-width separators", "110105－19491231．002ｘ", IDENTITY_X),
      id("mixed", "３２0412 1980\u00AD0101/\u20601237", IDENTITY_7),
      id("byte-order mark and dashes", "110105\uFEFF1949\u20141231\u2013002X", IDENTITY_X));

  private static final List<Form> MOBILE_FORMS = List.of(
      mobile("plain", MOBILE, MOBILE),
      mobile("spaced 3-4-4", "138 1234 5678", MOBILE),
      mobile("hyphenated 3-4-4", "139-8765-4321", MOBILE_2),
      mobile("dotted", "138.1234.5678", MOBILE),
      mobile("slashed", "139/8765/4321", MOBILE_2),
      mobile("full-width digits", "１３８１２３４５６７８", MOBILE),
      mobile("zero-width-split", "138\u200B1234\u200D5678", MOBILE),
      mobile("+86", "+8613987654321", MOBILE_2),
      mobile("+86 spaced", "+86 138 1234 5678", MOBILE),
      mobile("0086", "008613987654321", MOBILE_2),
      mobile("full-width +86", "＋８６ １３８－１２３４－５６７８", MOBILE),
      mobile("mixed", "0086 139\u2060.8765 / ４３２１", MOBILE_2),
      mobile("no-break and narrow spaces", "138\u00A01234\u202F5678", MOBILE));

  private PersonalNumberForms() {}

  /**
   * The identity-number forms.
   *
   * @return at least ten forms, unmodifiable
   */
  public static List<Form> identityForms() {
    return IDENTITY_FORMS;
  }

  /**
   * The mobile-number forms.
   *
   * @return at least ten forms, unmodifiable
   */
  public static List<Form> mobileForms() {
    return MOBILE_FORMS;
  }

  /**
   * Every form, identity numbers first.
   *
   * @return the forms, unmodifiable
   */
  public static List<Form> all() {
    return Stream.concat(IDENTITY_FORMS.stream(), MOBILE_FORMS.stream()).toList();
  }

  /**
   * Whether an output holds any of the table's numbers once separators, invisible characters and
   * widths are normalised ({@link PersonalNumbers#normalise(String)}): the check every "no
   * output echoes it" test makes.
   *
   * @param output any text, not null
   * @return true when one of {@link #IDENTITY_X}, {@link #IDENTITY_7}, {@link #MOBILE} or {@link
   *     #MOBILE_2} occurs in the normalised output
   */
  public static boolean leaks(String output) {
    String n = PersonalNumbers.normalise(output).toUpperCase(java.util.Locale.ROOT);
    return n.contains(IDENTITY_X) || n.contains(IDENTITY_7) || n.contains(MOBILE)
        || n.contains(MOBILE_2)
        // the 17 digits before the check character, in case an output drops it
        || n.contains(IDENTITY_X.substring(0, 17)) || n.contains(IDENTITY_7.substring(0, 17));
  }

  private static Form id(String name, String text, String digits) {
    return new Form("identity number, " + name, text, digits, true);
  }

  private static Form mobile(String name, String text, String digits) {
    return new Form("mobile number, " + name, text, digits, false);
  }
}
