package dev.rustdist.catalog.caching;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource: each of its GET methods reads the catalog in one read-only transaction that sees
 * one dataset revision, and its answer is labelled with that revision. On a method of another HTTP
 * method that only reads (a check's POST), that method does.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsOneRevision {}
