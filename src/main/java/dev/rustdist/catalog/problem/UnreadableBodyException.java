package dev.rustdist.catalog.problem;

import com.fasterxml.jackson.core.JsonProcessingException;

/** A body read by the application rather than by the HTTP layer that is not of the right shape. */
public class UnreadableBodyException extends RuntimeException {

  public UnreadableBodyException(JsonProcessingException cause) {
    super(cause);
  }

  @Override
  public synchronized JsonProcessingException getCause() {
    return (JsonProcessingException) super.getCause();
  }
}
