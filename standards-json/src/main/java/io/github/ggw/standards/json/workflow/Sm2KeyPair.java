package io.github.ggw.standards.json.workflow;

import com.google.common.io.BaseEncoding;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.workflow.EventSignature;
import io.github.ggw.standards.model.workflow.OfficeKey;
import io.github.ggw.standards.rules.workflow.DecisionPayload;
import io.github.ggw.standards.rules.workflow.DecisionSigner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Enumeration;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * An office's SM2 key pair (机构密钥对): made by {@link #generate()}, written as a
 * password-protected PKCS#12 store ({@link #toPkcs12}) or an encrypted PKCS#8 PEM ({@link
 * #toEncryptedPem}, AES-256-CBC with PBKDF2), read back from either ({@link #read}); its public
 * half in the registry's form ({@link #officeKey}), and a {@link DecisionSigner} ({@link
 * #signer()}) for {@link io.github.ggw.standards.rules.workflow.Workflow#signingWith}. Keys are
 * SM2 over sm2p256v1 (GB/T 32918); signatures SM3withSM2 with the GM/T 0009 default user ID.
 * Immutable and thread-safe.
 */
public final class Sm2KeyPair {
  private static final String ALIAS = "office-key";
  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final byte[] publicDer;
  private final String keyId;

  private Sm2KeyPair(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.publicDer = publicKey.getEncoded();
    this.keyId = Sm2Signatures.keyId(publicDer);
  }

