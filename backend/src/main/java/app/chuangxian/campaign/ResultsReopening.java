package app.chuangxian.campaign;

/**
 * Fired, inside the reopening transaction, before finalised results are taken back to open scoring. A feature whose
 * decided records were made from those results refuses by throwing a problem; the reopen then changes nothing.
 */
public record ResultsReopening(long campaignId) {}
