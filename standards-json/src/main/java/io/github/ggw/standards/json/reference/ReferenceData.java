package io.github.ggw.standards.json.reference;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.internal.ReadPipeline;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.StandardsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The reference data bundled in this jar (内置参考数据): the Changzhou reference standard and the
 * sample self-assessments of fictional units.
 *
 * <p>The Changzhou standard is MODELLED: the official text of the city's basic standard is not
 * public, so the sheet follows the public pattern of the city's basic standard and
 * the clauses of the Wujin district education bureau's 2020 work points, which every indicator
 * cites. Integrators swap in the official sheet as data. Thread-safe.
 */
public final class ReferenceData {
  private static final String BASE = "/io/github/ggw/standards/json/reference/";
  /** The resource of the bundled Changzhou standard. */
  public static final String CHANGZHOU_STANDARD =
      BASE + "standards/changzhou-quality-basic-2021.1.json";
  /** The folder of the bundled valid samples. */
  public static final String SAMPLES = BASE + "samples/";
  /** The bundled invalid sample, kept apart from the default set. */
  public static final String INVALID_SAMPLE = BASE + "samples-invalid/invalid-claims.json";

  private ReferenceData() {}

  private static final class Holder {
    // bound as trusted input, without Bean Validation or the reader's checks: the build reads
    // the same bytes with all of them and requires no problem and an equal standard
    // (ReferenceDataTest), so they would find nothing here, and a command's cold start is
    // spared the validation of a standard nobody sent
    static final Standard CHANGZHOU = ReadPipeline.create(ReadLimits.DEFAULT, ReadMode.STRICT)
        .bind(resource(CHANGZHOU_STANDARD), Standard.class);
  }

  /**
   * The bundled Changzhou reference standard, version 2021.1 (modelled; see the class comment).
   * Bound once, on first use, without checking it again at run time: the build checks that the
   * bundled file reads with no problem at all through {@link StandardsJson#readStandard(byte[])}
   * (strict) and gives an equal standard.
   *
   * @return the standard, loaded once
   * @throws StandardsException if the bundled file is missing or does not bind (a build defect)
   */
  public static Standard changzhouStandard() {
    return Holder.CHANGZHOU;
  }

  /**
   * The names of the bundled valid sample assessments, in scoring order.
   *
   * @return resource names such as {@code 01-excellent-primary.json}
   */
  public static List<String> sampleNames() {
    return names(SAMPLES);
  }

  /** The names listed in a folder's {@code index.txt}, skipping blank and {@code #} lines. */
  private static List<String> names(String folder) {
    String index = new String(resource(folder + "index.txt"), StandardCharsets.UTF_8);
    return Arrays.stream(index.split("\n")).map(String::strip)
        .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
  }

  /**
   * The bytes of a bundled valid sample.
   *
   * @param name a name from {@link #sampleNames()}
   * @return the bytes
   * @throws StandardsException if there is no such sample
   */
  public static byte[] sample(String name) {
    return resource(SAMPLES + name);
  }

  /**
   * The bytes of a bundled resource.
   *
   * @param path an absolute resource path such as {@link #CHANGZHOU_STANDARD}
   * @return the bytes
   * @throws StandardsException if the resource is missing or unreadable
   */
  public static byte[] resource(String path) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new StandardsException("no bundled resource " + path, String.valueOf(path));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new StandardsException("cannot read bundled resource " + path, path, e);
    }
  }

  // ---- review workflow

  /** The resource of the bundled unit registry (modelled: fictional units and offices). */
  public static final String CHANGZHOU_REGISTRY = BASE + "registry/changzhou-registry.json";
  /** The folder of the bundled sample case files. */
  public static final String CASE_FILES = BASE + "cases/";

  private static final class RegistryHolder {
    static final io.github.ggw.standards.model.workflow.UnitRegistry REGISTRY =
        WorkflowJson.create().readRegistry(resource(CHANGZHOU_REGISTRY)).orElseThrow();
  }

  /**
   * The bundled unit registry (modelled): the units of the sample self-assessments and one
   * city-run school, with their real GB/T 2260 district codes, the unit staff, one reviewer per
   * district, the city's reviewer of city-run schools, a reviewer seconded from a school, and the
   * city's approver. It says why it is modelled in its {@code note} member.
   *
   * @return the registry, loaded once
   * @throws StandardsException if the bundled file is missing or invalid (a build defect)
   */
  public static io.github.ggw.standards.model.workflow.UnitRegistry changzhouRegistry() {
    return RegistryHolder.REGISTRY;
  }

  /**
   * The names of the bundled sample case files, made from the sample self-assessments by the
   * workflow with a fixed clock (see the test that regenerates them).
   *
   * @return resource names such as {@code WJ-PS-001-2022.case.json}
   */
  public static List<String> caseFileNames() {
    return names(CASE_FILES);
  }

  /**
   * The bytes of a bundled sample case file.
   *
   * @param name a name from {@link #caseFileNames()}
   * @return the bytes
   * @throws StandardsException if there is no such case file
   */
  public static byte[] caseFile(String name) {
    return resource(CASE_FILES + name);
  }

  /**
   * The bundled example needs menu (modelled): the needs of the fictional unit WJ-PS-001 for
   * 2022, written for this library to show the matching of seed §三.1 (no real school's menu);
   * read it with {@link io.github.ggw.standards.json.menu.MenusJson#readNeeds(byte[])}.
   */
  public static final String EXAMPLE_NEEDS_MENU = BASE + "menus/WJ-PS-001-2022.needs.json";

  /**
   * The bundled example resource menu (modelled): what the elders E01–E05 and E09 of sample 01
   * offer WJ-PS-001 in 2022 (no real school's menu); read it with {@link
   * io.github.ggw.standards.json.menu.MenusJson#readResources(byte[])}.
   */
  public static final String EXAMPLE_RESOURCE_MENU =
      BASE + "menus/WJ-PS-001-2022.resources.json";

  /** The folder of the demo private keys, one PKCS#12 store per office of the bundled registry. */
  public static final String DEMO_KEYS = BASE + "keys/";

  /**
   * The password of the demo private keys: {@value}. Published, like the keys themselves, so
   * that the walk-through in the README runs: a decision signed with a demo key proves nothing,
   * and only a registry marked {@code "demo": true} accepts one (see docs/workflow.md, “Demo
   * keys”).
   */
  public static final String DEMO_KEY_PASSWORD = "standards-demo";

  /**
   * The demo private key of an office of the bundled registry, as a PKCS#12 store protected by
   * {@link #DEMO_KEY_PASSWORD}.
   *
   * @param officeId an office of the bundled registry, such as {@code WJ-OFFICE} or {@code
   *     CZ-CITY-OFFICE}
   * @return the store's bytes
   * @throws StandardsException if the bundled registry has no such office
   */
  public static byte[] demoKey(String officeId) {
    return resource(DEMO_KEYS + officeId + ".p12");
  }
}
