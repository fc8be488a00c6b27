package fi.valvonta.web.security;

import fi.valvonta.ejb.security.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.stream.Collectors;

/** Validates username and password against the user table; the user's roles become groups. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    UserDirectory users;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return users.authenticate(credential.getCaller(), credential.getPasswordAsString())
                .map(a -> new CredentialValidationResult(a.username(),
                        a.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
