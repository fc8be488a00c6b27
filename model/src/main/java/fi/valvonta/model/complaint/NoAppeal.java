package fi.valvonta.model.complaint;

import fi.valvonta.model.platform.Language;

/**
 * HL 53 c § 3 mom: a decision given on a complaint is not appealable. Every complaint decision says
 * so, in the language of proceedings.
 */
public final class NoAppeal {

    public static final String LEGAL_BASIS = "HL 53 c § 3 mom";

    private NoAppeal() {
    }

    public static String statement(Language proceedings) {
        return proceedings == Language.SV
                ? "Ändring i ett avgörande som gäller förvaltningsklagan får inte sökas genom besvär (förvaltningslagen 53 c § 3 mom.)."
                : "Kanteluasiassa annettuun ratkaisuun ei saa hakea muutosta valittamalla (hallintolaki 53 c § 3 mom.).";
    }
}
