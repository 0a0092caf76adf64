package io.github.ggw.standards.model.rule;

/**
 * What a triggered veto does to the unit (一票否决的后果). Whatever the effect, a vetoed unit keeps
 * its points and is not eligible for certification (see docs/scoring.md, “Vetoes”); the
 * effects differ in what happens to its rating band.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum VetoEffect {
  /** 评为不合格 (fail the unit): the band is forced to the standard's lowest. */
  FAIL,
  /** 限定等级 (cap the band): the band is at most the veto's declared band. */
  CAP_BAND,
  /** 取消认定资格 (remove certification eligibility): the band stands. */
  REMOVE_ELIGIBILITY
}
