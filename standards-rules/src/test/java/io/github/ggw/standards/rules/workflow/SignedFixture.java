package io.github.ggw.standards.rules.workflow;

import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.workflow.Actor;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.Digest;
import io.github.ggw.standards.model.workflow.EventSignature;
import io.github.ggw.standards.model.workflow.Office;
import io.github.ggw.standards.model.workflow.OfficeId;
import io.github.ggw.standards.model.workflow.OfficeKey;
import io.github.ggw.standards.model.workflow.OfficeLevel;
import io.github.ggw.standards.model.workflow.Role;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A signed workflow over {@link WorkflowFixture} for the rules' own tests, with a stand-in for
 * the signature port: a "signature" is SHA-256 over the key's public text and the payload's text
 * form, so it verifies exactly when key and payload are the ones signed. It tests the rules
 * around signatures (offices, validity, demo keys, the chain); real SM2 signatures are tested in
 * standards-json.
 *
 * <p>Offices: O1 (DISTRICT 320412: R1, with keys K1, valid from 2021, and K1OLD, revoked at T0 +
 * 30 min; and the demo-fingerprinted KDEMO), OC (CITY 320400: A1, key KC). R3 is a reviewer of
 * 320412 listed by no office. KX is held by no office.
 */
final class SignedFixture {
  static final ActorId R3 = ActorId.of("R3");
  static final OfficeId O1 = OfficeId.of("O1");
  static final OfficeId OC = OfficeId.of("OC");
  static final FakeKey K1 = new FakeKey("1111111111111111", "k1-public");
  static final FakeKey K1OLD = new FakeKey("1111111111112222", "k1-old-public");
  static final FakeKey KC = new FakeKey("cccccccccccccccc", "kc-public");
  static final FakeKey KX = new FakeKey("9999999999999999", "kx-public");
  static final FakeKey KDEMO = new FakeKey(DemoKeys.FINGERPRINTS.iterator().next(), "demo");

  static final DecisionSignatures PORT = new DecisionSignatures() {
    @Override
    public Digest digest(Standard standard) {
      return Digest.of(Hashing.sha256().hashString(standard.getId() + "/"
          + standard.getVersion(), StandardCharsets.UTF_8).toString());
    }

    @Override
    public boolean verify(OfficeKey key, DecisionPayload payload, EventSignature signature) {
      return signature.signature().equals(mac(key.publicKey(), payload));
    }
  };

  private SignedFixture() {}

  static String mac(String publicKey, DecisionPayload payload) {
    return BaseEncoding.base64().encode(Hashing.sha256()
        .hashString(publicKey + "|" + payload, StandardCharsets.UTF_8).asBytes());
  }

  /** A stand-in key: signs with the mac of its public text. */
  record FakeKey(String keyId, String publicText) implements DecisionSigner {
    @Override
    public EventSignature sign(DecisionPayload payload) {
      return new EventSignature(EventSignature.SM2_SM3, keyId, mac(publicBase64(), payload));
    }

    String publicBase64() {
      return BaseEncoding.base64().encode(publicText.getBytes(StandardCharsets.UTF_8));
    }

    OfficeKey officeKey(String validFrom, Optional<Instant> revokedOn) {
      return new OfficeKey(keyId, publicBase64(), Instant.parse(validFrom), revokedOn);
    }
  }

  static UnitRegistry registry() {
    UnitRegistry plain = WorkflowFixture.registry();
    List<Actor> actors = new ArrayList<>(plain.getActors());
    actors.add(new Actor(R3, "R3", Role.DISTRICT_REVIEWER, Optional.of(DistrictCode.of("320412")),
        Set.of()));
    Office o1 = new Office(O1, OfficeLevel.DISTRICT, DistrictCode.of("320412"),
        LocalizedText.of("武进区办公室", "Wujin office"), List.of(WorkflowFixture.R1),
        List.of(K1.officeKey("2021-01-01T00:00:00Z", Optional.empty()),
            K1OLD.officeKey("2021-01-01T00:00:00Z",
                Optional.of(WorkflowFixture.T0.plusSeconds(1800))),
            KDEMO.officeKey("2021-01-01T00:00:00Z", Optional.empty())),
        Optional.empty());
    Office oc = new Office(OC, OfficeLevel.CITY, DistrictCode.of("320400"),
        LocalizedText.of("市办公室", "City office"), List.of(WorkflowFixture.A1),
        List.of(KC.officeKey("2021-01-01T00:00:00Z", Optional.empty())), Optional.empty());
    return UnitRegistry.of(plain.getUnits(), actors, List.of(o1, oc), false);
  }

  /** The signed workflow at T0, with no key. */
  static Workflow workflow() {
    return Workflow.create(WorkflowFixture.sheet(), registry(), WorkflowFixture::digest,
        Clock.fixed(WorkflowFixture.T0, ZoneOffset.UTC)).withSignatures(PORT);
  }

  /** The signed workflow at T0 + hours, with a key. */
  static Workflow at(long hours, DecisionSigner key) {
    Workflow w = workflow().withClock(Clock.fixed(
        WorkflowFixture.T0.plusSeconds(hours * 3600), ZoneOffset.UTC));
    return key == null ? w : w.signingWith(key);
  }
}
