package io.github.ggw.standards.json;

import io.github.ggw.standards.json.internal.JacksonProblems;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import jakarta.validation.BootstrapConfiguration;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.valueextraction.ValueExtractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Bean Validation of model values (Hibernate Validator), reported as {@link Problem}s with JSON
 * pointers. Each violation's message is interpolated in zh-CN and in English explicitly, never in
 * the machine's locale; Hibernate Validator's own Chinese messages are used. Thread-safe; build
 * once.
 *
 * <p>A self-assessment whose constraints direct checks of its components prove satisfied (the
 * usual case of a valid document) is answered without running Hibernate Validator, whose
 * cascade over the claim and evidence lists costs far more than the checks; any other value,
 * and any value with a violation, is validated by Hibernate Validator in full, so the problems
 * are always Hibernate Validator's. Where the application's {@code META-INF/validation.xml}
 * configures anything (constraint mappings may add constraints to the model's types; a
 * validator factory or value extractor may change how they are checked), or a constraint
 * validator or value extractor is registered as a service (it may replace a built-in one), every
 * value is validated by Hibernate Validator in full.
 *
 * <p>Hibernate Validator announces itself once per JVM, at INFO, when the first factory is built
 * ({@code HV000001: Hibernate Validator 9.x}); with no logging configured that line would land on
 * standard error. So while building the factory, and only when the application has not configured
 * java.util.logging for that logger (no configuration file or class, no level on the logger or
 * its parents, no level property, the JDK's own log manager, the default root level), the logger
 * is raised to WARNING, and put back afterwards. An application that configures logging sees the
 * line as it asks; other logging back ends (Log4j, Logback) are left to their own
 * configuration.
 */
public final class ModelValidator implements AutoCloseable {
  /** The logger of Hibernate Validator's start-up line. */
  static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";
  private static final String SEPARATOR = "\u0000";
  private final ValidatorFactory factory;
  private final Validator validator;
  /** Whether the pre-check may answer: only the model's annotations are configured. */
  private final boolean preCheck;

  private ModelValidator() {
    MessageInterpolator base = new ResourceBundleMessageInterpolator();
    MessageInterpolator both = new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return base.interpolate(template, context, Locale.SIMPLIFIED_CHINESE) + SEPARATOR
            + base.interpolate(template, context, Locale.ROOT);
      }

      @Override
      public String interpolate(String template, Context context, Locale locale) {
        return interpolate(template, context);
      }
    };
    Built built = buildFactory(both);
    this.factory = built.factory();
    this.preCheck = onlyAnnotations(built.xml()) && !servicesRegistered();
    this.validator = factory.getValidator();
  }

  /** A factory, and what the application's {@code META-INF/validation.xml} configured. */
  private record Built(ValidatorFactory factory, BootstrapConfiguration xml) {}

  private static synchronized Built buildFactory(MessageInterpolator interpolator) {
    Logger banner = Logger.getLogger(VERSION_LOGGER);
    boolean quiet = !configured(banner);
    if (quiet) {
      banner.setLevel(Level.WARNING);
    }
    try {
      Configuration<?> configuration = Validation.byProvider(HibernateValidator.class)
          .configure();
      BootstrapConfiguration xml = configuration.getBootstrapConfiguration();
      return new Built(configuration.messageInterpolator(interpolator).buildValidatorFactory(),
          xml);
    } finally {
      if (quiet) {
        banner.setLevel(null);
      }
    }
  }

  /**
   * Whether Hibernate Validator checks the model's annotations alone, as the pre-check assumes:
   * no {@code META-INF/validation.xml} names constraint mappings (which may add constraints to
   * the model's types), validators, value extractors, resolvers, providers or properties.
   *
   * @param xml the bootstrap configuration read from {@code META-INF/validation.xml}, not null
   * @return true when it configures nothing
   */
  static boolean onlyAnnotations(BootstrapConfiguration xml) {
    return xml.getConstraintMappingResourcePaths().isEmpty() && xml.getProperties().isEmpty()
        && xml.getValueExtractorClassNames().isEmpty()
        && xml.getDefaultProviderClassName() == null
        && xml.getConstraintValidatorFactoryClassName() == null
        && xml.getMessageInterpolatorClassName() == null
        && xml.getTraversableResolverClassName() == null
        && xml.getParameterNameProviderClassName() == null
        && xml.getClockProviderClassName() == null;
  }

  /**
   * Whether a constraint validator or value extractor is registered as a service (in {@code
   * META-INF/services}) where Hibernate Validator looks for one: the context class loader, then
   * its own. Such a validator may take the place of a built-in one (one for {@code @NotBlank} on
   * {@code String} is chosen over the built-in one for {@code CharSequence}). A registration
   * that cannot be read counts as one.
   *
   * @return true when one is registered
   */
  static boolean servicesRegistered() {
    List<ClassLoader> loaders = new ArrayList<>(2);
    loaders.add(Thread.currentThread().getContextClassLoader());
    loaders.add(HibernateValidator.class.getClassLoader());
    for (ClassLoader loader : loaders) {
      for (Class<?> service : List.of(ConstraintValidator.class, ValueExtractor.class)) {
        try {
          if (ServiceLoader.load(service, loader).stream().findAny().isPresent()) {
            return true;
          }
        } catch (ServiceConfigurationError unreadable) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the application configured java.util.logging in a way that reaches the logger. */
  static boolean configured(Logger logger) {
    LogManager manager = LogManager.getLogManager();
    if (manager.getClass() != LogManager.class
        || System.getProperty("java.util.logging.config.file") != null
        || System.getProperty("java.util.logging.config.class") != null) {
      return true;
    }
    // a level property on the logger's name or a prefix of it (set by readConfiguration in code)
    for (String name = logger.getName(); !name.isEmpty();
        name = name.substring(0, Math.max(0, name.lastIndexOf('.')))) {
      if (manager.getProperty(name + ".level") != null) {
        return true;
      }
    }
    for (Logger l = logger; l != null; l = l.getParent()) {
      if (l.getParent() == null) {
        return !Level.INFO.equals(l.getLevel()); // the root: the JDK's default is INFO
      }
      if (l.getLevel() != null) { // a level set in code
        return true;
      }
    }
    return false;
  }

  /**
   * A validator, building Hibernate Validator's factory (slow: build one and share it; close it
   * when done).
   *
   * @return the validator
   */
  public static ModelValidator create() {
    return new ModelValidator();
  }

  /**
   * Every constraint violation of a value, as problems with pointers relative to the document
   * root, messages in zh-CN and en.
   *
   * <p>Where the value is a self-assessment, a unit, a claim or an evidence record and every
   * one of its constraints (cascades included) is proven satisfied by direct checks of its
   * components, Hibernate Validator is not run and the answer is empty; otherwise Hibernate
   * Validator validates the whole value and gives the problems. Either way the problems are
   * those of Hibernate Validator's validation of the value.
   *
   * @param value a model value, not null
   * @return the problems ({@code CONSTRAINT_VIOLATED}), sorted by pointer; empty when valid
   */
  public List<Problem> validate(Object value) {
    if (preCheck && ConstraintPreCheck.satisfied(value)) {
      return new ArrayList<>(0);
    }
    return validateAll(value);
  }

  /**
   * Every constraint violation of a value by Hibernate Validator's validation of it, as {@link
   * #validate(Object)} reports them, without the pre-check.
   *
   * @param value a model value, not null
   * @return the problems, sorted by pointer; empty when valid
   */
  List<Problem> validateAll(Object value) {
    List<ConstraintViolation<Object>> violations = new ArrayList<>(validator.validate(value));
    violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
    List<Problem> out = new ArrayList<>();
    for (ConstraintViolation<Object> v : violations) {
      String[] messages = v.getMessage().split(SEPARATOR, 2);
      String zh = messages[0];
      String en = messages.length > 1 ? messages[1] : messages[0];
      String pointer = pointer(v.getPropertyPath());
      Object bad = v.getInvalidValue();
      boolean scalar = bad == null || bad instanceof CharSequence || bad instanceof Number
          || bad instanceof Enum<?> || bad instanceof Boolean;
      out.add(Problem.of(ProblemCode.CONSTRAINT_VIOLATED, Location.pointer(pointer),
          scalar && bad != null ? String.valueOf(bad) : null, zh, en));
    }
    return out;
  }

  /** The JSON pointer of a violation's property path, such as {@code /evidence/1/hours}. */
  private static String pointer(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node n : path) {
      if (n.getIndex() != null) {
        sb.append('/').append(n.getIndex());
      }
      if (n.getName() != null && !n.getName().startsWith("<")) {
        sb.append('/').append(JacksonProblems.escape(n.getName()));
      }
    }
    return sb.toString();
  }

  /** Closes Hibernate Validator's factory; the validator is unusable afterwards. */
  @Override
  public void close() {
    factory.close();
  }
}
