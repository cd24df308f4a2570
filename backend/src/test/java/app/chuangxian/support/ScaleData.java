package app.chuangxian.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The one generator of a campaign at national scale, for the benchmarks: {@code branches} branches taking part in one
 * ACTIVE campaign (trimmed mean, 4 standards x 3 indicators), 7 assessors who each submitted a scoresheet for every
 * branch, 3 deliverables per branch (accepted, or for some branches submitted and awaiting review), and a pool of drafts to submit: one more
 * assessor with a complete draft scoresheet per branch, and one draft deliverable per branch spread over the
 * branches that have a chair account. The branches belong to the cities of a national tree (the centre, 31 provinces,
 * 321 cities: made once per database) in turn, so that the roll-up of the tree counts them at every level.
 * Deterministic: the same database state and branch count give the same rows.
 * Set-based (one multi-row batch for branches and accounts, INSERT ... SELECT for the rest), so 10,000 branches
 * (70,000 scoresheets, 840,000 scores) load in seconds.
 *
 * <p>Only the JDK and a MySQL JDBC driver: it runs inside a test ({@link #load(Connection, int)}) or on its own with
 * the source launcher, after the API created the schema:
 * <pre>
 *   java -cp mysql-connector-j.jar ScaleData.java reset             # drop and create DB_NAME
 *   java -cp mysql-connector-j.jar ScaleData.java load 10000 m.json # load, write what a load tool needs
 * </pre>
 * The server comes from DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD (default 127.0.0.1:3306/test, root).
 */
public final class ScaleData {
    public static final int ASSESSORS = 7;
    public static final int STANDARDS = 4;
    public static final int[] INDICATOR_POINTS = {10, 10, 5};
    /** Branches with a chair account (BRANCH role): the home and the deliverable writes run as them. */
    public static final int CHAIRS = 20;
    /** Every account made here signs in with this password (bcrypt cost 4, so signing in costs nothing). */
    public static final String PASSWORD = "Bench@2026";

    static final String PASSWORD_HASH = "$2a$04$XtRNNe.ODxBqnLPDxGrfleIosTvvmV6Xs5cHpc.sPA1XNVno9U6xy";

    public static final int PROVINCES = 31;
    /** One province in three has one city more: 321 cities, a few hundred as in the association. */
    public static final int CITIES_PER_PROVINCE = 10;

    /** What was loaded: the campaign, who signs in, and the drafts a write benchmark may submit (all version 0). */
    public record Loaded(
            long campaignId,
            long provinceId,
            int branches,
            long firstBranchId,
            String admin,
            String assessor,
            String writer,
            List<String> chairs,
            List<Long> draftScoresheets,
            List<long[]> draftDeliverables,
            long millis) {
        public String json() {
            StringBuilder s = new StringBuilder("{");
            s.append("\"campaignId\":").append(campaignId);
            s.append(",\"provinceId\":").append(provinceId);
            s.append(",\"branches\":").append(branches);
            s.append(",\"firstBranchId\":").append(firstBranchId);
            s.append(",\"password\":\"").append(PASSWORD).append('"');
            s.append(",\"admin\":\"").append(admin).append('"');
            s.append(",\"assessor\":\"").append(assessor).append('"');
            s.append(",\"writer\":\"").append(writer).append('"');
            s.append(",\"loadMillis\":").append(millis);
            s.append(",\"chairs\":[");
            for (int i = 0; i < chairs.size(); i++) {
                s.append(i == 0 ? "" : ",").append('"').append(chairs.get(i)).append('"');
            }
            s.append("],\"draftScoresheets\":[");
            for (int i = 0; i < draftScoresheets.size(); i++) {
                s.append(i == 0 ? "" : ",").append(draftScoresheets.get(i));
            }
            s.append("],\"draftDeliverables\":[");
            for (int i = 0; i < draftDeliverables.size(); i++) {
                long[] d = draftDeliverables.get(i);
                s.append(i == 0 ? "" : ",")
                        .append('[')
                        .append(d[0])
                        .append(',')
                        .append(d[1])
                        .append(']');
            }
            return s.append("]}").toString();
        }
    }

    private ScaleData() {}

    public static void main(String[] args) throws SQLException, IOException {
        String host = env("DB_HOST", "127.0.0.1");
        String port = env("DB_PORT", "3306");
        String db = env("DB_NAME", "test");
        String user = env("DB_USER", "root");
        String password = env("DB_PASSWORD", "");
        String server = "jdbc:mysql://" + host + ":" + port + "/";
        String options = "?characterEncoding=UTF-8&connectionTimeZone=UTC&useSSL=false&allowPublicKeyRetrieval=true";
        if (args.length == 1 && args[0].equals("reset")) {
            if (!db.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("DB_NAME must be letters, digits and _: " + db);
            }
            try (Connection c = DriverManager.getConnection(server + options, user, password);
                    Statement st = c.createStatement()) {
                st.execute("drop database if exists " + db);
                st.execute("create database " + db + " character set utf8mb4");
            }
            System.out.println("scale data: database " + db + " is empty");
            return;
        }
        if (args.length != 3 || !args[0].equals("load")) {
            System.err.println("usage: ScaleData reset | ScaleData load <branches> <manifest.json>");
            System.exit(2);
        }
        int branches = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection(server + db + options, user, password)) {
            Loaded loaded = load(c, branches);
            Files.writeString(Path.of(args[2]), loaded.json());
            System.out.printf(
                    "scale data: %d branches x %d scoresheets x %d indicators, %d deliverables per branch,"
                            + " %d draft scoresheets, %d draft deliverables in %d ms (campaign %d)%n",
                    branches,
                    ASSESSORS,
                    STANDARDS * INDICATOR_POINTS.length,
                    3,
                    loaded.draftScoresheets().size(),
                    loaded.draftDeliverables().size(),
                    loaded.millis(),
                    loaded.campaignId());
        }
    }

    /** Loads one campaign of {@code branches} branches in one transaction and answers what it made. */
    public static Loaded load(Connection c, int branches) throws SQLException {
        long start = System.nanoTime();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Loaded loaded = insert(c, branches, start);
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute(
                        "analyze table organisations, branches, accounts, campaign_branches, scoresheets, scoresheet_scores,"
                                + " assessor_assignments, deliverables");
            }
            return loaded;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static Loaded insert(Connection c, int branches, long start) throws SQLException {
        long campaignId = insertReturningId(
                c,
                "insert into campaigns (title, campaign_year, aggregation_method, disagreement_threshold, status)"
                        + " values ('全国基准活动 " + branches + "', 2026, 'TRIMMED_MEAN', 12.0, 'ACTIVE')");
        String cid = Long.toString(campaignId);
        long phase1 = insertReturningId(
                c,
                "insert into campaign_phases (campaign_id, seq, code, name, starts_on, ends_on) values (" + cid
                        + ", 1, 'P1', '启动阶段', '2026-01-01', '2026-06-30')");
        long phase2 = insertReturningId(
                c,
                "insert into campaign_phases (campaign_id, seq, code, name, starts_on, ends_on) values (" + cid
                        + ", 2, 'P2', '实施阶段', '2026-07-01', '2027-06-30')");
        long plan = deliverableType(c, cid, phase1, 1, "PLAN", "实施方案", false);
        long record = deliverableType(c, cid, phase1, 2, "RECORD", "活动记录", true);
        long summary = deliverableType(c, cid, phase2, 1, "SUMMARY", "活动总结", false);
        for (int s = 0; s < STANDARDS; s++) {
            long standardId = insertReturningId(
                    c,
                    "insert into standards (campaign_id, seq, code, name, max_points) values (" + cid + ", " + (s + 1)
                            + ", 'S" + s + "', '标准" + s + "', 25.0)");
            for (int i = 0; i < INDICATOR_POINTS.length; i++) {
                exec(
                        c,
                        "insert into indicators (campaign_id, standard_id, seq, code, name, max_points) values ("
                                + cid + ", " + standardId + ", " + (i + 1) + ", 'I" + s + i + "', '细则" + s + i + "', "
                                + INDICATOR_POINTS[i] + ")");
            }
        }
        exec(
                c,
                "insert into grade_thresholds (campaign_id, code, name, min_total) values (" + cid
                        + ", 'A', '优秀', 85.0), (" + cid + ", 'B', '良好', 70.0)");

        long[] cities = nationalTree(c);

        // Branches and accounts get their ids here, so that the rest can be derived from them in SQL.
        long firstBranch = nextId(c, "branches");
        long lastBranch = firstBranch + branches - 1;
        try (PreparedStatement b = c.prepareStatement("insert into branches (id, code, name, kind, member_count,"
                + " chair_name, organisation_id) values (?, ?, ?, 'BRANCH', ?, ?, ?)")) {
            for (int i = 0; i < branches; i++) {
                b.setLong(1, firstBranch + i);
                b.setString(2, String.format("N%s-%05d", cid, i));
                b.setString(3, "民进基准支部" + cid + "-" + i);
                b.setInt(4, 5 + i % 40);
                b.setString(5, "主委" + i);
                b.setLong(6, cities[i % cities.length]);
                b.addBatch();
                if (i % 2000 == 1999) {
                    b.executeBatch();
                }
            }
            b.executeBatch();
        }
        String branchRange = " between " + firstBranch + " and " + lastBranch;
        exec(
                c,
                "insert into campaign_branches (campaign_id, branch_id) select " + cid + ", id from branches where id"
                        + branchRange);

        String prefix = "bench" + cid + "-";
        long firstAccount = nextId(c, "accounts");
        List<String> chairs = new ArrayList<>();
        try (PreparedStatement a = c.prepareStatement("insert into accounts (id, username, display_name, password_hash,"
                + " roles, branch_id, must_change_password) values (?, ?, ?, ?, ?, ?, false)")) {
            long id = firstAccount;
            account(a, id++, prefix + "admin", "基准管理员", "ADMIN", null);
            for (int j = 0; j < ASSESSORS; j++) {
                account(a, id++, prefix + "assessor" + j, "基准评审" + j, "ASSESSOR", null);
            }
            account(a, id++, prefix + "writer", "基准评审W", "ASSESSOR", null);
            for (int k = 0; k < Math.min(CHAIRS, branches); k++) {
                chairs.add(prefix + "chair" + k);
                account(a, id++, prefix + "chair" + k, "基准主委" + k, "BRANCH", firstBranch + k);
            }
            a.executeBatch();
        }
        long firstAssessor = firstAccount + 1;
        long writer = firstAccount + 1 + ASSESSORS;

        exec(
                c,
                "insert into assessor_assignments (campaign_id, branch_id, assessor_id, assigned_by) select " + cid
                        + ", b.id, a.id, 'bench' from branches b cross join accounts a where b.id" + branchRange
                        + " and a.id between " + firstAssessor + " and " + writer);
        exec(
                c,
                "insert into scoresheets (campaign_id, branch_id, assessor_id, status, submitted_at) select " + cid
                        + ", b.id, a.id, case when a.id = " + writer
                        + " then 'DRAFT' else 'SUBMITTED' end, case when a.id = " + writer
                        + " then null else timestamp '2026-09-01 10:00:00' end from branches b cross join accounts a"
                        + " where b.id" + branchRange + " and a.id between " + firstAssessor + " and " + writer);
        // Each branch has a quality between 50 % and 99 %; each assessor's score of an indicator deviates from it by
        // up to 15 %, in half points within 0..max. Every score carries a comment, so every draft can be submitted.
        exec(
                c,
                "insert into scoresheet_scores (scoresheet_id, indicator_id, points, comment) select s.id, i.id,"
                        + " least(i.max_points, greatest(0, round(i.max_points * (50 + mod(s.branch_id * 7919, 50)"
                        + " + 5 * (mod(s.assessor_id * 31 + i.id * 17 + s.branch_id * 13, 7) - 3)) / 50) / 2)),"
                        + " '评语' from scoresheets s join indicators i on i.campaign_id = s.campaign_id"
                        + " where s.campaign_id = " + cid);
        exec(
                c,
                "update scoresheets s join (select x.scoresheet_id, sum(x.points) total from scoresheet_scores x"
                        + " join scoresheets y on y.id = x.scoresheet_id where y.campaign_id = " + cid
                        + " group by x.scoresheet_id) t on t.scoresheet_id = s.id set s.total = t.total");

        String deliverable = "insert into deliverables (campaign_id, phase_id, type_id, branch_id, title, body, status,"
                + " revision, submitted_at, submitted_by, reviewed_at, reviewed_by, created_by) select " + cid + ", ";
        String fromBranches = " from branches b where b.id" + branchRange;
        exec(
                c,
                deliverable + phase1 + ", " + plan + ", b.id, concat('实施方案 ', b.code), '基准正文', 'ACCEPTED', 1,"
                        + " timestamp '2026-03-01 09:00:00', 'bench', timestamp '2026-03-05 09:00:00', 'bench',"
                        + " 'bench'" + fromBranches);
        exec(
                c,
                deliverable + phase1 + ", " + record + ", b.id, concat('活动记录 ', b.code), '基准正文', " + reviewed(5)
                        + ", 1,"
                        + " timestamp '2026-05-01 09:00:00', 'bench', " + review(5, "timestamp '2026-05-05 09:00:00'")
                        + ", " + review(5, "'bench'") + ","
                        + " 'bench'" + fromBranches);
        exec(
                c,
                deliverable + phase2 + ", " + summary + ", b.id, concat('活动总结 ', b.code), '基准正文', " + reviewed(4)
                        + ", 1,"
                        + " timestamp '2026-10-01 09:00:00', 'bench', " + review(4, "timestamp '2026-10-05 09:00:00'")
                        + ", " + review(4, "'bench'") + ","
                        + " 'bench'" + fromBranches);
        exec(
                c,
                deliverable + phase1 + ", " + record + ", " + firstBranch + " + mod(b.id - " + firstBranch + ", "
                        + chairs.size() + "), concat('活动记录草稿 ', b.code), '基准正文', 'DRAFT', 0, null, null, null,"
                        + " null, 'bench'" + fromBranches);

        List<Long> draftSheets = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id from scoresheets where campaign_id = " + cid
                        + " and status = 'DRAFT' order by id")) {
            while (rs.next()) {
                draftSheets.add(rs.getLong(1));
            }
        }
        List<long[]> draftDeliverables = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id, branch_id - " + firstBranch + " from deliverables where"
                        + " campaign_id = " + cid + " and status = 'DRAFT' order by id")) {
            while (rs.next()) {
                draftDeliverables.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return new Loaded(
                campaignId,
                cities.length == 0 ? 1 : provinceOf(c, cities[0]),
                branches,
                firstBranch,
                prefix + "admin",
                prefix + "assessor0",
                prefix + "writer",
                chairs,
                draftSheets,
                draftDeliverables,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** ACCEPTED, but SUBMITTED (awaiting review) for one branch in {@code every}: those are not eligible yet. */
    private static String reviewed(int every) {
        return "case when mod(b.id, " + every + ") = 0 then 'SUBMITTED' else 'ACCEPTED' end";
    }

    /** The review's {@code value} of an accepted deliverable, null for one awaiting review (see {@link #reviewed}). */
    private static String review(int every, String value) {
        return "case when mod(b.id, " + every + ") = 0 then null else " + value + " end";
    }

    private static long deliverableType(
            Connection c, String cid, long phaseId, int seq, String code, String name, boolean multiple)
            throws SQLException {
        return insertReturningId(
                c,
                "insert into deliverable_types (campaign_id, phase_id, seq, code, name, required, multiple, fields)"
                        + " values (" + cid + ", " + phaseId + ", " + seq + ", '" + code + "', '" + name + "', true, "
                        + multiple + ", '[]')");
    }

    private static void account(PreparedStatement a, long id, String username, String name, String roles, Long branch)
            throws SQLException {
        a.setLong(1, id);
        a.setString(2, username);
        a.setString(3, name);
        a.setString(4, PASSWORD_HASH);
        a.setString(5, roles);
        if (branch == null) {
            a.setNull(6, java.sql.Types.BIGINT);
        } else {
            a.setLong(6, branch);
        }
        a.addBatch();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    /**
     * The centre (the root, organisation 1), 31 provinces and their cities, made on the first load into a database;
     * answers the cities' ids. Paths and depths as the API writes them ("1/7/42/").
     */
    private static long[] nationalTree(Connection c) throws SQLException {
        List<Long> existing = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id from organisations where code like 'BC%' order by id")) {
            while (rs.next()) {
                existing.add(rs.getLong(1));
            }
        }
        if (existing.isEmpty()) {
            exec(c, "update organisations set level = 'CENTRE', name = '民进中央委员会（基准）' where id = 1");
            long id = nextId(c, "organisations");
            try (PreparedStatement o = c.prepareStatement("insert into organisations (id, parent_id, level, name, code,"
                    + " path, depth) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (int p = 0; p < PROVINCES; p++) {
                    long province = id++;
                    String path = "1/" + province + "/";
                    organisation(o, province, 1, "PROVINCE", "基准省" + (p + 1), String.format("BP%02d", p), path, 1);
                    int cities = CITIES_PER_PROVINCE + (p % 3 == 0 ? 1 : 0);
                    for (int k = 0; k < cities; k++) {
                        long city = id++;
                        organisation(
                                o,
                                city,
                                province,
                                "CITY",
                                "基准市" + (p + 1) + "-" + (k + 1),
                                String.format("BC%02d%02d", p, k),
                                path + city + "/",
                                2);
                        existing.add(city);
                    }
                }
                o.executeBatch();
            }
        }
        return existing.stream().mapToLong(Long::longValue).toArray();
    }

    private static void organisation(
            PreparedStatement o, long id, long parent, String level, String name, String code, String path, int depth)
            throws SQLException {
        o.setLong(1, id);
        o.setLong(2, parent);
        o.setString(3, level);
        o.setString(4, name);
        o.setString(5, code);
        o.setString(6, path);
        o.setInt(7, depth);
        o.addBatch();
    }

    private static long provinceOf(Connection c, long city) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select parent_id from organisations where id = " + city)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long nextId(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select coalesce(max(id), 0) + 1000 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long insertReturningId(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet rs = st.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
