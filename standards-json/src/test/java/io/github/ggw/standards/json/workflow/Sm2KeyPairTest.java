package io.github.ggw.standards.json.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.BaseEncoding;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.Digest;
import io.github.ggw.standards.model.workflow.EventSignature;
import io.github.ggw.standards.model.workflow.OfficeId;
import io.github.ggw.standards.model.workflow.OfficeKey;
import io.github.ggw.standards.model.workflow.Stage;
import io.github.ggw.standards.model.workflow.Transition;
import io.github.ggw.standards.rules.workflow.DecisionPayload;
import io.github.ggw.standards.rules.workflow.DemoKeys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.security.Signature;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/** SM2 key pairs: both key-file formats, key ids, and signatures that verify only as signed. */
class Sm2KeyPairTest {
  private static final Sm2KeyPair KEY = Sm2KeyPair.generate();
  private static final char[] PASSWORD = "correct horse".toCharArray();
  private static final Digest D = Digest.of("ab".repeat(32));

  private static DecisionPayload payload(String unit) {
    return new DecisionPayload(unit, 2022, "s", "1", D, Stage.DISTRICT, OfficeId.of("O"),
        ActorId.of("A"), Instant.parse("2022-11-01T02:00:00Z"), D, List.of(),
        List.of(), Transition.REVIEWED, Points.of(90), Rating.EXCELLENT, Optional.empty(),
        Optional.empty());
  }

  @Test
  void bothKeyFormatsReadBackToTheSameKey() {
    Sm2KeyPair fromP12 = Sm2KeyPair.read(KEY.toPkcs12(PASSWORD), PASSWORD).orElseThrow();
    String pem = KEY.toEncryptedPem(PASSWORD);
    assertThat(pem).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    Sm2KeyPair fromPem = Sm2KeyPair.read(pem.getBytes(StandardCharsets.US_ASCII), PASSWORD)
        .orElseThrow();
    assertThat(fromP12.keyId()).isEqualTo(KEY.keyId());
    assertThat(fromPem.publicKeyBase64()).isEqualTo(KEY.publicKeyBase64());
    // a signature by the key read back verifies with the public key as the registry holds it
    OfficeKey registered = KEY.officeKey(Instant.parse("2021-01-01T00:00:00Z"), Optional.empty());
    EventSignature s = fromPem.signer().sign(payload("U1"));
    assertThat(Sm2Signatures.create().verify(registered, payload("U1"), s)).isTrue();
    assertThat(Sm2Signatures.create().verify(registered, payload("U2"), s)).isFalse();
  }

