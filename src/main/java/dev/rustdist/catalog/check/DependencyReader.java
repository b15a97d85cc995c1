package dev.rustdist.catalog.check;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.rustdist.catalog.http.JsonLimits;
import dev.rustdist.catalog.problem.ContentTooLargeException;
import dev.rustdist.catalog.problem.UnreadableDocumentException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.JsonParser;

/**
 * Reads the dependencies out of a Cargo.lock or a Cargo.toml (TOML), or a CycloneDX or SPDX SBOM
 * (JSON), each with a parser of its format. What cannot be read is a 400 that says where the parser
 * stopped; a document with more packages than a check reads is a 413.
 */
@ApplicationScoped
public class DependencyReader {

  /** The most packages (or components) a document may hold. */
  public static final int MAX_PACKAGES = 2_000;

  private static final List<String> MANIFEST_TABLES =
      List.of("dependencies", "dev-dependencies", "build-dependencies");

  private final ObjectMapper json;
  private final TomlMapper toml;

  DependencyReader(ObjectMapper json) {
    this.json = json;
    // a Cargo.lock or Cargo.toml nests a handful of levels: as deep as a JSON body may, no deeper
    this.toml =
        new TomlMapper(
            TomlFactory.builder()
                .streamReadConstraints(
                    StreamReadConstraints.builder()
                        .maxNestingDepth(JsonLimits.MAX_NESTING_DEPTH)
                        .maxNumberLength(JsonLimits.MAX_NUMBER_LENGTH)
                        .build())
                .build());
  }

  /** The dependencies of a TOML document: a Cargo.lock, else a Cargo.toml. */
  DependencyList readToml(byte[] body) {
    JsonNode root = parse(toml, body, "TOML");
    if (root.path("package").isArray()) {
      return new DependencyList(DocumentFormat.CARGO_LOCK, lockPackages(root.get("package")));
    }
    if (root.path("package").isObject()
        || root.path("workspace").isObject()
        || MANIFEST_TABLES.stream().anyMatch(root::has)) {
      return new DependencyList(DocumentFormat.CARGO_TOML, manifestDependencies(root));
    }
    throw UnreadableDocumentException.of(
        "body",
        "is TOML, but neither a Cargo.lock (it has no [[package]] entries) nor a Cargo.toml (it"
            + " has no [package], [workspace] or [dependencies] table)");
  }

  /** The dependencies of a JSON document: a CycloneDX BOM or an SPDX 2 document. */
  DependencyList readJson(byte[] body) {
    JsonNode root = parse(json, body, "JSON");
    if ("CycloneDX".equals(root.path("bomFormat").asText(null))) {
      return new DependencyList(DocumentFormat.CYCLONEDX, cycloneDxComponents(body));
    }
    if (root.path("spdxVersion").isTextual()) {
      return new DependencyList(DocumentFormat.SPDX, spdxPackages(root));
    }
    throw UnreadableDocumentException.of(
        "body",
        "is JSON, but neither a CycloneDX BOM (with \"bomFormat\": \"CycloneDX\") nor an SPDX 2"
            + " document (with \"spdxVersion\")");
  }

  private static JsonNode parse(ObjectMapper mapper, byte[] body, String format) {
    if (body == null || body.length == 0) {
      throw UnreadableDocumentException.of(
          "body", "is empty: send a Cargo.lock, a Cargo.toml, or a CycloneDX or SPDX SBOM in JSON");
    }
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (StreamConstraintsException tooMuch) {
      throw UnreadableDocumentException.of(
          "body",
          "is nested deeper than "
              + JsonLimits.MAX_NESTING_DEPTH
              + " levels, or holds a number longer than "
              + JsonLimits.MAX_NUMBER_LENGTH
              + " digits or more than "
              + JsonLimits.MAX_TOKENS
              + " tokens");
    } catch (JacksonException malformed) {
      JsonLocation at = malformed.getLocation();
      throw UnreadableDocumentException.at(
          "is not well-formed " + format,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr());
    } catch (IOException unreadable) {
      throw UnreadableDocumentException.of("body", "is not " + format + " text in UTF-8");
    }
    if (root == null || !root.isObject()) {
      throw UnreadableDocumentException.of(
          "body", "must be a " + format + " document whose top level is a table or object");
    }
    return root;
  }

  /**
   * A Cargo.lock's packages from a registry or a repository; those without a source are the
   * project's own (its workspace's members and path dependencies), not dependencies to check.
   */
  private static List<Dependency> lockPackages(JsonNode packages) {
    requireAtMostMax("package", packages.size());
    List<Dependency> dependencies = new ArrayList<>();
    for (int i = 0; i < packages.size(); i++) {
      JsonNode entry = packages.get(i);
      String field = "package[" + i + "]";
      if (!entry.isObject()) {
        throw UnreadableDocumentException.of(field, "must be a table");
      }
      String name = text(entry, field, "name", true);
      String version = text(entry, field, "version", true);
      if (entry.has("source")) {
        text(entry, field, "source", true);
        dependencies.add(new Dependency(name, version));
      }
    }
    return dependencies;
  }

  /**
   * A Cargo.toml's dependencies of every kind, for every target and of the workspace, by the name
   * they have on crates.io (a renamed one by its {@code package}); path-only dependencies are the
   * project's own.
   */
  private static List<Dependency> manifestDependencies(JsonNode root) {
    List<Dependency> dependencies = new ArrayList<>();
    MANIFEST_TABLES.forEach(table -> addDependencies(root, table, dependencies));
    root.path("target")
        .properties()
        .forEach(
            target ->
                MANIFEST_TABLES.forEach(
                    table ->
                        addDependencies(
                            target.getValue(),
                            "target." + target.getKey() + "." + table,
                            table,
                            dependencies)));
    addDependencies(root.path("workspace"), "workspace.dependencies", "dependencies", dependencies);
    return dependencies;
  }

