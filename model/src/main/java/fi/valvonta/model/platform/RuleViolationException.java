package fi.valvonta.model.platform;

/**
 * Well-formed input that a rule of the domain or of the law refuses (HTTP 422). The {@code field},
 * when present, names the input the rule is about so the UI can show the message on that field.
 */
public class RuleViolationException extends BusinessException {

    private final String field;

    public RuleViolationException(String code, String field, String message) {
        super(code, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
