package io.github.ggw.standards.model.standard;

/**
 * A rating band (评定等级), from best to worst. A standard declares the lower bound of each band it uses.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum Rating {
  /** 优秀 (excellent). */
  EXCELLENT,
  /** 良好 (good). */
  GOOD,
  /** 合格 (pass). */
  PASS,
  /** 不合格 (fail). */
  FAIL
}
