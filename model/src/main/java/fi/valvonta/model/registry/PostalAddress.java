package fi.valvonta.model.registry;

import fi.valvonta.model.platform.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * Where a printed letter to a supervised entity goes: street address or P.O. box, a five-digit Finnish
 * postal code and the post office. Used when a decision sent through Suomi.fi Messages is printed and
 * mailed because the recipient has no mailbox.
 */
@Embeddable
public class PostalAddress {

    public static final int STREET_LENGTH = 120;
    public static final int CITY_LENGTH = 60;
    public static final String INVALID = "registry.postal-address-invalid";

    @Column(name = "street_address", length = STREET_LENGTH)
    private String streetAddress;

    @Column(name = "postal_code", length = 5)
    private String postalCode;

    @Column(name = "post_office", length = CITY_LENGTH)
    private String postOffice;

    protected PostalAddress() {
        // for JPA
    }

    public PostalAddress(String streetAddress, String postalCode, String postOffice) {
        this.streetAddress = required(streetAddress, STREET_LENGTH, "streetAddress");
        this.postalCode = required(postalCode, 5, "postalCode");
        if (!this.postalCode.matches("\\d{5}")) {
            throw new RuleViolationException(INVALID, "postalCode", "A Finnish postal code is five digits");
        }
        this.postOffice = required(postOffice, CITY_LENGTH, "postOffice").toUpperCase(java.util.Locale.ROOT);
    }

    private static String required(String value, int max, String field) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty() || s.length() > max || s.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolationException(INVALID, field, field + " is 1–" + max + " characters of one line");
        }
        return s;
    }

    /** Whether all three parts are there (an embedded address of a row without one reads back empty). */
    public boolean isComplete() {
        return streetAddress != null && postalCode != null && postOffice != null;
    }

    public String streetAddress() { return streetAddress; }
    public String postalCode() { return postalCode; }
    public String postOffice() { return postOffice; }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostalAddress a && Objects.equals(streetAddress, a.streetAddress)
                && Objects.equals(postalCode, a.postalCode) && Objects.equals(postOffice, a.postOffice);
    }

    @Override
    public int hashCode() {
        return Objects.hash(streetAddress, postalCode, postOffice);
    }

    @Override
    public String toString() {
        return streetAddress + ", " + postalCode + " " + postOffice;
    }
}
