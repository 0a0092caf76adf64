package io.github.ggw.standards.model.plan;

/**
 * The kind of a phase of an action plan (实施阶段). The seed (§一.4) asks for a plan carried out
 * year by year and assessed in stages; it does not name the stages, so these four follow the
 * usual pattern of such plans (modelled): launch, pilot, roll-out, acceptance.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum PhaseKind {
  /** 启动部署 (launch). */
  LAUNCH,
  /** 试点先行 (pilot). */
  PILOT,
  /** 全面推进 (roll-out). */
  ROLL_OUT,
  /** 总结验收 (acceptance). */
  ACCEPTANCE
}
