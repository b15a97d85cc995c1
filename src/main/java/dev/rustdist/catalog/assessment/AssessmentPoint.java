package dev.rustdist.catalog.assessment;

import dev.rustdist.catalog.counterpart.Counterpart;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumeratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;

/** One point of the document's overall assessment of the ecosystem. */
@Entity
public class AssessmentPoint extends PanacheEntityBase {

  @Id public Long id;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  public Section section;

  public short position;

  @ElementCollection
  @CollectionTable(name = "assessment_point_i18n", joinColumns = @JoinColumn(name = "point_id"))
  @MapKeyColumn(name = "lang")
  public Map<String, Text> texts;

  /** The frameworks and platforms of other ecosystems that the point names. */
  @ManyToMany
  @JoinTable(
      name = "assessment_point_counterpart",
      joinColumns = @JoinColumn(name = "point_id"),
      inverseJoinColumns = @JoinColumn(name = "counterpart_id"))
  @OrderColumn(name = "position")
  @ListIndexBase(1)
  public List<Counterpart> counterparts;

  /** The point's texts in one language; the title is null where the point has none. */
  @Embeddable
  public record Text(String title, String text) {}

  public enum Section {
    OVERVIEW("overview"),
    STRENGTH("strength"),
    WEAKNESS("weakness"),
    TREND("trend"),
    CONCLUSION("conclusion");

    @EnumeratedValue private final String code;

    Section(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }
}
