package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;

/**
 * Where a datum comes from (出处): a document, a clause in it, whether the bundled text is the
 * official one or modelled on the public pattern, and a note saying why when it is modelled.
 *
 * @param document the document, such as 《2020年常州市武进区教育局关工委工作要点》, 1 to 200 characters
 * @param clause the clause, such as {@code §四.2}, 1 to 60 characters
 * @param status official or modelled, not null
 * @param note a note, possibly empty, at most 500 characters
 */
public record SourceRef(String document, String clause, SourceStatus status, String note) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the document or clause is blank or a text is too long
   *
   * @param document the {@code document} component, as described on the record
   * @param clause the {@code clause} component, as described on the record
   * @param status the {@code status} component, as described on the record
   * @param note the {@code note} component, as described on the record
   */
  public SourceRef {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(note, "note");
    if (document.isBlank() || document.length() > 200) {
      throw new StandardsException("a source document must be 1 to 200 characters", String.valueOf(document));
    }
    if (clause.isBlank() || clause.length() > 60) {
      throw new StandardsException("a source clause must be 1 to 60 characters", String.valueOf(clause));
    }
    if (note.length() > 500) {
      throw new StandardsException("a source note must be at most 500 characters", String.valueOf(note));
    }
  }
}
