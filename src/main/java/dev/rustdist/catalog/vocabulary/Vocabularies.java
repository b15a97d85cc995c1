package dev.rustdist.catalog.vocabulary;

import dev.rustdist.catalog.i18n.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.IntStream;

/** The labels and meanings of the vocabularies' values, which the database holds per language. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Vocabularies {

  // One row per value, in the enum's order, in the language asked for or else in the default one.
  private static final String MATURITY_LEVELS =
      "select distinct on (level) cast(level as text) as code, label, meaning from maturity_level_i18n"
          + " where lang in (:lang, :fallback) order by level, lang = :lang desc";
  private static final String RINGS =
      "select distinct on (ring) cast(ring as text) as code, label, meaning from ring_i18n"
          + " where lang in (:lang, :fallback) order by ring, lang = :lang desc";

  private final EntityManager entityManager;

  Vocabularies(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public List<TermView> maturityLevels(String lang) {
    return terms(MATURITY_LEVELS, lang);
  }

  public List<TermView> rings(String lang) {
    return terms(RINGS, lang);
  }

  private List<TermView> terms(String sql, String lang) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(sql)
            .setParameter("lang", lang)
            .setParameter("fallback", Languages.DEFAULT)
            .getResultList();
    return IntStream.range(0, rows.size())
        .mapToObj(
            i -> {
              Object[] row = rows.get(i);
              return new TermView((String) row[0], i + 1, (String) row[1], (String) row[2]);
            })
        .toList();
  }
}
