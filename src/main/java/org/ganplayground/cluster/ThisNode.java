package org.ganplayground.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who this app node is among the nodes sharing one database (README.md, "Several machines"): its
 * role, whether it is part of a cluster, and an id unique to this start, so runs a node trained
 * before a crash are never taken for runs it trains now.
 */
@Component
public class ThisNode {

    /** What a node does; one jar, chosen by {@code GAN_NODE_ROLE}. */
    public enum Role {
        /** Pages and training: a single machine, the default. */
        BOTH,
        /** Pages and step sessions; queued runs are trained by workers. */
        WEB,
        /** Trains queued runs; serves no pages (no HTTP port at all). */
        WORKER;

        public boolean trains() {
            return this != WEB;
        }

        /** The role named by a property value, or a message saying which names exist. */
        public static Role parse(String value) {
            String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
            if (v.isEmpty()) {
                return BOTH;
            }
            try {
                return valueOf(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        "GAN_NODE_ROLE must be both, web or worker, not '" + value.trim() + "'");
            }
        }
    }

    private final Role role;
    private final boolean cluster;
    private final String id;

    ThisNode(
            @Value("${gan.node.role:both}") String role,
            @Value("${gan.node.cluster:false}") boolean cluster,
            @Value("${gan.node.name:}") String name) {
        this.role = Role.parse(role);
        // a web or worker node is one of several by definition
        this.cluster = cluster || this.role != Role.BOTH;
        String base = name == null || name.isBlank() ? hostName() : name.trim();
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        String full = this.role.name().toLowerCase(Locale.ROOT) + "@" + base + "#" + suffix;
        this.id = full.length() <= 80 ? full : full.substring(full.length() - 80);
    }

    public Role role() {
        return role;
    }

    /** Whether other nodes may share this node's database: runs and news then go through it. */
    public boolean inCluster() {
        return cluster;
    }

    /** This start's id (role, host and a random part), stored with the runs it trains. */
    public String id() {
        return id;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
