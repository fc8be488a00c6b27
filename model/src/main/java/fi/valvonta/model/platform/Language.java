package fi.valvonta.model.platform;

import java.util.Locale;

/** Languages the supervisor meets: national languages (kielilaki 423/2003), Sámi (1086/2003), English. */
public enum Language {
    FI, SV, SE, EN, OTHER;

    /** Parses an ISO 639-1 code as used in the registry data ("fi", "sv"). */
    public static Language ofCode(String code) {
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "fi" -> FI;
            case "sv" -> SV;
            case "se", "sme" -> SE;
            case "en" -> EN;
            default -> OTHER;
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finnish and Swedish are the national languages in which proceedings are conducted (kielilaki 10 §). */
    public boolean isNational() {
        return this == FI || this == SV;
    }
}