  private static void addDependencies(JsonNode root, String table, List<Dependency> into) {
    addDependencies(root, table, table, into);
  }

  private static void addDependencies(
      JsonNode parent, String field, String table, List<Dependency> into) {
    JsonNode dependencies = parent.path(table);
    if (dependencies.isMissingNode()) {
      return;
    }
    if (!dependencies.isObject()) {
      throw UnreadableDocumentException.of(field, "must be a table");
    }
    for (Map.Entry<String, JsonNode> dependency : dependencies.properties()) {
      String at = field + "." + dependency.getKey();
      JsonNode spec = dependency.getValue();
      plain(at, dependency.getKey());
      if (spec.isTextual()) {
        into.add(new Dependency(dependency.getKey(), plain(at, spec.textValue())));
      } else if (spec.isObject()) {
        String renamed = text(spec, at, "package", false);
        String version = text(spec, at, "version", false);
        boolean pathOnly = spec.has("path") && version == null && !spec.has("git");
        if (!pathOnly) {
          into.add(new Dependency(renamed != null ? renamed : dependency.getKey(), version));
        }
      } else {
        throw UnreadableDocumentException.of(at, "must be a version requirement or a table");
      }
      requireAtMostMax(field, into.size());
    }
  }

  /** A CycloneDX BOM's components, nested ones included, read with CycloneDX's own model. */
  private List<Dependency> cycloneDxComponents(byte[] body) {
    Bom bom;
    try {
      bom = new JsonParser().parse(body);
    } catch (ParseException unfit) {
      throw unfit(unfit.getCause());
    } catch (RuntimeException unfit) {
      throw unfit(unfit);
    }
    List<Dependency> dependencies = new ArrayList<>();
    addComponents(bom.getComponents(), dependencies);
    return dependencies;
  }

  private static void addComponents(List<Component> components, List<Dependency> into) {
    if (components == null) {
      return;
    }
    for (Component component : components) {
      crate(component.getPurl(), component.getName(), component.getVersion()).ifPresent(into::add);
      requireAtMostMax("components", into.size());
      addComponents(component.getComponents(), into);
    }
  }

  /** Where a document of the right format does not fit that format's model. */
  private static UnreadableDocumentException unfit(Throwable cause) {
    String field =
        cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
            ? mapping.getPath().stream()
                .map(
                    ref ->
                        ref.getFieldName() != null
                            ? "." + ref.getFieldName()
                            : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .substring(1)
            : "body";
    JsonLocation at = cause instanceof JacksonException read ? read.getLocation() : null;
    String reason = "does not fit the CycloneDX model";
    return at != null && at.getLineNr() > 0 && field.equals("body")
        ? UnreadableDocumentException.at(reason, at.getLineNr(), at.getColumnNr())
        : UnreadableDocumentException.of(field.isEmpty() ? "body" : field, reason);
  }

  /** An SPDX 2 document's packages, by their package URL where they have one. */
  private static List<Dependency> spdxPackages(JsonNode root) {
    JsonNode packages = root.path("packages");
    if (packages.isMissingNode()) {
      return List.of();
    }
    if (!packages.isArray()) {
      throw UnreadableDocumentException.of("packages", "must be an array");
    }
    requireAtMostMax("packages", packages.size());
    List<Dependency> dependencies = new ArrayList<>();
    for (int i = 0; i < packages.size(); i++) {
      JsonNode entry = packages.get(i);
      String field = "packages[" + i + "]";
      if (!entry.isObject()) {
        throw UnreadableDocumentException.of(field, "must be an object");
      }
      String name = text(entry, field, "name", true);
      String version = text(entry, field, "versionInfo", false);
      String purl = null;
      for (JsonNode reference : entry.path("externalRefs")) {
        if ("purl".equals(reference.path("referenceType").asText(null))
            && reference.path("referenceLocator").isTextual()) {
          purl = reference.get("referenceLocator").textValue();
        }
      }
      crate(purl, name, version).ifPresent(dependencies::add);
    }
    return dependencies;
  }

  /**
   * The crate a package URL names, or the package's own name where it has no package URL; a package
   * of another ecosystem (npm, maven, ...) is not a crate.
   */
  private static Optional<Dependency> crate(String purl, String name, String version) {
    plain("body", purl);
    plain("body", name);
    plain("body", version);
    if (purl != null) {
      try {
        PackageURL url = new PackageURL(purl);
        return "cargo".equals(url.getType())
            ? Optional.of(
                new Dependency(
                    url.getName(), url.getVersion() != null ? url.getVersion() : version))
            : Optional.empty();
      } catch (MalformedPackageURLException unreadable) {
        // read by its name, as a package without a package URL is
      }
    }
    return name == null || name.isBlank()
        ? Optional.empty()
        : Optional.of(new Dependency(name, version));
  }

  private static String text(JsonNode entry, String field, String key, boolean required) {
    JsonNode value = entry.get(key);
    if (value == null) {
      if (required) {
        throw UnreadableDocumentException.of(field + "." + key, "is required");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw UnreadableDocumentException.of(field + "." + key, "must be a string");
    }
    return plain(field + "." + key, value.textValue());
  }

  /** No name or version has a control character in it, nor can a report repeat one. */
  private static String plain(String field, String value) {
    if (value != null && value.chars().anyMatch(Character::isISOControl)) {
      throw UnreadableDocumentException.of(field, "must not contain control characters");
    }
    return value;
  }

  private static void requireAtMostMax(String field, int count) {
    if (count > MAX_PACKAGES) {
      throw new ContentTooLargeException(
          field,
          "holds more than " + MAX_PACKAGES + " packages, the most a check reads from a document");
    }
  }
}
