package fi.valvonta.model.platform;

/** The Sámi languages of saamen kielilaki 1086/2003 (1 §): North, Inari and Skolt Sámi. */
public enum SamiLanguage {
    NORTH_SAMI, INARI_SAMI, SKOLT_SAMI
}