  @Test
  void theKeyIdIsTheFirstSixteenHexDigitsOfSm3OverTheDer() {
    byte[] der = BaseEncoding.base64().decode(KEY.publicKeyBase64());
    SM3Digest sm3 = new SM3Digest();
    sm3.update(der, 0, der.length);
    byte[] out = new byte[32];
    sm3.doFinal(out, 0);
    assertThat(KEY.keyId()).isEqualTo(BaseEncoding.base16().lowerCase().encode(out)
        .substring(0, 16)).hasSize(16);
    // SM3 of "abc" is 66c7f0f4 62eeedd9 … (GB/T 32905, example 1)
    assertThat(Sm2Signatures.keyId("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("66c7f0f462eeedd9");
  }

  @Test
  void aKeyWhoseIdDoesNotMatchItsDerNeverVerifies() {
    Sm2KeyPair other = Sm2KeyPair.generate();
    EventSignature s = KEY.signer().sign(payload("U1"));
    // the registry pairs KEY's id with another key's DER
    OfficeKey mismatched = new OfficeKey(KEY.keyId(), other.publicKeyBase64(),
        Instant.parse("2021-01-01T00:00:00Z"), Optional.empty());
    assertThat(Sm2Signatures.create().verify(mismatched, payload("U1"), s)).isFalse();
  }

  @Test
  void aKeyWrittenInAnotherEncodingOrASignatureInUnpaddedBase64NeverVerifies()
      throws Exception {
    Instant always = Instant.parse("2021-01-01T00:00:00Z");
    // a payload whose signature's base64 has padding (a DER signature of 70 to 72 bytes has
    // some unless its length is a multiple of 3)
    DecisionPayload p = null;
    EventSignature s = null;
    for (int i = 0; s == null || !s.signature().endsWith("="); i++) {
      p = payload("U" + i);
      s = KEY.signer().sign(p);
    }
    OfficeKey registered = KEY.officeKey(always, Optional.empty());
    assertThat(Sm2Signatures.create().verify(registered, p, s)).isTrue();
    // the same signature without its padding: Guava's decoder would read it, the verifier not
    EventSignature unpadded = new EventSignature(s.alg(), s.keyId(),
        s.signature().replace("=", ""));
    assertThat(Sm2Signatures.create().verify(registered, p, unpadded)).isFalse();
    // the same key with its point compressed (02 or 03, then x): another DER and another id
    SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(
        BaseEncoding.base64().decode(KEY.publicKeyBase64()));
    ECPoint q = GMNamedCurves.getByName("sm2p256v1").getCurve()
        .decodePoint(info.getPublicKeyData().getOctets());
    byte[] compressed = new SubjectPublicKeyInfo(info.getAlgorithm(), q.getEncoded(true))
        .getEncoded();
    String otherId = Sm2Signatures.keyId(compressed);
    assertThat(otherId).isNotEqualTo(KEY.keyId());
    // BouncyCastle itself takes that key and the signature verifies with it: only the
    // verifier's one-encoding rule refuses it
    Signature plain = Signature.getInstance(Sm2Signatures.ALGORITHM, Sm2Signatures.PROVIDER);
    plain.initVerify(Sm2Signatures.publicKey(compressed));
    plain.update(Sm2Signatures.create().canonical(p));
    assertThat(plain.verify(BaseEncoding.base64().decode(s.signature()))).isTrue();
    OfficeKey reEncoded = new OfficeKey(otherId, BaseEncoding.base64().encode(compressed),
        always, Optional.empty());
    assertThat(Sm2Signatures.create().verify(reEncoded, p,
        new EventSignature(s.alg(), otherId, s.signature()))).isFalse();
    assertThat(Sm2Signatures.isCanonical(compressed)).isFalse();
    assertThat(Sm2Signatures.isCanonical(BaseEncoding.base64().decode(KEY.publicKeyBase64())))
        .isTrue();
  }

  @Test
  void aWrongPasswordOrAnotherFileIsAProblemNotAnException() {
    assertThat(Sm2KeyPair.read(KEY.toPkcs12(PASSWORD), "wrong".toCharArray()).problems())
        .extracting(Problem::getCode).containsExactly(ProblemCode.KEY_FILE_PASSWORD_WRONG);
    assertThat(Sm2KeyPair.read(KEY.toEncryptedPem(PASSWORD).getBytes(StandardCharsets.US_ASCII),
        "wrong".toCharArray()).problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.KEY_FILE_PASSWORD_WRONG);
    assertThat(Sm2KeyPair.read("not a key".getBytes(StandardCharsets.UTF_8), PASSWORD)
        .problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.KEY_FILE_UNREADABLE);
    assertThat(Sm2KeyPair.read("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"
        .getBytes(StandardCharsets.US_ASCII), PASSWORD).problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.KEY_FILE_UNREADABLE);
  }

  @Test
  void theShippedDemoKeysOpenWithTheDocumentedPasswordAndAreKnownAsDemoKeys() {
    for (var office : ReferenceData.changzhouRegistry().getOffices()) {
      Sm2KeyPair k = Sm2KeyPair.read(ReferenceData.demoKey(office.id().value()),
          ReferenceData.DEMO_KEY_PASSWORD.toCharArray()).orElseThrow();
      assertThat(office.key(k.keyId())).as(office.id().value()).isPresent();
      assertThat(DemoKeys.isDemo(k.keyId())).isTrue();
    }
    assertThat(DemoKeys.FINGERPRINTS).hasSize(ReferenceData.changzhouRegistry().getOffices()
        .size());
  }
}
