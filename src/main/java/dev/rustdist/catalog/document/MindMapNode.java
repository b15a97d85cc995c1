package dev.rustdist.catalog.document;

import dev.rustdist.catalog.assessment.AssessmentPoint;
import dev.rustdist.catalog.category.Category;
import dev.rustdist.catalog.crate.Crate;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.ListIndexBase;

/** One line of the document's mind map, with what it names. */
@Entity
public class MindMapNode extends PanacheEntityBase {

  /** The branches the assessment serves as its state and its takeaways. */
  public static final String STATE = "state";

  public static final String TAKEAWAY = "takeaway";

  @Id public Long id;

  /** Its place among the mind map's lines, from the root's 1: the tree's order. */
  public short line;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  public MindMapNode parent;

  public String branch;

  /** The category the line stands for. */
  @ManyToOne
  @JoinColumn(name = "category_id")
  public Category category;

  @ElementCollection
  @CollectionTable(name = "mind_map_node_i18n", joinColumns = @JoinColumn(name = "node_id"))
  @MapKeyColumn(name = "lang")
  @Column(name = "text")
  public Map<String, String> texts;

  @ManyToMany
  @JoinTable(
      name = "mind_map_node_crate",
      joinColumns = @JoinColumn(name = "node_id"),
      inverseJoinColumns = @JoinColumn(name = "crate_id"))
  @OrderColumn(name = "position")
  @ListIndexBase(1)
  public List<Crate> crates;

  /** The points of the assessment the line sums up. */
  @ManyToMany
  @JoinTable(
      name = "mind_map_node_assessment_point",
      joinColumns = @JoinColumn(name = "node_id"),
      inverseJoinColumns = @JoinColumn(name = "point_id"))
  @OrderColumn(name = "position")
  @ListIndexBase(1)
  public List<AssessmentPoint> points;
}
