package io.github.ggw.standards.model.menu;

/**
 * The unit a need's count and a resource's capacity are in (计量单位): a need of 6 sessions can be
 * served by resources with capacity in sessions, never in hours. Modelled.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum ServiceUnit {
  /** 次 (sessions). */
  SESSIONS,
  /** 小时 (hours). */
  HOURS,
  /** 对 (pairs): one elder paired with one pupil or young teacher. */
  PAIRS
}
