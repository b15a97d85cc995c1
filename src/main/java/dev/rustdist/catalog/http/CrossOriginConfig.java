package dev.rustdist.catalog.http;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Which web origins may write to the catalog from a browser; any origin may read it. */
@ConfigMapping(prefix = "catalog.cors")
public interface CrossOriginConfig {

  /** Origins as browsers send them, e.g. {@code https://curators.example.org}; none by default. */
  Optional<List<String>> writeOrigins();
}
