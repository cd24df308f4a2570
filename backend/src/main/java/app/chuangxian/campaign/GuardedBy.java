package app.chuangxian.campaign;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method as a write into a campaign: {@link CampaignStateGuard} refuses it when the campaign's state
 * does not allow {@link #value()}. The campaign is named by the path parameter {@link #param()}, directly or through
 * the record {@link #via()} names.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GuardedBy {
    CampaignWrite value();

    /** The path parameter that names the campaign, or the record it belongs to. */
    String param() default "campaignId";

    /** What kind of record {@link #param()} names; {@code ""} is the campaign itself. */
    String via() default "";
}
