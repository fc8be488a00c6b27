package fi.valvonta.ejb.registry;

/** Language-status filters of the municipality listing. */
public enum LanguageFilter {
    ANY, UNILINGUAL, BILINGUAL, SWEDISH_MAJORITY, SAMI_HOMELAND
}
