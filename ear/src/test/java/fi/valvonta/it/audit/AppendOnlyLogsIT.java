package fi.valvonta.it.audit;

import fi.valvonta.it.support.Deployments;
import fi.valvonta.ejb.audit.AuditTrail;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.audit.Disclosure;
import fi.valvonta.model.audit.DisclosureKind;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs inside the server, on its database (H2 or PostgreSQL): the three logs refuse UPDATE and DELETE. */
@ExtendWith(ArquillianExtension.class)
class AppendOnlyLogsIT {

    private static final List<String> LOGS = List.of("audit_record", "use_log", "disclosure_log");

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWithTests(AppendOnlyLogsIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ValvontaDS")
    DataSource db;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    @EJB(lookup = "java:global/valvonta/valvonta-ejb/AuditTrail")
    AuditTrail audit;

    @Test
    void theDatabaseRefusesUpdateAndDeleteOfEveryLogRow() throws Exception {
        // a row in each log, appended the application's way, so the row triggers have something to refuse
        tx.begin();
        audit.recordChange(AuditedType.RISK_SIGNAL_IMPORT, 0, "APPEND_ONLY_CHECK", null, "append-only check");
        audit.recordView(AuditedType.COMPLAINT, 0, AuditChannel.API);
        audit.recordDisclosure(AuditedType.COMPLAINT, 0, DisclosureKind.EXPORT, "append-only check", AuditChannel.API,
                new Disclosure("AppendOnlyLogsIT", "append-only check"));
        tx.commit();
        for (String log : LOGS) {
            assertTrue(count(log) > 0, log + " has rows");
            long before = count(log);
            SQLException update = assertThrows(SQLException.class, () -> execute("UPDATE " + log + " SET actor = 'someone'"), log);
            assertTrue(String.valueOf(update.getMessage()).contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> execute("DELETE FROM " + log), log);
            assertEquals(before, count(log), log);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String table) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
