package dev.rustdist.catalog.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Bounds what reading a JSON body may cost, whatever the body: no deeper nesting than any write's
 * shape needs (a merge patch's or a crate's, a handful of levels), no longer numbers than a number
 * has, nor more tokens than a body under the size limit can hold sensibly. A body over them is a
 * 400 problem like any body that cannot be read.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

  public static final int MAX_NESTING_DEPTH = 16;
  public static final int MAX_NUMBER_LENGTH = 32;
  public static final long MAX_TOKENS = 100_000;

  @Override
  public void customize(ObjectMapper json) {
    json.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxTokenCount(MAX_TOKENS)
                .build());
  }
}
