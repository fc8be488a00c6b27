package fi.valvonta.model.inspection;

import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.platform.Dimension;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The inspection checklist: what an inspector checks in each fundamental-rights dimension and the
 * provision each item rests on. The one place these legal bases are written; the UI names an item by
 * {@code checklist.<code>} in the bundles.
 */
public final class Checklist {

    /** One item; {@code appliesTo} says whether it is checked in an entity of the given language status. */
    public record Item(String code, Dimension dimension, String legalBasis, String title, Scope scope) {
        public Item {
            Objects.requireNonNull(code);
            Objects.requireNonNull(dimension);
            Objects.requireNonNull(legalBasis);
            Objects.requireNonNull(title);
            Objects.requireNonNull(scope);
        }

        public boolean appliesTo(LanguageStatus status) {
            return switch (scope) {
                case ALL -> true;
                case BILINGUAL -> status.isBilingual();
                case SAMI_HOMELAND -> status.isSamiHomeland();
            };
        }
    }

    /** Which entities an item concerns. */
    public enum Scope { ALL, BILINGUAL, SAMI_HOMELAND }

    private static final List<Item> ITEMS = List.of(
            // data protection and client data processing: GDPR and tiedonhallintalaki 906/2019
            new Item("DP_ACCESS_RIGHTS", Dimension.DATA_PROTECTION, "tietosuoja-asetus (EU) 2016/679 32 art.",
                    "Access to the client information system is limited to what each official's tasks need", Scope.ALL),
            new Item("DP_USE_LOG", Dimension.DATA_PROTECTION, "tiedonhallintalaki 906/2019 17 §",
                    "Use and disclosure of client data are logged and the log is followed up", Scope.ALL),
            new Item("DP_RECORDS", Dimension.DATA_PROTECTION, "tietosuoja-asetus (EU) 2016/679 30 art.",
                    "The record of processing activities is kept up to date", Scope.ALL),
            new Item("DP_INFORMING", Dimension.DATA_PROTECTION, "tietosuoja-asetus (EU) 2016/679 13 art.",
                    "Clients are informed of the processing of their personal data", Scope.ALL),
            // equal treatment in income security and access to services: yhdenvertaisuuslaki 1325/2014, hallintolaki 434/2003
            new Item("ET_PROMOTION", Dimension.EQUAL_TREATMENT, "yhdenvertaisuuslaki 1325/2014 5 §",
                    "The authority assesses and promotes equality in its services", Scope.ALL),
            new Item("ET_NON_DISCRIMINATION", Dimension.EQUAL_TREATMENT, "yhdenvertaisuuslaki 1325/2014 8 §",
                    "Services and benefit statements are given alike regardless of origin, language or age", Scope.ALL),
            new Item("ET_ACCOMMODATION", Dimension.EQUAL_TREATMENT, "yhdenvertaisuuslaki 1325/2014 15 §",
                    "Reasonable accommodation is made for clients with disabilities", Scope.ALL),
            new Item("ET_INTERPRETATION", Dimension.EQUAL_TREATMENT, "hallintolaki 434/2003 26 §",
                    "Interpretation is arranged in matters the authority initiates", Scope.ALL),
            // language rights: kielilaki 423/2003, saamen kielilaki 1086/2003
            new Item("LR_ACTIVE", Dimension.LANGUAGE_RIGHTS, "kielilaki 423/2003 23 §",
                    "The authority ensures language rights on its own initiative", Scope.ALL),
            new Item("LR_OWN_LANGUAGE", Dimension.LANGUAGE_RIGHTS, "kielilaki 423/2003 10 §",
                    "Clients may use Finnish or Swedish and are served in it", Scope.BILINGUAL),
            new Item("LR_SAMI", Dimension.LANGUAGE_RIGHTS, "saamen kielilaki 1086/2003 4 §",
                    "Sámi-speaking clients may use Sámi", Scope.SAMI_HOMELAND));

    private Checklist() {
    }

    public static List<Item> all() {
        return ITEMS;
    }

    /** The items of the given dimensions that concern an entity of this language status, in checklist order. */
    public static List<Item> itemsFor(Collection<Dimension> dimensions, LanguageStatus status) {
        return ITEMS.stream().filter(i -> dimensions.contains(i.dimension()) && i.appliesTo(status)).toList();
    }

    public static Optional<Item> item(String code) {
        return ITEMS.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
