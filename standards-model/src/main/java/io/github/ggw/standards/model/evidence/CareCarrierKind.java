package io.github.ggw.standards.model.evidence;

/**
 * The carriers of care work (关爱载体). Source: seed §三.3 ("谈心屋""爱心结对""关爱超市").
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum CareCarrierKind {
  /** 谈心屋 (talk room). */
  TALK_ROOM,
  /** 爱心结对 (buddy pairing). */
  BUDDY_PAIRING,
  /** 关爱超市 (care shop). */
  CARE_SHOP
}
