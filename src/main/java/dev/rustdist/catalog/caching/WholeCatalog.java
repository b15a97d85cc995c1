package dev.rustdist.catalog.caching;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a read whose answer grows with the whole catalog (every category with its crates, an export, a
 * diff): only a few such answers are assembled at once, whatever the clients ask, so that the
 * memory they take together stays within the heap; see {@link WholeCatalogReads}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface WholeCatalog {}
