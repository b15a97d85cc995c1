package dev.rustdist.catalog.query;

import dev.rustdist.catalog.i18n.LanguageNegotiation;
import dev.rustdist.catalog.problem.InvalidParameterException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters an operation does not take, and a second value of a parameter that takes
 * one: a typo is told rather than silently ignored, and a read is known by parameters that change
 * its answer, not by whatever else a client adds to it. An operation's parameters are those its
 * method declares, directly or through a {@link BeanParam}, and {@code lang}.
 */
public class KnownParameters {

  private final Map<Method, Map<String, Boolean>> byOperation = new ConcurrentHashMap<>();

  @ServerRequestFilter(priority = Priorities.USER - 200, nonBlocking = true)
  public void refuseUnknown(ResourceInfo resource, UriInfo uri) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Map<String, Boolean> known = byOperation.computeIfAbsent(method, KnownParameters::declared);
    MultivaluedMap<String, String> given = uri.getQueryParameters();
    for (Map.Entry<String, List<String>> parameter : given.entrySet()) {
      String name = parameter.getKey();
      Boolean repeatable = known.get(name);
      if (repeatable == null) {
        throw new InvalidParameterException(
            name,
            String.join(",", parameter.getValue()),
            "is not a parameter of this operation; its parameters are "
                + String.join(", ", known.keySet()),
            List.copyOf(known.keySet()));
      }
      if (!repeatable && parameter.getValue().size() > 1) {
        throw new InvalidParameterException(
            name, String.join(",", parameter.getValue()), "must be given once");
      }
    }
  }

  /** The query parameters a resource method reads, each with whether it takes several values. */
  private static Map<String, Boolean> declared(Method method) {
    Map<String, Boolean> names = new TreeMap<>();
    names.put(LanguageNegotiation.LANG_PARAMETER, false);
    for (Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (query != null) {
        names.put(query.value(), Collection.class.isAssignableFrom(parameter.getType()));
      }
      if (parameter.isAnnotationPresent(BeanParam.class)) {
        for (Field field : parameter.getType().getFields()) {
          QueryParam inBean = field.getAnnotation(QueryParam.class);
          if (inBean != null) {
            names.put(inBean.value(), Collection.class.isAssignableFrom(field.getType()));
          }
        }
      }
    }
    return Collections.unmodifiableMap(names);
  }
}
