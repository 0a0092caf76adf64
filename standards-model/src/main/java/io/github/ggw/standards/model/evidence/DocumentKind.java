package io.github.ggw.standards.model.evidence;

/**
 * The kind of a supporting document (佐证文件).
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum DocumentKind {
  /** 会议记录 (minutes). */
  MINUTES,
  /** 计划 (plan). */
  PLAN,
  /** 总结 (summary). */
  SUMMARY,
  /** 照片记录 (photo record). */
  PHOTO_RECORD,
  /** 证书 (certificate). */
  CERTIFICATE
}
