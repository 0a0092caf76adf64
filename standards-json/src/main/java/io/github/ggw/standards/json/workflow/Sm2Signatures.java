package io.github.ggw.standards.json.workflow;

import com.google.common.io.BaseEncoding;
import io.github.ggw.standards.json.internal.Writers;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.workflow.Digest;
import io.github.ggw.standards.model.workflow.EventSignature;
import io.github.ggw.standards.model.workflow.OfficeKey;
import io.github.ggw.standards.rules.workflow.DecisionPayload;
import io.github.ggw.standards.rules.workflow.DecisionSignatures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * SM2 signatures with SM3 of workflow decisions (SM2/SM3 签名), the library's implementation of
 * {@link DecisionSignatures}: GB/T 32918 SM2 over the curve sm2p256v1 with SM3 (GB/T 32905) and
 * the GM/T 0009 default user ID ({@code 1234567812345678}), by BouncyCastle, over the canonical
 * JSON ({@link CanonicalJson}'s form) of exactly the members of a {@link DecisionPayload}:
 * {@code unitId}, {@code year}, {@code standardId}, {@code standardVersion}, {@code
 * standardDigest}, {@code stage}, {@code officeId}, {@code actorId}, {@code at} (UTC ISO-8601),
 * {@code submissionDigest}, {@code adjustments}, {@code reasons} (a return's or rejection's;
 * empty for a review or approval), {@code decision}, {@code total}, {@code band}, {@code
 * designation} and {@code previousSignature} (null when absent). See docs/workflow.md,
 * “Offices and signed decisions”.
 *
 * <p>A key's id is the first 16 hexadecimal digits of SM3 over its SubjectPublicKeyInfo DER
 * ({@link #keyId(byte[])}); a key whose recorded id does not match its DER never verifies, nor
 * does a key written in another encoding than the one canonical form (named curve sm2p256v1,
 * uncompressed point, DER, padded base64), nor a signature in other base64 than padded. The
 * BouncyCastle provider is used as an object, never installed in {@link java.security.Security}.
 * Immutable and thread-safe.
 */
public final class Sm2Signatures implements DecisionSignatures {
  static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
  static final String ALGORITHM = "SM3withSM2";
  private static final Sm2Signatures INSTANCE = new Sm2Signatures();

  private Sm2Signatures() {}

  /**
   * The scheme.
   *
   * @return the instance
   */
  public static Sm2Signatures create() {
    return INSTANCE;
  }

  /**
   * The key id of a public key: the first 16 hexadecimal digits (lower case) of SM3 over its
   * SubjectPublicKeyInfo DER.
   *
   * @param subjectPublicKeyInfo the DER, not null
   * @return 16 lower-case hexadecimal digits
   */
  public static String keyId(byte[] subjectPublicKeyInfo) {
    SM3Digest sm3 = new SM3Digest();
    sm3.update(subjectPublicKeyInfo, 0, subjectPublicKeyInfo.length);
    byte[] out = new byte[sm3.getDigestSize()];
    sm3.doFinal(out, 0);
    return BaseEncoding.base16().lowerCase().encode(out).substring(0, 16);
  }

  /**
   * The SHA-256 digest of a standard's canonical form (the document {@link
   * io.github.ggw.standards.json.StandardsJson} writes, in {@link CanonicalJson}'s form).
   *
   * @param standard the standard, not null
   * @return its digest
   */
  @Override
  public Digest digest(Standard standard) {
    return CanonicalJson.digestOf(Writers.line(Objects.requireNonNull(standard, "standard")));
  }

  /**
   * The canonical JSON signed for a payload.
   *
   * @param payload the payload, not null
   * @return the UTF-8 bytes of its canonical form
   */
  public byte[] canonical(DecisionPayload payload) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unitId", payload.unitId());
    m.put("year", payload.year());
    m.put("standardId", payload.standardId());
    m.put("standardVersion", payload.standardVersion());
    m.put("standardDigest", payload.standardDigest());
    m.put("stage", payload.stage().name());
    m.put("officeId", payload.office());
    m.put("actorId", payload.actor());
    m.put("at", payload.at().toString());
    m.put("submissionDigest", payload.submissionDigest());
    m.put("adjustments", payload.adjustments());
    m.put("reasons", payload.reasons());
    m.put("decision", payload.decision().name());
    m.put("total", payload.total());
    m.put("band", payload.band().name());
    m.put("designation", payload.designation().orElse(null));
    m.put("previousSignature", payload.previousSignature().orElse(null));
    return CanonicalJson.canonicalOf(Writers.line(m)).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean verify(OfficeKey key, DecisionPayload payload, EventSignature signature) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(signature, "signature");
    if (!EventSignature.SM2_SM3.equals(signature.alg())
        || !key.keyId().equals(signature.keyId())) {
      return false;
    }
    try {
      byte[] der = BaseEncoding.base64().decode(key.publicKey());
      if (!keyId(der).equals(key.keyId()) || !isCanonical(der)
          || !BaseEncoding.base64().encode(der).equals(key.publicKey())) {
        return false;
      }
      byte[] signed = BaseEncoding.base64().decode(signature.signature());
      if (!BaseEncoding.base64().encode(signed).equals(signature.signature())) {
        // one written form per signature: padded base64 as the signer writes it
        return false;
      }
      PublicKey pub = publicKey(der);
      Signature v = Signature.getInstance(ALGORITHM, PROVIDER);
      v.initVerify(pub);
      v.update(canonical(payload));
      return v.verify(signed);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Whether a SubjectPublicKeyInfo DER is the one encoding {@link Sm2KeyPair} writes for its key:
   * algorithm id-ecPublicKey (1.2.840.10045.2.1) with the named curve sm2p256v1
   * (1.2.156.10197.1.301), the point uncompressed ({@code 04 ‖ x ‖ y}, 65 bytes), in DER. A key
   * has exactly one such encoding, so its key id is the key's own: the same key written another
   * way (a compressed point, explicit curve parameters) has another id and never verifies, and
   * cannot pass for a key other than a demo key or as another office's.
   */
  static boolean isCanonical(byte[] der) {
    try {
      SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(der);
      AlgorithmIdentifier alg = info.getAlgorithm();
      byte[] point = info.getPublicKeyData().getOctets();
      return X9ObjectIdentifiers.id_ecPublicKey.equals(alg.getAlgorithm())
          && GMObjectIdentifiers.sm2p256v1.equals(alg.getParameters())
          && point.length == 65 && point[0] == 0x04
          && Arrays.equals(info.getEncoded(ASN1Encoding.DER), der);
    } catch (IOException | RuntimeException e) {
      // not DER of a SubjectPublicKeyInfo at all
      return false;
    }
  }

  /** Decodes a SubjectPublicKeyInfo DER. */
  static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
    return KeyFactory.getInstance("EC", PROVIDER).generatePublic(new X509EncodedKeySpec(der));
  }

  /** Signs bytes with a private key. */
  static byte[] sign(PrivateKey key, byte[] content) {
    try {
      Signature s = Signature.getInstance(ALGORITHM, PROVIDER);
      s.initSign(key);
      s.update(content);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SM2 signing failed", e);
    }
  }
}
