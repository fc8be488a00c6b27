package fi.valvonta.model.inspection;

import fi.valvonta.model.risk.Inputs;

import fi.valvonta.model.platform.Dimension;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecklistTest {

    @Test
    void everyItemNamesALegalBasisAndCodesAreUnique() {
        List<Checklist.Item> all = Checklist.all();
        assertEquals(all.size(), new HashSet<>(all.stream().map(Checklist.Item::code).toList()).size());
        all.forEach(i -> assertTrue(i.legalBasis().matches(".*\\d+.*(§|art\\.)"), i.code() + ": " + i.legalBasis()));
        for (Dimension d : Dimension.values()) {
            assertTrue(all.stream().anyMatch(i -> i.dimension() == d), "no item for " + d);
        }
    }

    @Test
    void languageItemsFollowTheLanguageStatus() {
        EnumSet<Dimension> lr = EnumSet.of(Dimension.LANGUAGE_RIGHTS);
        List<String> unilingual = codes(Checklist.itemsFor(lr, Inputs.UNILINGUAL));
        List<String> bilingual = codes(Checklist.itemsFor(lr, Inputs.BILINGUAL_SV));
        List<String> sami = codes(Checklist.itemsFor(lr, Inputs.SAMI));
        assertEquals(List.of("LR_ACTIVE"), unilingual);
        assertEquals(List.of("LR_ACTIVE", "LR_OWN_LANGUAGE"), bilingual);
        assertEquals(List.of("LR_ACTIVE", "LR_SAMI"), sami);
        assertEquals("kielilaki 423/2003 10 §", Checklist.item("LR_OWN_LANGUAGE").orElseThrow().legalBasis());
    }

    @Test
    void onlyTheAskedDimensionsAreListed() {
        List<Checklist.Item> dp = Checklist.itemsFor(EnumSet.of(Dimension.DATA_PROTECTION), Inputs.BILINGUAL_FI);
        assertFalse(dp.isEmpty());
        assertTrue(dp.stream().allMatch(i -> i.dimension() == Dimension.DATA_PROTECTION));
    }

    private static List<String> codes(List<Checklist.Item> items) {
        return items.stream().map(Checklist.Item::code).toList();
    }
}
