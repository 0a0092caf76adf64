package io.github.ggw.standards.model.problem;

/** How grave a problem is (严重程度). Errors stop loading or scoring; the others do not. */
public enum Severity {
  /** 错误: the input is refused; nothing is scored or built. */
  ERROR,
  /** 警告: the input is used, but something deserves a look. */
  WARNING,
  /** 提示: for information only. */
  INFO
}
