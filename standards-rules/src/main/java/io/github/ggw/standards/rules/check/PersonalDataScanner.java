package io.github.ggw.standards.rules.check;

import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceFieldType;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.PersonalNumbers;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds personal data in the free text and identifiers of a self-assessment (个人信息检查): a
 * mainland resident identity number (18 characters whose check character is valid under ISO
 * 7064 MOD 11-2, GB 11643-1999) or a mainland mobile number (11 digits starting 13 to 19, with or
 * without {@code +86} or {@code 0086}), in any written form {@link PersonalNumbers} normalises:
 * full-width digits, spaces, zero-width and other invisible characters, and the separators
 * {@code -} {@code .} {@code /} and their full-width forms, in any grouping ({@code 110105
 * 19491231 002X}, {@code 138-1234-5678}).
 *
 * <p>Fields scanned: the unit's id and name, each claim's narrative, and of each evidence record
 * every text field the evidence-kind registry marks as free text ({@link
 * EvidenceKind#freeTextFields()}: topics, titles, descriptions, document numbers) or as
 * identifying a record (elder ids). Never scanned: digests (a document's {@code sha256}), dates,
 * codes and numbers. Member names of unknown JSON members, actor ids, file names and workflow
 * texts are scanned where they are read ({@link #check(String, String)}).
 *
 * <p>The model has no field for a minor's name or number; free text is where such data can slip
 * in. A problem names the place (JSON pointer of the text) but never echoes the number: its
 * offending value is empty. Pure and thread-safe.
 */
public final class PersonalDataScanner {
  private PersonalDataScanner() {}

  /**
   * Scans every free-text and identifier field of an assessment (see the class comment).
   *
   * @param assessment the assessment, not null
   * @return one problem per field and kind found ({@link ProblemCode#PERSONAL_DATA_IDENTITY_NUMBER}
   *     or {@link ProblemCode#PERSONAL_DATA_MOBILE_NUMBER}), always an error, at the field's JSON
   *     pointer, in document order; empty when none
   */
  public static List<Problem> scan(SelfAssessment assessment) {
    List<Problem> out = new ArrayList<>();
    check(assessment.getUnit().id().value(), "/unit/id", out);
    check(assessment.getUnit().name(), "/unit/name", out);
    List<Evidence> evidence = assessment.getEvidence();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      Scanned fields = SCANNED.get(e.getClass());
      for (int k = 0; k < fields.names.length; k++) {
        Object value = fields.read(e, k);
        if (value != null) {
          check(value.toString(), "/evidence/", i, fields.names[k], out);
        }
      }
    }
    List<Claim> claims = assessment.getClaims();
    for (int i = 0; i < claims.size(); i++) {
      check(claims.get(i).narrative(), "/claims/", i, "narrative", out);
    }
    return out;
  }

  /**
   * The scanned fields of each record type (its free-text fields and its identifying text
   * fields, in field order: the registry's fields are the record's components in order), with
   * their accessors, worked out once per type: one pass over an
   * assessment then reads only those fields, and builds a pointer only for a finding.
   */
  private static final ClassValue<Scanned> SCANNED = new ClassValue<>() {
    @Override
    @SuppressWarnings("unchecked")
    protected Scanned computeValue(Class<?> type) {
      return new Scanned(EvidenceKinds.of((Class<? extends Evidence>) type));
    }
  };

  /** One record type's scanned fields: member names and accessors, in field order. */
  private static final class Scanned {
    final EvidenceKind kind;
    final String[] names;
    final java.lang.reflect.Method[] accessors;

    Scanned(EvidenceKind kind) {
      this.kind = kind;
      RecordComponent[] parts = kind.recordClass().getRecordComponents();
      List<String> n = new ArrayList<>();
      List<java.lang.reflect.Method> a = new ArrayList<>();
      List<EvidenceField> fields = kind.fields();
      for (int i = 0; i < fields.size(); i++) {
        EvidenceField f = fields.get(i);
        if (f.type() == EvidenceFieldType.TEXT && (f.freeText() || f.identifying())) {
          n.add(f.name());
          a.add(parts[i].getAccessor());
        }
      }
      this.names = n.toArray(new String[0]);
      this.accessors = a.toArray(new java.lang.reflect.Method[0]);
    }

    Object read(Evidence e, int k) {
      try {
        return accessors[k].invoke(e);
      } catch (ReflectiveOperationException x) {
        throw new IllegalStateException("cannot read " + kind.name() + "." + names[k], x);
      }
    }
  }

  /** {@link #check(String, String, List)} with the pointer {@code prefix + i + "/" + name}. */
  private static void check(String text, String prefix, int i, String name, List<Problem> out) {
    if (text == null) {
      return;
    }
    List<PersonalNumbers.Found> found = PersonalNumbers.find(text);
    if (!found.isEmpty()) {
      add(found, prefix + i + "/" + name, out);
    }
  }

  /**
   * Scans one text read at a place: a member name, an actor id, a document number, a file name.
   *
   * @param text the text, or null (which holds nothing)
   * @param pointer the JSON pointer the problems are placed at, not null; masked by {@link
   *     io.github.ggw.standards.model.problem.Location} where it names the text itself
   * @return the problems, as {@link #scan(SelfAssessment)} gives them; empty when none
   */
  public static List<Problem> check(String text, String pointer) {
    List<Problem> out = new ArrayList<>();
    check(text, pointer, out);
    return out;
  }

  /**
   * Whether a text holds a resident identity number with a valid check character, in any written
   * form ({@link PersonalNumbers#holdsIdentityNumber(String)}).
   *
   * @param text any text, not null
   * @return true when an 18-character identity number with a valid check character occurs
   */
  public static boolean holdsIdentityNumber(String text) {
    return PersonalNumbers.holdsIdentityNumber(text);
  }

  /**
   * Whether a text holds a mainland mobile number, in any written form ({@link
   * PersonalNumbers#holdsMobileNumber(String)}).
   *
   * @param text any text, not null
   * @return true when a mobile number occurs
   */
  public static boolean holdsMobileNumber(String text) {
    return PersonalNumbers.holdsMobileNumber(text);
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
    if (text == null) {
      return;
    }
    add(PersonalNumbers.find(text), pointer, out);
  }

  /** The problems of what was found in one text: one per kind found, identity first. */
  private static void add(List<PersonalNumbers.Found> found, String pointer, List<Problem> out) {
    if (found.stream().anyMatch(f -> f.kind() == PersonalNumbers.Kind.IDENTITY)) {
      out.add(Problem.of(ProblemCode.PERSONAL_DATA_IDENTITY_NUMBER, Location.pointer(pointer),
          null));
    }
    if (found.stream().anyMatch(f -> f.kind() == PersonalNumbers.Kind.MOBILE)) {
      out.add(Problem.of(ProblemCode.PERSONAL_DATA_MOBILE_NUMBER, Location.pointer(pointer),
          null));
    }
  }
}
