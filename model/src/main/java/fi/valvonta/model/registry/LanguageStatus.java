package fi.valvonta.model.registry;

import fi.valvonta.model.platform.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Language status of a municipality (kielilaki 423/2003 5 §: unilingual or bilingual, with a majority
 * language) and whether it lies in the Sámi homeland (saamen kielilaki 1086/2003 4 §).
 */
@Embeddable
public class LanguageStatus {

    /** Official languages as ISO codes separated by ';', as in the registry data ("fi;sv"). */
    @Column(name = "official_languages", nullable = false, length = 16)
    private String officialLanguages;

    @Enumerated(EnumType.STRING)
    @Column(name = "majority_language", nullable = false, length = 8)
    private Language majorityLanguage;

    @Column(name = "sami_homeland", nullable = false)
    private boolean samiHomeland;

    protected LanguageStatus() {
        // for JPA
    }

    public LanguageStatus(Set<Language> official, Language majority, boolean samiHomeland) {
        Objects.requireNonNull(majority, "majority");
        if (official == null || official.isEmpty()) {
            throw new IllegalArgumentException("a municipality has at least one official language");
        }
        if (!official.contains(majority)) {
            throw new IllegalArgumentException("majority language " + majority + " is not an official language " + official);
        }
        this.officialLanguages = EnumSet.copyOf(official).stream().map(Language::code).collect(Collectors.joining(";"));
        this.majorityLanguage = majority;
        this.samiHomeland = samiHomeland;
    }

    public static LanguageStatus parse(String officialCodes, String majorityCode, boolean samiHomeland) {
        Set<Language> official = Arrays.stream(officialCodes.split(";"))
                .filter(s -> !s.isBlank()).map(Language::ofCode)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Language.class)));
        return new LanguageStatus(official, Language.ofCode(majorityCode), samiHomeland);
    }

    public static LanguageStatus unilingualFinnish() {
        return new LanguageStatus(EnumSet.of(Language.FI), Language.FI, false);
    }

    /**
     * Language status of an authority formed by several municipalities: bilingual if any member is
     * (kielilaki 6 §: a joint authority of bilingual and unilingual municipalities is bilingual),
     * majority language that of most members, Sámi homeland if any member lies in it.
     */
    public static LanguageStatus combine(Collection<LanguageStatus> members) {
        if (members.isEmpty()) {
            return unilingualFinnish();
        }
        Set<Language> official = EnumSet.noneOf(Language.class);
        members.forEach(m -> official.addAll(m.officialLanguages()));
        long swedishMajorities = members.stream().filter(m -> m.majorityLanguage == Language.SV).count();
        Language majority = swedishMajorities * 2 > members.size() ? Language.SV : Language.FI;
        official.add(majority);
        boolean sami = members.stream().anyMatch(LanguageStatus::isSamiHomeland);
        return new LanguageStatus(official, majority, sami);
    }

    public Set<Language> officialLanguages() {
        return Arrays.stream(officialLanguages.split(";")).map(Language::ofCode)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Language.class)));
    }

    public Language majorityLanguage() {
        return majorityLanguage;
    }

    public boolean isSamiHomeland() {
        return samiHomeland;
    }

    public boolean isBilingual() {
        return officialLanguages().containsAll(EnumSet.of(Language.FI, Language.SV));
    }

    public boolean isSwedishMajority() {
        return majorityLanguage == Language.SV;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LanguageStatus l && officialLanguages.equals(l.officialLanguages)
                && majorityLanguage == l.majorityLanguage && samiHomeland == l.samiHomeland;
    }

    @Override
    public int hashCode() {
        return Objects.hash(officialLanguages, majorityLanguage, samiHomeland);
    }
}
