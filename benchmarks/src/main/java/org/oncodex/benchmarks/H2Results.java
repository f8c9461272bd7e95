package org.oncodex.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.CancerType;
import org.oncodex.model.evidence.TrialResult;

/*
 * The anchor for lookups: the same trial results in an in-memory H2 database, modelled as a Java
 * developer would without Oncodex. One row per result with its facets as columns (the synthetic
 * results have one cancer type and one intervention each); the cancer-type hierarchy as a closure
 * table (every ancestor with every descendant, itself included), so that "a parent cancer type and
 * all its descendants" is one join rather than a recursive query; a composite index per query shape,
 * created after loading. Statements are prepared once, as a statement cache would; a query returns
 * the hits' positions and maps them to the same TrialResult objects Oncodex returns, which is the
 * least work a JDBC lookup can do (no columns read back into new objects).
 */
/** The synthetic results in an in-memory H2 database with composite indexes, for side-by-side lookups. */
final class H2Results implements AutoCloseable {
    /** Cancer type (with descendants) + subgroup + endpoint. */
    static final String CANCER_SUBGROUP_ENDPOINT = "SELECT r.pos FROM result r"
            + " JOIN cancer_type_closure c ON c.descendant_id = r.cancer_type_id"
            + " WHERE c.ancestor_id = ? AND r.subgroup = ? AND r.endpoint = ?";

    /** Cancer type (with descendants) + study design. */
    static final String CANCER_DESIGN = "SELECT r.pos FROM result r"
            + " JOIN cancer_type_closure c ON c.descendant_id = r.cancer_type_id"
            + " WHERE c.ancestor_id = ? AND r.design = ?";

    /** Drug + endpoint. */
    static final String DRUG_ENDPOINT = "SELECT r.pos FROM result r WHERE r.intervention_id = ? AND r.endpoint = ?";

    private final TrialResult[] results;
    private final Connection connection;

    H2Results(EvidenceBase kb) throws SQLException {
        results = kb.results().toArray(new TrialResult[0]);
        connection = DriverManager.getConnection("jdbc:h2:mem:");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE cancer_type(id VARCHAR(64) PRIMARY KEY, parent_id VARCHAR(64))");
            s.execute("CREATE TABLE cancer_type_closure(ancestor_id VARCHAR(64), descendant_id VARCHAR(64),"
                    + " PRIMARY KEY (ancestor_id, descendant_id))");
            s.execute("CREATE TABLE result(pos INT PRIMARY KEY, cancer_type_id VARCHAR(64), subgroup VARCHAR(64),"
                    + " endpoint VARCHAR(16), design VARCHAR(64), intervention_id VARCHAR(64))");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement type = connection.prepareStatement("INSERT INTO cancer_type VALUES (?, ?)");
                PreparedStatement closure =
                        connection.prepareStatement("INSERT INTO cancer_type_closure VALUES (?, ?)")) {
            for (CancerType c : kb.vocabulary().cancerTypes()) {
                type.setString(1, c.id());
                type.setString(2, c.parentId().orElse(null));
                type.addBatch();
                for (CancerType a = c; a != null; a = parent(kb, a)) {
                    closure.setString(1, a.id());
                    closure.setString(2, c.id());
                    closure.addBatch();
                }
            }
            type.executeBatch();
            closure.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO result VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < results.length; i++) {
                TrialResult r = results[i];
                insert.setInt(1, i);
                insert.setString(2, r.population().cancerTypeIds().get(0));
                insert.setString(
                        3, r.population().subgroup().map(H2Results::normalize).orElse(null));
                insert.setString(4, r.endpoint().name());
                insert.setString(5, r.study().design().name());
                insert.setString(6, r.comparison().interventionIds().get(0));
                insert.addBatch();
                if (i % 10_000 == 9_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE INDEX result_cancer_subgroup_endpoint ON result(cancer_type_id, subgroup, endpoint)");
            s.execute("CREATE INDEX result_cancer_design ON result(cancer_type_id, design)");
            s.execute("CREATE INDEX result_intervention_endpoint ON result(intervention_id, endpoint)");
            s.execute("ANALYZE");
        }
        connection.commit();
    }

    private static @org.jspecify.annotations.Nullable CancerType parent(EvidenceBase kb, CancerType c) {
        return c.parentId().flatMap(id -> kb.vocabulary().cancerType(id)).orElse(null);
    }

    static String normalize(String subgroup) {
        return subgroup.strip().toLowerCase(Locale.ROOT);
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    /** Runs a prepared lookup whose parameters are set, and maps the positions it returns to results. */
    List<TrialResult> run(PreparedStatement query) throws SQLException {
        List<TrialResult> hits = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                hits.add(results[rs.getInt(1)]);
            }
        }
        return hits;
    }

    /** The query plan H2 chose, for the record. */
    String plan(String sql) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN " + sql.replace("?", "'x'"))) {
            rs.next();
            return rs.getString(1).replaceAll("\\s+", " ");
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
