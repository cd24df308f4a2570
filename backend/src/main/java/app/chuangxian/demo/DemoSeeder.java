package app.chuangxian.demo;

/**
 * One feature's part of the demo data. Seeders run in {@link #order()} inside one transaction,
 * only when the database is empty and demo data is enabled.
 */
public interface DemoSeeder {
    int order();

    void seed(DemoContext context);
}
