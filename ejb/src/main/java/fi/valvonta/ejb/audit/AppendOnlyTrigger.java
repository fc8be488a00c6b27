package fi.valvonta.ejb.audit;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * On H2, refuses every UPDATE and DELETE of a row of the audit trail, the use log and the disclosure log
 * (on PostgreSQL a PL/pgSQL trigger does the same); created by {@link AuditChainSealing}.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table = "?";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
    }
}
