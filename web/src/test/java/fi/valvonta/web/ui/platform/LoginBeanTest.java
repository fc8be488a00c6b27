package fi.valvonta.web.ui.platform;

import fi.valvonta.web.ui.security.LoginBean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginBeanTest {

    @Test
    void returnsOnlyToPathsInsideTheApplication() {
        assertTrue(LoginBean.isSafe("/registry/municipalities.xhtml"));
        assertTrue(LoginBean.isSafe("/registry/municipality.xhtml?id=3"));
        assertFalse(LoginBean.isSafe(null));
        assertFalse(LoginBean.isSafe("https://evil.example/"));
        assertFalse(LoginBean.isSafe("//evil.example/"));
        assertFalse(LoginBean.isSafe("/\\evil.example"));
        assertFalse(LoginBean.isSafe("/login.xhtml"));
    }
}
