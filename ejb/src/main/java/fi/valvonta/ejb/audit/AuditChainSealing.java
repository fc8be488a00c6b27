package fi.valvonta.ejb.audit;

import fi.valvonta.ejb.platform.DatabaseProduct;
import fi.valvonta.model.audit.AuditChain;
import fi.valvonta.model.audit.ChainHead;
import fi.valvonta.model.audit.ChainLink;
import fi.valvonta.model.audit.ChainRow;
import fi.valvonta.model.audit.HashChain;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Schema version 11.1: puts the rows written before the chains existed into their chains (in the order they
 * happened), then makes the three log tables append-only in the database itself: a trigger refuses every
 * UPDATE and DELETE (PL/pgSQL on PostgreSQL, {@link AppendOnlyTrigger} on H2).
 */
public class AuditChainSealing implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11.1");
    }

    @Override
    public String getDescription() {
        return "seal audit chains and make the logs append-only";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        for (AuditChain chain : AuditChain.values()) {
            seal(c, chain);
        }
        boolean postgres = DatabaseProduct.isPostgreSql(c);
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("CREATE OR REPLACE FUNCTION valvonta_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        + "BEGIN RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP "
                        + "USING ERRCODE = 'insufficient_privilege'; END $$");
            }
            for (AuditChain chain : AuditChain.values()) {
                String t = chain.table();
                if (postgres) {
                    s.execute("CREATE TRIGGER " + t + "_append_only BEFORE UPDATE OR DELETE ON " + t
                            + " FOR EACH ROW EXECUTE PROCEDURE valvonta_append_only()");
                    s.execute("CREATE TRIGGER " + t + "_no_truncate BEFORE TRUNCATE ON " + t
                            + " FOR EACH STATEMENT EXECUTE PROCEDURE valvonta_append_only()");
                } else {
                    s.execute("CREATE TRIGGER " + t + "_append_only BEFORE UPDATE, DELETE ON " + t
                            + " FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'");
                }
            }
        }
    }

    private static void seal(Connection c, AuditChain chain) throws SQLException {
        ChainHead head = ChainReader.head(c, chain);
        try (PreparedStatement row = c.prepareStatement(
                "UPDATE " + chain.table() + " SET chain_seq = ?, prev_hash = ?, row_hash = ? WHERE id = ?")) {
            for (ChainRow r : ChainReader.unsealed(c, chain)) {
                ChainLink link = HashChain.next(head, r.content());
                row.setLong(1, link.seq());
                row.setString(2, link.previousHash());
                row.setString(3, link.hash());
                row.setLong(4, r.id());
                row.executeUpdate();
                head = new ChainHead(link.seq(), link.hash());
            }
        }
        ChainWriter.moveHead(c, chain, head);
    }
}
