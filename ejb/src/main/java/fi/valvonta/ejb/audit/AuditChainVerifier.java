package fi.valvonta.ejb.audit;

import fi.valvonta.model.audit.AuditChain;
import fi.valvonta.model.audit.ChainVerification;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The command-line verifier of the audit chains: reads the database over JDBC and prints, per chain, the
 * rows checked and the first broken link. Exit status 0 when every chain is intact, 1 when one is broken,
 * 2 on a usage or connection error.
 *
 * <pre>java -cp … fi.valvonta.ejb.audit.AuditChainVerifier jdbc:postgresql://host/db user password</pre>
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: AuditChainVerifier <jdbc-url> [user] [password]");
            System.exit(2);
        }
        boolean intact = true;
        try (Connection c = DriverManager.getConnection(args[0], args.length > 1 ? args[1] : null,
                args.length > 2 ? args[2] : null)) {
            c.setReadOnly(true);
            for (AuditChain chain : AuditChain.values()) {
                ChainVerification v = ChainReader.verify(c, chain);
                System.out.println(describe(v));
                intact &= v.intact();
            }
        } catch (Exception e) {
            System.err.println("cannot verify: " + e);
            System.exit(2);
        }
        System.exit(intact ? 0 : 1);
    }

    static String describe(ChainVerification v) {
        String name = v.chain().table();
        if (v.intact()) {
            return name + ": OK, " + v.rows() + " rows";
        }
        return name + ": BROKEN in strand " + v.brokenAtStrand() + " at position "
                + (v.brokenAtSeq() == null ? "(end)" : v.brokenAtSeq())
                + (v.brokenAtId() == null ? "" : " (id " + v.brokenAtId() + ")") + ": " + v.problem()
                + " – " + v.detail() + " (" + v.rows() + " rows read)";
    }
}
