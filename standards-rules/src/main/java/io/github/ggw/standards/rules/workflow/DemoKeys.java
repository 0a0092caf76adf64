package io.github.ggw.standards.rules.workflow;

import java.util.Set;

/**
 * The fingerprints of the library's published demo keys (示例密钥): the keys the bundled
 * registry's offices sign the bundled case files with, whose private halves ship with the
 * library under a documented password so the walk-through in the README runs. Anyone can sign
 * with them, so only a registry marked {@code "demo": true} accepts them; every other registry
 * refuses a decision signed with one ({@link RefusalCode#DEMO_KEY_REFUSED}). See
 * docs/workflow.md, “Demo keys”.
 */
public final class DemoKeys {
  /**
   * The key ids (first 16 hexadecimal digits of SM3 over the public key's DER), one per office
   * of the bundled registry: TN-OFFICE, ZL-OFFICE, XB-OFFICE, WJ-OFFICE, JT-OFFICE, LY-OFFICE,
   * CZ-REVIEW-OFFICE, CZ-CITY-OFFICE.
   */
  public static final Set<String> FINGERPRINTS = Set.of(
      "aebb58d04435d329",
      "5dca39aa3a81f952",
      "c35a91764a61e3c2",
      "f6b20ee2f9dc4962",
      "9ad2755284fccbc6",
      "5db77df2097fb6c9",
      "2b9ce63e2b084f24",
      "0a312414347a537f");

  private DemoKeys() {}

  /**
   * Whether a key id is one of the published demo keys.
   *
   * @param keyId the key id, not null
   * @return true for a demo key
   */
  public static boolean isDemo(String keyId) {
    return FINGERPRINTS.contains(keyId);
  }
}
