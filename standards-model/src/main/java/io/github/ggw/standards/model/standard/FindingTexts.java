package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.TieredCredit;
import io.github.ggw.standards.model.rule.Veto;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The found and expected words of a standard's findings in zh-CN and en, from the bundles {@code
 * io/github/ggw/standards/model/standard/findings*.properties}. The problem bundles take them as
 * arguments (an English one for the English message, a Chinese one for the Chinese), so a
 * finding says in the author's words what was found and what was expected. Arguments that are
 * {@link LocalizedText} give each language its own text; enumeration constants are named by
 * their written name in English and by their label in Chinese.
 */
final class FindingTexts {
  private static final String BUNDLE = "io.github.ggw.standards.model.standard.findings";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private FindingTexts() {}

  /** A text in both languages; see the class comment for the arguments. */
  static LocalizedText of(String key, Object... args) {
    return LocalizedText.of(format(Locale.CHINESE, key, pick(args, true)),
        format(Locale.ROOT, key, pick(args, false)));
  }

  /** A constant: its name as written (en) and its label (zh). */
  static LocalizedText label(Enum<?> constant) {
    return LocalizedText.of(Labels.of(constant).zh(), constant.name());
  }

  /** The type of a rule as a standard writes it, such as {@code threshold-ladder}. */
  static String ruleType(ScoringRule rule) {
    if (rule instanceof AllOrNothing) {
      return "all-or-nothing";
    } else if (rule instanceof Judgement) {
      return "judgement";
    } else if (rule instanceof PerOccurrence) {
      return "per-occurrence";
    } else if (rule instanceof ThresholdLadder) {
      return "threshold-ladder";
    } else if (rule instanceof Deduction) {
      return "deduction";
    } else if (rule instanceof CountedDeduction) {
      return "counted-deduction";
    } else if (rule instanceof DiscretionaryDeduction) {
      return "discretionary-deduction";
    } else if (rule instanceof TieredCredit) {
      return "tiered-credit";
    } else if (rule instanceof Veto) {
      return "veto";
    }
    return rule.getClass().getSimpleName();
  }

  private static Object[] pick(Object[] args, boolean zh) {
    return Arrays.stream(args)
        .map(a -> a instanceof LocalizedText t ? (zh ? t.zh() : t.en())
            : a instanceof Enum<?> e ? (zh ? Labels.of(e).zh() : e.name()) : String.valueOf(a))
        .toArray();
  }

  private static String format(Locale locale, String key, Object[] args) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
