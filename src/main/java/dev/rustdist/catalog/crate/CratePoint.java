package dev.rustdist.catalog.crate;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumeratedValue;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One pro or con of a crate. */
@Entity
public class CratePoint extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "crate_id")
  public Crate crate;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  public Kind kind;

  public short position;

  @ElementCollection
  @CollectionTable(name = "crate_point_i18n", joinColumns = @JoinColumn(name = "point_id"))
  @MapKeyColumn(name = "lang")
  @Column(name = "text")
  public Map<String, String> texts;

  public enum Kind {
    PRO("pro"),
    CON("con");

    @EnumeratedValue private final String code;

    Kind(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }
}
