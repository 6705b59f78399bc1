package org.ganplayground.cluster;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which node of a cluster does the chores one node should do (the retention purge): the registered
 * node with the smallest id. A node alone always does them. When that node goes away, the next one
 * takes over once the others have declared it gone (training/Nodes.java).
 */
@Component
public class Leadership {

    private final ThisNode me;
    private final JdbcTemplate jdbc;

    Leadership(ThisNode me, JdbcTemplate jdbc) {
        this.me = me;
        this.jdbc = jdbc;
    }

    /** Whether this node does the cluster's chores now. */
    public boolean isHere() {
        if (!me.inCluster()) {
            return true;
        }
        try {
            return me.id().equals(jdbc.queryForObject("select min(id) from node", String.class));
        } catch (DataAccessException e) {
            return false; // the next pass asks again
        }
    }
}
