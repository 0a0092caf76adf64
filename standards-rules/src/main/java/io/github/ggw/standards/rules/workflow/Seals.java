package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.workflow.Actor;
import io.github.ggw.standards.model.workflow.AuditEvent;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.Designation;
import io.github.ggw.standards.model.workflow.Digest;
import io.github.ggw.standards.model.workflow.EventSignature;
import io.github.ggw.standards.model.workflow.Office;
import io.github.ggw.standards.model.workflow.OfficeKey;
import io.github.ggw.standards.model.workflow.OfficeLevel;
import io.github.ggw.standards.model.workflow.Stage;
import io.github.ggw.standards.model.workflow.StageScore;
import io.github.ggw.standards.model.workflow.Transition;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The signatures of decisions (决定签名): signing a decision with an office's key when acting,
 * verifying a recorded one when replaying, and the office checks both share (the key's office,
 * its level and jurisdiction, the actor's membership, the key's validity, demo keys) and the
 * issuer's document-number pattern. Without a port the workflow is unsigned: decisions carry no
 * signature and document numbers follow the default pattern. Immutable.
 */
final class Seals {
  private final UnitRegistry registry;
  private final DecisionSignatures port;
  private final Standard standard;
  private final Digest standardDigest;

  /**
   * Seals of a workflow.
   *
   * @param registry the registry the offices and keys come from, not null
   * @param standard the workflow's standard, not null
   * @param port the signature scheme; null for an unsigned workflow
   */
  Seals(UnitRegistry registry, Standard standard, DecisionSignatures port) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.standard = Objects.requireNonNull(standard, "standard");
    this.port = port;
    this.standardDigest = port == null ? null : port.digest(standard);
  }

  /** Whether decisions are signed. */
  boolean signed() {
    return port != null;
  }

  /** The port; null when unsigned. */
  DecisionSignatures port() {
    return port;
  }

  /**
   * The decision event signed with a key, after the office checks.
   *
   * @param file the file before the decision
   * @param e the decision's event, unsigned
   * @param actor the deciding actor, as registered
   * @param score the score of the deciding stage (for a return, the self stage)
   * @param signer the key; null when none was given
   * @return the event signed for the key's office; the event itself when unsigned (the document
   *     number then checked against the default pattern)
   * @throws RefusedTransitionException {@code SIGNATURE_REQUIRED}, {@code KEY_NOT_REGISTERED}
   *     and the codes of {@link #checkOffice}
   */
  AuditEvent sign(CaseFile file, AuditEvent e, Actor actor, StageScore score,
      DecisionSigner signer) {
    if (port == null) {
      e.designation().ifPresent(d -> documentNumber(null, d));
      return e;
    }
    if (signer == null) {
      throw RefusedTransitionException.of(RefusalCode.SIGNATURE_REQUIRED, actor.id().value());
    }
    String keyId = signer.keyId();
    Office office = registry.officeOfKey(keyId).orElseThrow(() ->
        RefusedTransitionException.of(RefusalCode.KEY_NOT_REGISTERED, keyId));
    checkOffice(office, actor, e, office.key(keyId).orElseThrow());
    EventSignature signature = signer.sign(payload(file, e, office, score));
    return e.signed(office.id(), signature);
  }

  /**
   * The replayed decision event carrying the recorded signature, after verifying it.
   *
   * @param file the replayed file before the decision
   * @param e the replayed event, unsigned
   * @param actor the deciding actor, as registered
   * @param score the score of the deciding stage
   * @param recorded the event as recorded in the file read
   * @return the replayed event signed as recorded
   * @throws RefusedTransitionException {@code SIGNATURE_MISSING}, {@code OFFICE_NOT_PERMITTED},
   *     {@code KEY_NOT_OF_OFFICE}, the codes of {@link #checkOffice}, {@code SIGNATURE_INVALID}
   */
  AuditEvent verify(CaseFile file, AuditEvent e, Actor actor, StageScore score,
      AuditEvent recorded) {
    if (recorded.office().isEmpty() || recorded.signature().isEmpty()) {
      throw RefusedTransitionException.ofLabels(RefusalCode.SIGNATURE_MISSING,
          io.github.ggw.standards.model.Labels.of(e.transition()));
    }
    EventSignature signature = recorded.signature().get();
    Office office = registry.office(recorded.office().get()).orElseThrow(() ->
        RefusedTransitionException.of(RefusalCode.OFFICE_NOT_PERMITTED,
            recorded.office().get().value(), actor.id().value()));
    checkLevel(office, actor, e);
    OfficeKey key = office.key(signature.keyId()).orElseThrow(() ->
        RefusedTransitionException.of(RefusalCode.KEY_NOT_OF_OFFICE, signature.keyId(),
            office.id().value()));
    checkOffice(office, actor, e, key);
    if (!port.verify(key, payload(file, e, office, score), signature)) {
      throw RefusedTransitionException.of(RefusalCode.SIGNATURE_INVALID, signature.keyId());
    }
    return e.signed(office.id(), signature);
  }

  /**
   * The checks of an office deciding with a key: level and jurisdiction, the actor's
   * membership, the key's validity at the event, demo keys, and the document number of an
   * approval.
   *
   * @throws RefusedTransitionException {@code OFFICE_NOT_PERMITTED}, {@code
   *     ACTOR_NOT_OF_OFFICE}, {@code KEY_NOT_VALID}, {@code DEMO_KEY_REFUSED}, {@code
   *     DOCUMENT_NUMBER_OUT_OF_PATTERN}
   */
  private void checkOffice(Office office, Actor actor, AuditEvent e, OfficeKey key) {
    checkLevel(office, actor, e);
    if (!office.hasActor(actor.id())) {
      throw RefusedTransitionException.of(RefusalCode.ACTOR_NOT_OF_OFFICE, actor.id().value(),
          office.id().value());
    }
    if (!key.isValidAt(e.at())) {
      throw RefusedTransitionException.of(RefusalCode.KEY_NOT_VALID, e.at().toString(),
          key.keyId(), key.validFrom().toString(),
          key.revokedOn().map(Object::toString).orElse("—"));
    }
    if (DemoKeys.isDemo(key.keyId()) && !registry.isDemo()) {
      throw RefusedTransitionException.of(RefusalCode.DEMO_KEY_REFUSED, key.keyId());
    }
    e.designation().ifPresent(d -> documentNumber(office, d));
  }

  /**
   * Checks that an office may make the decision: of its level, and of the actor's jurisdiction.
   *
   * @throws RefusedTransitionException {@code OFFICE_NOT_PERMITTED}
   */
  private static void checkLevel(Office office, Actor actor, AuditEvent e) {
    OfficeLevel needed = stage(e.transition()) == Stage.CITY ? OfficeLevel.CITY
        : OfficeLevel.DISTRICT;
    if (office.level() != needed
        || !actor.jurisdiction().map(office.district()::equals).orElse(false)) {
      throw RefusedTransitionException.of(RefusalCode.OFFICE_NOT_PERMITTED,
          office.id().value(), actor.id().value());
    }
  }

  /**
   * Checks a designation's document number against the issuing office's pattern (the default
   * pattern without an office).
   */
  private static void documentNumber(Office office, Designation d) {
    boolean ok = office == null
        ? defaultOffice(d).matchesDocumentNumber(d.documentNumber(), d.conferredOn())
        : office.matchesDocumentNumber(d.documentNumber(), d.conferredOn());
    if (!ok) {
      throw RefusedTransitionException.of(RefusalCode.DOCUMENT_NUMBER_OUT_OF_PATTERN,
          d.documentNumber(), office == null ? Office.DEFAULT_DOCUMENT_PATTERN
              : office.documentPattern());
    }
  }

  private static Office defaultOffice(Designation d) {
    return new Office(io.github.ggw.standards.model.workflow.OfficeId.of("DEFAULT"),
        OfficeLevel.CITY, io.github.ggw.standards.model.assessment.DistrictCode.of("320400"),
        io.github.ggw.standards.model.LocalizedText.of("默认", "default"), List.of(), List.of(),
        Optional.empty());
  }

  /** The deciding stage of a decision. */
  static Stage stage(Transition t) {
    return t == Transition.APPROVED || t == Transition.REJECTED ? Stage.CITY : Stage.DISTRICT;
  }

  private DecisionPayload payload(CaseFile file, AuditEvent e, Office office, StageScore score) {
    Optional<String> previous = file.getAuditTrail().stream()
        .flatMap(x -> x.signature().stream()).reduce((a, b) -> b)
        .map(EventSignature::signature);
    return new DecisionPayload(file.getUnitId().value(), file.getYear(),
        standard.getId().value(), standard.getVersion().value(), standardDigest,
        stage(e.transition()), office.id(), e.actor(), e.at(), e.digest(), e.changes(),
        e.reasons(), e.transition(), score.roundedTotal(), score.rating(), e.designation(),
        previous);
  }
}
