package dev.rustdist.catalog.i18n;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A language the catalog's texts are written in. */
@Entity
public class Language extends PanacheEntityBase {

  @Id public String code;
  public String name;
  public short position;
}
