package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.sheets.internal.CsvEntries.Bad;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.CareCarrierKind;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.DifficultyKind;
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.MentoringKind;
import io.github.ggw.standards.model.evidence.PublicityKind;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.VulnerabilityKind;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.CreditTier;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.CountedDeficiency;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.Deficiency;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureName;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.Rung;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.TieredCredit;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.model.rule.VetoEffect;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Scoring rules in the two CSV columns {@code rule} (the kind, named as in JSON: {@code
 * all-or-nothing}, {@code judgement}, {@code per-occurrence}, {@code threshold-ladder}, {@code
 * deduction}, {@code veto}, {@code discretionary-deduction}, {@code tiered-credit}, or the Chinese
 * names 达标得分, 酌情评分, 按次计分, 分档计分, 扣分制, 一票否决, 酌情扣分, 按比例得分) and {@code
 * parameters} (the {@link CsvEntries} language). Keys are the JSON member names:
 *
 * <pre>
 * judgement                step=0.5
 * all-or-nothing           measure=organisation.inAnnualPlan; atLeast=1
 * per-occurrence           measure=activities.count; minLevel=DISTRICT; pointsEach=2
 * threshold-ladder         measure=elders.count; rungs=6:4, 4:3, 2:1.5
 * tiered-credit            measure=trainings.count; target=10; creditTiers=100:100, 80:80, 60:50
 * discretionary-deduction  minDeduction=2; maxDeduction=5; step=1
 * veto                     measure=incidents.count; atLeast=1; effect=CAP_BAND; capBand=PASS
 * deduction                code=D1; reason=…; reasonEn=…; measure=trainings.count; atLeast=4;
 *                          pointsEach=1 | code=D2; …   (one deficiency per '|'-separated part)
 * counted-deduction        code=D1; reason=…; reasonEn=…; pointsEach=2 | code=D2; …
 *                          (计数扣分: the claim counts each code; one per '|'-separated part)
 * </pre>
 *
 * <p>Measure parameters take their JSON names ({@code activityKinds}, {@code minLevel}, {@code
 * minAward}, {@code tiers}, …, {@code withinYear}); a condition is {@code atLeast=…} or {@code
 * atMost=…}, or, on a declared fact ({@code measure=fact.plan.status}), {@code equals=…}, {@code
 * oneOf=A, B}, {@code onOrBefore=…} or {@code onOrAfter=…} (a date, {@code yearStart} or {@code
 * yearEnd}). A filtered measure writes {@code count=…}, {@code sum=…} or {@code distinct=…}
 * instead of {@code measure=…}, with {@code of}, {@code where} and {@code withinYear} ({@link
 * CsvFilters}).
 */
public final class CsvRules {
  private static final LocalizedText MEASURE = CsvTexts.text("value.measure");
  private static final LocalizedText DECIMAL = CsvTexts.text("value.decimal");
  private static final LocalizedText POINTS = CsvTexts.text("value.points");
  private static final List<String[]> KINDS = List.of(
      new String[] {"all-or-nothing", "达标得分"},
      new String[] {"judgement", "酌情评分"},
      new String[] {"per-occurrence", "按次计分"},
      new String[] {"threshold-ladder", "分档计分"},
      new String[] {"deduction", "扣分制"},
      new String[] {"veto", "一票否决"},
      new String[] {"discretionary-deduction", "酌情扣分"},
      new String[] {"tiered-credit", "按比例得分"},
      new String[] {"counted-deduction", "计数扣分"});

  private CsvRules() {}

  /**
   * What the {@code rule} column accepts, for messages.
   *
   * @return the kind names: the Chinese ones joined by 、 in zh, the English ones in en
   */
  public static LocalizedText kinds() {
    return CsvTexts.text("value.ruleKind", LocalizedText.of(
        KINDS.stream().map(k -> k[1]).collect(Collectors.joining("、")),
        KINDS.stream().map(k -> k[0]).collect(Collectors.joining(", "))));
  }

