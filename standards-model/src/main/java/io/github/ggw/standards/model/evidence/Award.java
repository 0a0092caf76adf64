package io.github.ggw.standards.model.evidence;

/**
 * The award an activity earned (获奖等次), NONE when it earned none.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum Award {
  /** 未获奖 (none). */
  NONE,
  /** 优秀奖 (honourable mention). */
  HONOURABLE_MENTION,
  /** 三等奖 (third prize). */
  THIRD_PRIZE,
  /** 二等奖 (second prize). */
  SECOND_PRIZE,
  /** 一等奖 (first prize). */
  FIRST_PRIZE
}