  /**
   * A new key pair from a strong random source.
   *
   * @return the key pair
   */
  public static Sm2KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Sm2Signatures.PROVIDER);
      g.initialize(new ECGenParameterSpec("sm2p256v1"), new SecureRandom());
      KeyPair kp = g.generateKeyPair();
      return new Sm2KeyPair(kp.getPrivate(), kp.getPublic());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SM2 key generation is unavailable", e);
    }
  }

  /**
   * The key id: the first 16 hexadecimal digits of SM3 over the public key's DER.
   *
   * @return 16 lower-case hexadecimal digits
   */
  public String keyId() {
    return keyId;
  }

  /**
   * The public key as SubjectPublicKeyInfo DER in base64, as the registry records it.
   *
   * @return the base64 text
   */
  public String publicKeyBase64() {
    return BaseEncoding.base64().encode(publicDer);
  }

  /**
   * The public key as the registry records it.
   *
   * @param validFrom the first instant it may sign at, not null
   * @param revokedOn the instant it stops being valid; empty while not revoked
   * @return the registry's key record
   */
  public OfficeKey officeKey(Instant validFrom, Optional<Instant> revokedOn) {
    return new OfficeKey(keyId, publicKeyBase64(), validFrom, revokedOn);
  }

  /**
   * A signer with this key.
   *
   * @return the signer, whose {@link DecisionSigner#keyId()} is {@link #keyId()}
   */
  public DecisionSigner signer() {
    Sm2Signatures scheme = Sm2Signatures.create();
    return new DecisionSigner() {
      @Override
      public String keyId() {
        return keyId;
      }

      @Override
      public EventSignature sign(DecisionPayload payload) {
        byte[] sig = Sm2Signatures.sign(privateKey, scheme.canonical(payload));
        return new EventSignature(EventSignature.SM2_SM3, keyId,
            BaseEncoding.base64().encode(sig));
      }
    };
  }

  /**
   * The key pair as a PKCS#12 store protected by a password (the private key with a
   * self-signed certificate of its public key, SM3withSM2).
   *
   * @param password the password, not null, not empty
   * @return the store's bytes
   */
  public byte[] toPkcs12(char[] password) {
    requirePassword(password);
    try {
      Instant now = Instant.now();
      X500Name name = new X500Name("CN=" + keyId);
      JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name,
          new BigInteger(64, new SecureRandom()), Date.from(now.minus(1, ChronoUnit.DAYS)),
          Date.from(now.plus(3650, ChronoUnit.DAYS)), name, publicKey);
      ContentSigner cs = new JcaContentSignerBuilder(Sm2Signatures.ALGORITHM)
          .setProvider(Sm2Signatures.PROVIDER).build(privateKey);
      X509Certificate cert = new JcaX509CertificateConverter()
          .setProvider(Sm2Signatures.PROVIDER).getCertificate(b.build(cs));
      KeyStore ks = KeyStore.getInstance("PKCS12", Sm2Signatures.PROVIDER);
      ks.load(null, null);
      ks.setKeyEntry(ALIAS, privateKey, password, new Certificate[] {cert});
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ks.store(out, password);
      return out.toByteArray();
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("the PKCS#12 store could not be written", e);
    }
  }

  /**
   * The private key as an encrypted PKCS#8 PEM ({@code -----BEGIN ENCRYPTED PRIVATE
   * KEY-----}, AES-256-CBC, key derived from the password with PBKDF2).
   *
   * @param password the password, not null, not empty
   * @return the PEM text
   */
  public String toEncryptedPem(char[] password) {
    requirePassword(password);
    try {
      JceOpenSSLPKCS8EncryptorBuilder enc =
          new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
              .setProvider(Sm2Signatures.PROVIDER).setRandom(new SecureRandom())
              .setPassword(password);
      PemObject pem = new JcaPKCS8Generator(privateKey, enc.build()).generate();
      StringWriter w = new StringWriter();
      try (PemWriter pw = new PemWriter(w)) {
        pw.writeObject(pem);
      }
      return w.toString();
    } catch (IOException | OperatorCreationException e) {
      throw new IllegalStateException("the PEM could not be written", e);
    }
  }

  /**
   * Reads a private key file: a PKCS#12 store or an encrypted PKCS#8 PEM, both protected by the
   * password. Never throws on bad input.
   *
   * @param bytes the file's bytes, not null
   * @param password the password, not null
   * @return the key pair, or {@code KEY_FILE_UNREADABLE} or {@code KEY_FILE_PASSWORD_WRONG}
   */
  public static Result<Sm2KeyPair> read(byte[] bytes, char[] password) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(password, "password");
    String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.US_ASCII);
    return head.stripLeading().startsWith("-----BEGIN") ? readPem(bytes, password)
        : readPkcs12(bytes, password);
  }

  private static Result<Sm2KeyPair> readPem(byte[] bytes, char[] password) {
    Object o;
    try (PEMParser p = new PEMParser(new InputStreamReader(new ByteArrayInputStream(bytes),
        StandardCharsets.US_ASCII))) {
      o = p.readObject();
    } catch (IOException | RuntimeException e) {
      return unreadable("PEM");
    }
    if (!(o instanceof PKCS8EncryptedPrivateKeyInfo enc)) {
      return unreadable(o == null ? "PEM" : "PEM " + o.getClass().getSimpleName());
    }
    PrivateKeyInfo info;
    try {
      info = enc.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
          .setProvider(Sm2Signatures.PROVIDER).build(password));
    } catch (PKCSException | OperatorCreationException | RuntimeException e) {
      return wrongPassword();
    }
    try {
      return of(new JcaPEMKeyConverter().setProvider(Sm2Signatures.PROVIDER)
          .getPrivateKey(info));
    } catch (IOException | RuntimeException e) {
      return unreadable("PKCS#8");
    }
  }

  private static Result<Sm2KeyPair> readPkcs12(byte[] bytes, char[] password) {
    KeyStore ks;
    try {
      ks = KeyStore.getInstance("PKCS12", Sm2Signatures.PROVIDER);
    } catch (GeneralSecurityException e) {
      return unreadable("PKCS#12");
    }
    try {
      ks.load(new ByteArrayInputStream(bytes), password);
    } catch (IOException e) {
      return e.getCause() instanceof java.security.UnrecoverableKeyException
          || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT)
              .contains("password") ? wrongPassword() : unreadable("PKCS#12");
    } catch (GeneralSecurityException | RuntimeException e) {
      return unreadable("PKCS#12");
    }
    try {
      for (Enumeration<String> e = ks.aliases(); e.hasMoreElements(); ) {
        String alias = e.nextElement();
        if (ks.isKeyEntry(alias)) {
          return of((PrivateKey) ks.getKey(alias, password));
        }
      }
      return unreadable("PKCS#12");
    } catch (java.security.UnrecoverableKeyException e) {
      return wrongPassword();
    } catch (GeneralSecurityException | RuntimeException e) {
      return unreadable("PKCS#12");
    }
  }

  /** The pair of a private SM2 key, its public half computed from it. */
  private static Result<Sm2KeyPair> of(PrivateKey key) {
    if (!(key instanceof ECPrivateKey ec) || ec.getParameters() == null
        || !"sm2p256v1".equals(curveName(ec))) {
      return unreadable("not SM2");
    }
    try {
      ECPublicKeySpec spec = new ECPublicKeySpec(
          ec.getParameters().getG().multiply(ec.getD()).normalize(), ec.getParameters());
      PublicKey pub = KeyFactory.getInstance("EC", Sm2Signatures.PROVIDER).generatePublic(spec);
      return Result.of(new Sm2KeyPair(key, pub));
    } catch (GeneralSecurityException e) {
      return unreadable("not SM2");
    }
  }

  private static String curveName(ECPrivateKey ec) {
    org.bouncycastle.asn1.x9.X9ECParameters sm2 =
        org.bouncycastle.asn1.gm.GMNamedCurves.getByName("sm2p256v1");
    return sm2.getCurve().equals(ec.getParameters().getCurve())
        && sm2.getG().equals(ec.getParameters().getG()) ? "sm2p256v1" : "other";
  }

  private static void requirePassword(char[] password) {
    Objects.requireNonNull(password, "password");
    if (password.length == 0) {
      throw new IllegalArgumentException("a key file needs a password");
    }
  }

  private static Result<Sm2KeyPair> unreadable(String what) {
    return Result.refused(java.util.List.of(Problem.of(ProblemCode.KEY_FILE_UNREADABLE,
        Location.unknown(), null, what)));
  }

  private static Result<Sm2KeyPair> wrongPassword() {
    return Result.refused(java.util.List.of(Problem.of(ProblemCode.KEY_FILE_PASSWORD_WRONG,
        Location.unknown(), null)));
  }

  /** Names the key without its secret. */
  @Override
  public String toString() {
    return "Sm2KeyPair[" + keyId + "]";
  }
}
