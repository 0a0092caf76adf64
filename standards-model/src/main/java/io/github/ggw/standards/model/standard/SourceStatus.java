package io.github.ggw.standards.model.standard;

/**
 * Whether bundled data reproduces an official text or is modelled on the public pattern.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum SourceStatus {
  /** 官方原文 (official). */
  OFFICIAL,
  /** 模拟建模 (modelled). */
  MODELLED
}
