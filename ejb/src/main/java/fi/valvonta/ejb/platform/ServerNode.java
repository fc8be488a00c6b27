package fi.valvonta.ejb.platform;

/** This server among the nodes on one database: WildFly's node name ({@code jboss.node.name}, by default the host's). */
public final class ServerNode {

    public static final String NAME = System.getProperty("jboss.node.name", "node");

    private ServerNode() {
    }
}