  /**
   * The canonical (English) kind of a rule-kind name written in either language.
   *
   * @param name the name as written in the {@code rule} cell, not null
   * @return the kind as JSON names it, such as {@code threshold-ladder}, or empty when unknown
   */
  public static Optional<String> kind(String name) {
    return KINDS.stream().filter(k -> k[0].equalsIgnoreCase(name.strip()) || k[1].equals(
        name.strip())).map(k -> k[0]).findFirst();
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a rule.
   *
   * @param kind a canonical kind from {@link #kind(String)}
   * @param cell the parameters cell
   * @param bad where mistakes go
   * @return the rule, or empty after recording at least one mistake
   */
  public static Optional<ScoringRule> parse(String kind, String cell, List<Bad> bad) {
    if ("deduction".equals(kind)) {
      List<Deficiency> list = new ArrayList<>();
      for (String part : CsvEntries.split(cell, '|')) {
        CsvEntries e = CsvEntries.parse(part);
        Optional<Deficiency> d = deficiency(e);
        bad.addAll(e.finish());
        d.ifPresent(list::add);
      }
      return build(bad, () -> new Deduction(list), "deficiencies", cell);
    }
    if ("counted-deduction".equals(kind)) {
      return counted(cell, bad);
    }
    CsvEntries e = CsvEntries.parse(cell);
    Optional<ScoringRule> rule = switch (kind) {
      case "judgement" -> e.requiredValue("step", DECIMAL, CsvEntries::decimal)
          .flatMap(step -> build(e.bad(), () -> new Judgement(step), "step", step));
      case "all-or-nothing" -> condition(e).map(AllOrNothing::new);
      case "veto" -> veto(e);
      case "per-occurrence" -> {
        Optional<MeasureRef> m = measure(e);
        Optional<Points> each = e.requiredValue("pointsEach", POINTS, CsvEntries::points);
        yield m.isPresent() && each.isPresent()
             ? build(e.bad(), () -> new PerOccurrence(m.get(), each.get()), "pointsEach",
                each.get())
            : Optional.empty();
      }
      case "threshold-ladder" -> {
        Optional<MeasureRef> m = measure(e);
        List<Rung> rungs = e.pairs("rungs", CsvTexts.text("value.rungs"),
            (a, b) -> new Rung(CsvEntries.decimal(a), CsvEntries.points(b)));
        if (rungs.isEmpty() && !e.has("rungs")) {
          e.required("rungs", CsvTexts.text("value.rungs"));
        }
        yield m.isPresent() && !rungs.isEmpty()
             ? build(e.bad(), () -> new ThresholdLadder(m.get(), rungs), "rungs", rungs)
            : Optional.empty();
      }
      case "tiered-credit" -> {
        Optional<MeasureRef> m = measure(e);
        Optional<BigDecimal> target = e.requiredValue("target", DECIMAL, CsvEntries::decimal);
        List<CreditTier> tiers = e.pairs("creditTiers",
            CsvTexts.text("value.creditTiers"),
            (a, b) -> new CreditTier(CsvEntries.decimal(a), CsvEntries.decimal(b)));
        if (tiers.isEmpty() && !e.has("creditTiers")) {
          e.required("creditTiers", CsvTexts.text("value.creditTiers"));
        }
        yield m.isPresent() && target.isPresent() && !tiers.isEmpty()
             ? build(e.bad(), () -> new TieredCredit(m.get(), target.get(), tiers), "target",
                target.get())
            : Optional.empty();
      }
      case "discretionary-deduction" -> {
        Optional<Points> min = e.requiredValue("minDeduction", POINTS, CsvEntries::points);
        Optional<Points> max = e.requiredValue("maxDeduction", POINTS, CsvEntries::points);
        Optional<BigDecimal> step = e.requiredValue("step", DECIMAL, CsvEntries::decimal);
        yield min.isPresent() && max.isPresent() && step.isPresent()
             ? build(e.bad(), () -> new DiscretionaryDeduction(min.get(), max.get(), step.get()),
                "minDeduction", min.get() + "-" + max.get())
            : Optional.empty();
      }
      default -> throw new IllegalStateException("unknown canonical kind " + kind);
    };
    bad.addAll(e.finish());
    return bad.isEmpty() ? rule : Optional.empty();
  }

  private static <T> Optional<T> build(List<Bad> bad, Supplier<T> f, String key, Object value) {
    try {
      return Optional.of(f.get());
    } catch (StandardsException ex) {
      bad.add(new Bad(key, String.valueOf(value),
          CsvTexts.text("value.ruleRefused", String.valueOf(ex.getMessage()))));
      return Optional.empty();
    }
  }

  private static Optional<Deficiency> deficiency(CsvEntries e) {
    Optional<String> code = e.required("code", CsvTexts.text("value.reasonCode"));
    Optional<String> zh = e.required("reason", CsvTexts.text("value.reasonZh"));
    Optional<String> en = e.text("reasonEn");
    Optional<Points> each = e.requiredValue("pointsEach", POINTS, CsvEntries::points);
    Optional<Condition> c = condition(e);
    if (code.isEmpty() || zh.isEmpty() || each.isEmpty() || c.isEmpty()) {
      return Optional.empty();
    }
    return build(e.bad(), () -> new Deficiency(code.get(),
        LocalizedText.of(zh.get(), en.orElse(zh.get())), c.get().measure(),
        c.get().comparison(), c.get().bound(), each.get()), "code", code.get());
  }

  /** A counted deduction: one {@code code; reason; reasonEn; pointsEach} part per deficiency. */
  private static Optional<ScoringRule> counted(String cell, List<Bad> bad) {
    List<CountedDeficiency> list = new ArrayList<>();
    int before = bad.size();
    for (String part : CsvEntries.split(cell, '|')) {
      CsvEntries e = CsvEntries.parse(part);
      Optional<String> code = e.required("code", CsvTexts.text("value.reasonCode"));
      Optional<String> zh = e.required("reason", CsvTexts.text("value.reasonZh"));
      Optional<String> en = e.text("reasonEn");
      Optional<Points> each = e.requiredValue("pointsEach", POINTS, CsvEntries::points);
      if (code.isPresent() && zh.isPresent() && each.isPresent()) {
        build(e.bad(), () -> new CountedDeficiency(code.get(),
            LocalizedText.of(zh.get(), en.orElse(zh.get())), each.get()), "code", code.get())
            .ifPresent(list::add);
      }
      bad.addAll(e.finish());
    }
    if (bad.size() > before) {
      return Optional.empty();
    }
    return build(bad, () -> new CountedDeduction(list), "deficiencies", cell);
  }

  private static Optional<ScoringRule> veto(CsvEntries e) {
    Optional<Condition> c = condition(e);
    VetoEffect effect = e.enumValue("effect", VetoEffect.class).orElse(VetoEffect.FAIL);
    Optional<Rating> band = e.enumValue("capBand", Rating.class);
    return c.map(cond -> new Veto(cond, effect, band));
  }

  private static Optional<Condition> condition(CsvEntries e) {
    Optional<MeasureRef> m = measure(e);
    Optional<BigDecimal> atLeast = e.value("atLeast", DECIMAL, CsvEntries::decimal);
    Optional<BigDecimal> atMost = e.value("atMost", DECIMAL, CsvEntries::decimal);
    List<Comparison> written = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    for (Comparison c : Comparison.values()) {
      if (c.isOnWrittenValues()) {
        List<String> v = e.list(c.writtenName(), CsvTexts.text("value.written"), x -> x);
        if (!v.isEmpty()) {
          written.add(c);
          values.add(v);
        }
      }
    }
    if (!written.isEmpty()) {
      if (written.size() > 1 || atLeast.isPresent() || atMost.isPresent()) {
        e.bad().add(new Bad(written.get(0).writtenName(), "",
            CsvTexts.text("value.oneComparison")));
        return Optional.empty();
      }
      Comparison c = written.get(0);
      List<String> v = values.get(0);
      return m.flatMap(ref -> build(e.bad(), () -> Condition.onValues(ref, c, v),
          c.writtenName(), String.join(", ", v)));
    }
    if (atLeast.isPresent() == atMost.isPresent()) {
      if (!e.has("atLeast") && !e.has("atMost") || atLeast.isPresent()) {
        e.bad().add(new Bad("atLeast", "", CsvTexts.text("value.oneBound")));
      }
      return Optional.empty();
    }
    return m.map(ref -> atLeast.isPresent()
         ? new Condition(ref, Comparison.AT_LEAST, atLeast.get())
        : new Condition(ref, Comparison.AT_MOST, atMost.get()));
  }

  private static Optional<MeasureRef> measure(CsvEntries e) {
    if (CsvFilters.isFiltered(e)) {
      return CsvFilters.read(e);
    }
    Optional<MeasureName> name = e.requiredValue("measure", MEASURE, MeasureName::of);
    MeasureParameters p = MeasureParameters.builder()
        .activityKinds(e.enums("activityKinds", ActivityKind.class))
        .minLevel(e.enumValue("minLevel", Level.class))
        .minAward(e.enumValue("minAward", Award.class))
        .tiers(e.enums("tiers", Tier.class))
        .elderCategories(e.enums("elderCategories", ElderCategory.class))
        .trainingKinds(e.enums("trainingKinds", TrainingKind.class))
        .careCarrierKinds(e.enums("careCarrierKinds", CareCarrierKind.class))
        .difficultyKinds(e.enums("difficultyKinds", DifficultyKind.class))
        .vulnerabilityKinds(e.enums("vulnerabilityKinds", VulnerabilityKind.class))
        .mentoringKinds(e.enums("mentoringKinds", MentoringKind.class))
        .researchKinds(e.enums("researchKinds", ResearchKind.class))
        .publicityKinds(e.enums("publicityKinds", PublicityKind.class))
        .documentKinds(e.enums("documentKinds", DocumentKind.class))
        .designationKinds(e.enums("designationKinds", DesignationKind.class))
        .incidentKinds(e.enums("incidentKinds", IncidentKind.class))
        .withinYear(e.value("withinYear", CsvTexts.text("value.flag"), CsvEntries::bool))
        .build();
    return name.map(n -> new MeasureRef(n, p));
  }

  // ------------------------------------------------------------------ writing

  /**
   * The canonical kind name of a rule.
   *
   * @param rule the rule, not null
   * @return its kind as JSON names it, such as {@code all-or-nothing}
   */
  public static String kindOf(ScoringRule rule) {
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
    } else if (rule instanceof Veto) {
      return "veto";
    } else if (rule instanceof DiscretionaryDeduction) {
      return "discretionary-deduction";
    } else if (rule instanceof CountedDeduction) {
      return "counted-deduction";
    }
    return "tiered-credit";
  }

  /**
   * The parameters cell of a rule, which {@link #parse} reads back to an equal rule.
   *
   * @param rule the rule, not null
   * @return the cell's text: {@code key=value} entries separated by {@code ;}
   */
  public static String format(ScoringRule rule) {
    CsvEntries.Writer w = new CsvEntries.Writer();
    if (rule instanceof Judgement j) {
      w.plain("step", j.step());
    } else if (rule instanceof AllOrNothing a) {
      condition(w, a.condition());
    } else if (rule instanceof Veto v) {
      condition(w, v.triggeredWhen());
      w.put("effect", v.effect() == VetoEffect.FAIL ? null : v.effect().name())
          .put("capBand", v.capBand().map(Rating::name));
    } else if (rule instanceof PerOccurrence p) {
      measure(w, p.measure()).put("pointsEach", p.pointsEach().toString());
    } else if (rule instanceof ThresholdLadder l) {
       measure(w, l.measure()).put("rungs", l.rungs().stream()
          .map(r -> r.atLeast().toPlainString() + ":" + r.points())
          .collect(Collectors.joining(", ")));
    } else if (rule instanceof TieredCredit t) {
       measure(w, t.measure()).plain("target", t.target()).put("creditTiers", t.tiers().stream()
          .map(x -> x.atLeastPercent().toPlainString() + ":" + x.creditPercent().toPlainString())
          .collect(Collectors.joining(", ")));
    } else if (rule instanceof DiscretionaryDeduction d) {
      w.put("minDeduction", d.minDeduction().toString())
          .put("maxDeduction", d.maxDeduction().toString()).plain("step", d.step());
    } else if (rule instanceof Deduction d) {
      return d.deficiencies().stream().map(CsvRules::format).collect(Collectors.joining(" | "));
    } else if (rule instanceof CountedDeduction d) {
      return d.deficiencies().stream().map(f -> new CsvEntries.Writer().text("code", f.code())
          .text("reason", f.reason().zh()).text("reasonEn", f.reason().en())
          .put("pointsEach", f.pointsEach().toString()).toString())
          .collect(Collectors.joining(" | "));
    }
    return w.toString();
  }

  private static String format(Deficiency f) {
    CsvEntries.Writer w = new CsvEntries.Writer().text("code", f.code())
        .text("reason", f.reason().zh()).text("reasonEn", f.reason().en());
    condition(w, new Condition(f.measure(), f.comparison(), f.bound()));
    return w.put("pointsEach", f.pointsEach().toString()).toString();
  }

  private static void condition(CsvEntries.Writer w, Condition c) {
    if (c.comparison().isOnWrittenValues()) {
      measure(w, c.measure()).put(c.comparison().writtenName(), String.join(", ", c.values()));
      return;
    }
     measure(w, c.measure()).plain(c.comparison() == Comparison.AT_LEAST ? "atLeast" : "atMost",
        c.bound());
  }

  private static CsvEntries.Writer measure(CsvEntries.Writer w, MeasureRef ref) {
    if (ref.query().isPresent()) {
      return CsvFilters.write(w, ref.query().get());
    }
    MeasureParameters p = ref.parameters();
    return w.put("measure", ref.name().value())
        .enums("activityKinds", p.getActivityKinds())
        .put("minLevel", p.getMinLevel().map(Enum::name))
        .put("minAward", p.getMinAward().map(Enum::name))
        .enums("tiers", p.getTiers())
        .enums("elderCategories", p.getElderCategories())
        .enums("trainingKinds", p.getTrainingKinds())
        .enums("careCarrierKinds", p.getCareCarrierKinds())
        .enums("difficultyKinds", p.getDifficultyKinds())
        .enums("vulnerabilityKinds", p.getVulnerabilityKinds())
        .enums("mentoringKinds", p.getMentoringKinds())
        .enums("researchKinds", p.getResearchKinds())
        .enums("publicityKinds", p.getPublicityKinds())
        .enums("documentKinds", p.getDocumentKinds())
        .enums("designationKinds", p.getDesignationKinds())
        .enums("incidentKinds", p.getIncidentKinds())
        .put("withinYear", p.getWithinYear());
  }
}
