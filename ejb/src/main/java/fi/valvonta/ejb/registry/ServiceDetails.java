package fi.valvonta.ejb.registry;

import fi.valvonta.model.registry.BusinessId;
import fi.valvonta.model.registry.PostalAddress;
import fi.valvonta.model.registry.SupervisedEntity;
import jakarta.validation.constraints.Size;

/**
 * How decisions reach a supervised organisation: its business ID (Y-tunnus, its Suomi.fi Messages recipient)
 * and the postal address a printed letter goes to. All blank: none recorded; an address is all three parts.
 */
public record ServiceDetails(@Size(max = 16) String businessId,
                             @Size(max = PostalAddress.STREET_LENGTH) String streetAddress,
                             @Size(max = 5) String postalCode,
                             @Size(max = PostalAddress.CITY_LENGTH) String postOffice) {

    /** The details recorded on {@code e}. */
    public static ServiceDetails of(SupervisedEntity e) {
        return new ServiceDetails(e.businessId().map(BusinessId::value).orElse(null),
                e.postalAddress().map(PostalAddress::streetAddress).orElse(null),
                e.postalAddress().map(PostalAddress::postalCode).orElse(null),
                e.postalAddress().map(PostalAddress::postOffice).orElse(null));
    }

    /** The business ID given, checked ({@link BusinessId}), or null when blank. */
    BusinessId parsedBusinessId() {
        return blank(businessId) ? null : BusinessId.parse(businessId);
    }

    /** The address given, checked ({@link PostalAddress}), or null when all of it is blank. */
    PostalAddress parsedAddress() {
        return blank(streetAddress) && blank(postalCode) && blank(postOffice) ? null
                : new PostalAddress(streetAddress, postalCode, postOffice);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
