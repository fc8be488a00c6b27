package fi.valvonta.ejb.registry;

/** A registry name in the UI's language: the Swedish one for {@code sv} where there is one, else the Finnish. */
public final class Names {

    private Names() {
    }

    public static String in(String language, String fi, String sv) {
        return "sv".equals(language) && sv != null && !sv.isBlank() ? sv : fi;
    }
}
