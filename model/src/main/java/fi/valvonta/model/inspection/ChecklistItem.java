package fi.valvonta.model.inspection;

import fi.valvonta.model.platform.Dimension;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Optional;

/** One item of an inspection's checklist, copied from {@link Checklist} with its legal basis. */
@Entity
@Table(name = "inspection_checklist_item")
public class ChecklistItem {

    public static final int CODE_LENGTH = 40;
    public static final int LEGAL_BASIS_LENGTH = 160;

    @Id
    @SequenceGenerator(name = "inspection_checklist_item_seq", sequenceName = "inspection_checklist_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_checklist_item_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id", nullable = false)
    private Inspection inspection;

    @Column(name = "item_position", nullable = false)
    private int position;

    @Column(name = "item_code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", nullable = false, length = 24)
    private Dimension dimension;

    /** The provision the item rests on, as the checklist named it when the inspection was created. */
    @Column(name = "legal_basis", nullable = false, length = LEGAL_BASIS_LENGTH)
    private String legalBasis;

    /** Null until assessed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 16)
    private FindingOutcome outcome;

    protected ChecklistItem() {
        // for JPA
    }

    ChecklistItem(Inspection inspection, int position, Checklist.Item item) {
        this.inspection = inspection;
        this.position = position;
        this.code = item.code();
        this.dimension = item.dimension();
        this.legalBasis = item.legalBasis();
    }

    void assess(FindingOutcome result) {
        // a deficiency stays a deficiency even if another observation of the item was compliant
        if (outcome != FindingOutcome.DEFICIENCY) {
            this.outcome = result;
        }
    }

    public Long id() { return id; }
    public int position() { return position; }
    public String code() { return code; }
    public Dimension dimension() { return dimension; }
    public String legalBasis() { return legalBasis; }
    public Optional<FindingOutcome> outcome() { return Optional.ofNullable(outcome); }
}
