package dev.rustdist.catalog.i18n;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Chooses each request's language before its resource runs, and says which in the response. */
public class LanguageNegotiation {

  public static final String LANG_PARAMETER = "lang";

  private final Languages languages;
  private final RequestLanguage requestLanguage;

  LanguageNegotiation(Languages languages, RequestLanguage requestLanguage) {
    this.languages = languages;
    this.requestLanguage = requestLanguage;
  }

  // before the filters that depend on the language, such as the response snapshots; on the I/O
  // thread, since the languages offered are read once, at start
  @ServerRequestFilter(priority = Priorities.USER - 100, nonBlocking = true)
  public void chooseLanguage(ContainerRequestContext request) {
    requestLanguage.choose(
        languages.resolve(
            request.getUriInfo().getQueryParameters().getFirst(LANG_PARAMETER),
            request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
  }

  @ServerResponseFilter
  public void sayLanguage(ContainerResponseContext response) {
    response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    if (requestLanguage.isChosen() && response.getStatus() < 400) {
      response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, requestLanguage.code());
    }
  }
}
