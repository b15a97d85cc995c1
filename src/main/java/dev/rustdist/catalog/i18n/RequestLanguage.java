package dev.rustdist.catalog.i18n;

import jakarta.enterprise.context.RequestScoped;

/** The language chosen for the current request's texts. */
@RequestScoped
public class RequestLanguage {

  private String code;

  public String code() {
    return code == null ? Languages.DEFAULT : code;
  }

  boolean isChosen() {
    return code != null;
  }

  void choose(String code) {
    this.code = code;
  }
}
