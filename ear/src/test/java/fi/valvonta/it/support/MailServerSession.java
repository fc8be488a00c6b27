package fi.valvonta.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Runs the test environment's {@link MailServer} for the whole test session (registered in META-INF/services). */
public class MailServerSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        MailServer.startForSession();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        MailServer.stopForSession();
    }
}
