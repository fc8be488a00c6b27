package fi.valvonta.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs the test environment's {@link SuomiFiStub} for the whole test session (registered in META-INF/services),
 * on a free port it names as {@code it.suomifi.port} before the test server is started with it (arquillian.xml).
 */
public class SuomiFiStubSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        System.setProperty("it.suomifi.port", Integer.toString(SuomiFiStub.startForSession()));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SuomiFiStub.stopForSession();
    }
}
