package dev.rustdist.catalog.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A value of a closed vocabulary, written in the API and the database as its lower-case code. */
public interface Term {

  String code();

  static <T extends Enum<T> & Term> Optional<T> fromCode(Class<T> vocabulary, String code) {
    return Arrays.stream(vocabulary.getEnumConstants())
        .filter(term -> term.code().equals(code))
        .findFirst();
  }

  static <T extends Enum<T> & Term> List<String> codes(Class<T> vocabulary) {
    return Arrays.stream(vocabulary.getEnumConstants()).map(Term::code).toList();
  }
}
