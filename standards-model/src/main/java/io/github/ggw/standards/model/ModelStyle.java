package io.github.ggw.standards.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this project (项目统一的不可变类型风格).
 *
 * <p>Accessors are JavaBean getters ({@code getX}, {@code isX}) because Bean Validation silently
 * ignores constraints on accessors that are not getters; generated types are named
 * {@code ImmutableX}, are public, and offer {@code withX} copy methods. Apply it to a package
 * through {@code package-info.java}; it is retained in class files only, so the model does not
 * need Immutables at run time.
 *
 * <p>The accessor style of the whole public API follows from it:
 * <ul>
 *   <li>records (leaf values: identifiers, points changes, rungs, evidence records) use the
 *       record's own accessors, {@code x()};
 *   <li>Immutables types (aggregates that need builders or withers: {@code Standard}, {@code
 *       Criterion}, {@code SelfAssessment}, {@code ScoreReport}, {@code ItemResult} …) keep
 *       {@code getX()}/{@code isX()}, because Bean Validation reads constraints on getters only;
 *       derived methods on them use the same {@code getX()} style;
 *   <li>hand-written final classes that are values ({@code Points}, {@code Problem}, {@code
 *       Location}) use {@code getX()} for their parts, as JavaBeans do; the one result type
 *       {@code Result} uses {@code value()}, {@code problems()} and {@code warnings()}.
 * </ul>
 * Factories: {@code of}/{@code parse} make values, {@code create()} makes services (readers,
 * scorers), and computations are verbs ({@code score}, {@code resolve}, {@code compute}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    validationMethod = Value.Style.ValidationMethod.NONE,
    privateNoargConstructor = false)
public @interface ModelStyle {}
