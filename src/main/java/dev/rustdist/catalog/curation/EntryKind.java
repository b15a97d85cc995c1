package dev.rustdist.catalog.curation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What one kind of curated entry (crates, categories, whatever comes next) brings to the one write
 * path that {@link CurationService} runs for them all: how to find an entry, how it reads as the
 * input curators write, the rules its input must keep, where a new one goes, when one may be
 * removed, and how the API shows it.
 *
 * @param <E> the entity
 * @param <I> the input curators write
 * @param <V> the view the API shows
 */
public interface EntryKind<E, I extends EntryInput, V> {

  /**
   * How the change log (whose entity column lists the kinds) and problems name it: {@code crate}.
   */
  String name();

  /** The input a merge patch is applied to. */
  Class<I> inputType();

  Optional<E> find(String slug);

  /** The slug of every entry of this kind in the catalog, in no particular order. */
  List<String> slugs();

  /** The entries of this kind with these slugs, in no particular order. */
  List<E> withSlugs(Collection<String> slugs);

  /** The entry's version, which every write raises and If-Match must name. */
  int version(E entry);

  I toInput(E entry);

  /**
   * Adds every rule of this kind that the input breaks, beyond its fields' own constraints. It runs
   * under the catalog's lock, and looks up in the catalog only what {@link BodyCheck#isBroken} does
   * not already refuse.
   */
  void check(I input, BodyCheck check);

  /** A new entry, to be placed after the last one of its list and filled by {@link #write}. */
  E create();

  /** Writes the input onto the entry, at the version this write gives it. */
  void write(E entry, I input, int version);

  /** Removes the entry, or refuses with a conflict when it may not be removed. */
  void delete(E entry);

  /** The entry as the API shows it, read with this transaction's writes. */
  V view(String slug, String lang);

  /** The position after the highest one taken in a list; the first when none is. */
  static short positionAfter(Short highest) {
    return (short) ((highest == null ? 0 : highest) + 1);
  }
}
