package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the reactor publishes, checked from here because this module builds last: during {@code
 * mvn verify} (or {@code install}) every other module has made its jars by the time these tests
 * run. The published modules are read from the parent POM's {@code <modules>}: those that make a
 * jar and are deployed (this module sets {@code maven.deploy.skip}). Each has a sources jar and a
 * Javadoc jar beside its main jar, whose manifest names its module; the parent POM carries the
 * metadata a public repository asks for, and the BOM names every published module.
 */
class PublishingTest {
  private static final Path ROOT = Path.of(System.getProperty("basedir", "."))
      .toAbsolutePath().resolve("..").normalize();

  record Module(String folder, Element pom) {
    String artifactId() {
      return text(pom, "artifactId");
    }

    String version() {
      String own = text(pom, "version");
      return own.isEmpty() ? text(child(pom, "parent"), "version") : own;
    }

    String packaging() {
      String own = text(pom, "packaging");
      return own.isEmpty() ? "jar" : own;
    }

    String property(String name) {
      return text(child(pom, "properties"), name);
    }

    boolean published() {
      return packaging().equals("jar") && !property("maven.deploy.skip").equals("true");
    }

    @Override
    public String toString() {
      return folder;
    }

    Path target(String suffix) {
      return ROOT.resolve(folder).resolve("target")
          .resolve(artifactId() + "-" + version() + suffix);
    }
  }

  private static Element read(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("cannot read " + pom, e);
    }
  }

  /** The first child element of that name, or null. */
  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent != null) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTagName().equals(name)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** The trimmed text of a child element, or "" when it is absent. */
  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().strip();
  }

  private static Element parent() {
    return read(ROOT.resolve("pom.xml"));
  }

  /** The parent's modules, and those of its profiles (the benchmarks). */
  static List<Module> modules() {
    Element parent = parent();
    List<Element> lists = new ArrayList<>(children(parent, "modules"));
    for (Element profile : children(child(parent, "profiles"), "profile")) {
      lists.addAll(children(profile, "modules"));
    }
    List<Module> out = new ArrayList<>();
    for (Element list : lists) {
      for (Element module : children(list, "module")) {
        String folder = module.getTextContent().strip();
        out.add(new Module(folder, read(ROOT.resolve(folder).resolve("pom.xml"))));
      }
    }
    return out;
  }

  static Stream<Module> publishedModules() {
    return modules().stream().filter(Module::published);
  }

  @Test
  void theParentPomCarriesTheMetadataOfAPublicRepository() {
    Element pom = parent();
    assertThat(text(pom, "name")).isNotEmpty();
    assertThat(text(pom, "description")).isNotEmpty();
    assertThat(text(pom, "url")).startsWith("https://");
    List<Element> licenses = children(child(pom, "licenses"), "license");
    assertThat(licenses).hasSize(1);
    assertThat(text(licenses.get(0), "name")).isEqualTo("Apache-2.0");
    assertThat(text(licenses.get(0), "url")).contains("apache.org/licenses/LICENSE-2.0");
    List<Element> developers = children(child(pom, "developers"), "developer");
    assertThat(developers).isNotEmpty();
    assertThat(developers).allSatisfy(d -> assertThat(text(d, "name")).isNotEmpty());
    Element scm = child(pom, "scm");
    assertThat(scm).isNotNull();
    assertThat(text(scm, "connection")).startsWith("scm:git:");
    assertThat(text(scm, "developerConnection")).startsWith("scm:git:");
    assertThat(text(scm, "url")).startsWith("https://");
    assertThat(ROOT.resolve("LICENSE")).content().contains("Apache License",
        "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
  }

  @Test
  void everyModuleDescribesItself() {
    assertThat(modules()).extracting(Module::folder).contains("samples", "standards-bom");
    assertThat(modules()).allSatisfy(m -> assertThat(text(m.pom(), "description"))
        .as(m.folder()).isNotEmpty());
  }

  @Test
  void theBomNamesEveryPublishedModuleAtTheReactorsVersionWithTheParentsMetadata() {
    Element parent = parent();
    Element bom = read(ROOT.resolve("standards-bom/pom.xml"));
    assertThat(text(bom, "packaging")).isEqualTo("pom");
    assertThat(text(bom, "groupId")).isEqualTo(text(parent, "groupId"));
    assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
    // no parent: importing the BOM must not bring the build's third-party versions along
    assertThat(child(bom, "parent")).isNull();
    for (String same : List.of("url", "licenses", "developers", "scm")) {
      assertThat(child(bom, same)).as(same).isNotNull();
      assertThat(child(bom, same).getTextContent().replaceAll("\\s+", " ").strip()).as(same)
          .isEqualTo(child(parent, same).getTextContent().replaceAll("\\s+", " ").strip());
    }
    List<Element> managed = children(child(child(bom, "dependencyManagement"), "dependencies"),
        "dependency");
    // the modules at the reactor's version, and BouncyCastle at the version the build uses
    List<Element> own = managed.stream()
        .filter(d -> !"org.bouncycastle".equals(text(d, "groupId"))).toList();
    assertThat(own).allSatisfy(d -> {
      assertThat(text(d, "groupId")).isEqualTo(text(parent, "groupId"));
      assertThat(text(d, "version")).isEqualTo("${project.version}");
    });
    assertThat(managed.stream().filter(d -> "org.bouncycastle".equals(text(d, "groupId"))))
        .extracting(d -> text(d, "artifactId") + ":" + text(d, "version"))
        .containsExactlyInAnyOrder("bcprov-jdk18on:1.87", "bcpkix-jdk18on:1.87");
    assertThat(text(child(parent, "properties"), "bouncycastle.version")).isEqualTo("1.87");
    assertThat(own.stream().map(d -> text(d, "artifactId")).toList())
        .containsAll(publishedModules().map(Module::artifactId).toList());
  }

  @Test
  void theModulesThatAreNotPublishedAreKnown() {
    assertThat(modules().stream().filter(m -> !m.published()).map(Module::folder))
        .containsExactlyInAnyOrder("standards-bom", "samples", "standards-bench");
    assertThat(publishedModules().map(Module::artifactId))
        .contains("standards-model", "standards-rules", "standards-json", "standards-report",
            "standards-testkit");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedModules")
  void sourcesAndJavadocJarsBesideAMainJarThatNamesItsModule(Module module) throws IOException {
    Path main = module.target(".jar");
    assumeTrue(Files.exists(main), module.folder()
        + " has no jar yet: jars are made in the package phase (mvn verify makes them)");
    String expected = "io.github.ggw.standards."
        + module.artifactId().replaceFirst("^standards-", "");
    assertThat(module.property("module.name")).isEqualTo(expected);
    try (JarFile jar = new JarFile(main.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo(expected);
    }
    try (JarFile sources = new JarFile(module.target("-sources.jar").toFile())) {
      assertThat(sources.stream().map(e -> e.getName()))
          .anyMatch(n -> n.endsWith(".java"));
    }
    try (JarFile javadoc = new JarFile(module.target("-javadoc.jar").toFile())) {
      assertThat(javadoc.getEntry("index.html")).isNotNull();
    }
  }
}
