package app.chuangxian.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** What earlier seeders created, for later ones to refer to; and the lines printed at the end. */
public class DemoContext {
    public final LocalDate today;
    /** Branch ids by branch code. */
    public final Map<String, Long> branchIds = new LinkedHashMap<>();
    /** Organisation ids by code (the demo's chain: centre, Shanxi, Lüliang, Taiyuan). */
    public final Map<String, Long> organisationIds = new LinkedHashMap<>();
    /** The code of the organisation of the demo's own committee (Lüliang), whose branches take part in its campaigns. */
    public static final String CITY = "SX-LL";
    /** Account ids by username. */
    public final Map<String, Long> accountIds = new LinkedHashMap<>();
    /** Key in {@link #shared} of the id (Long) of the closed 2009 campaign. */
    public static final String CAMPAIGN_2009 = "campaign.2009";
    /** Key in {@link #shared} of the id (Long) of the live campaign (current phase: implementation). */
    public static final String CAMPAIGN_LIVE = "campaign.live";
    /** Anything else a seeder wants to share, by key. */
    public final Map<String, Object> shared = new HashMap<>();
    /** Demo sign-ins, printed on the console: username to description. */
    public final Map<String, String> signIns = new LinkedHashMap<>();

    public DemoContext(LocalDate today) {
        this.today = today;
    }
}
