package dev.rustdist.catalog.document;

import dev.rustdist.catalog.i18n.Languages;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The title of the document the catalog is curated from, in one language. */
@Entity
@Table(name = "document_i18n")
public class DocumentTitle extends PanacheEntityBase {

  @Id public String lang;
  public String title;

  /** The title in this language, or in the default language where it has not been translated. */
  public static String in(String lang) {
    DocumentTitle found = findById(lang);
    if (found == null) {
      found = findById(Languages.DEFAULT);
    }
    return found.title;
  }
}
