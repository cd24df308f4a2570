package app.chuangxian.campaign;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one place that enforces the campaign's state machine: before a guarded write reads its body, the campaign's
 * state must allow it ({@link CampaignWrite}). A campaign the caller may not see is left to the operation (404).
 */
public class CampaignStateGuard {
    @Inject
    CampaignAccess access;

    @Inject
    Instance<CampaignOwner> owners;

    @ServerRequestFilter
    public void guard(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        GuardedBy guarded = method == null ? null : method.getAnnotation(GuardedBy.class);
        if (guarded == null) {
            return;
        }
        Long id = number(uri.getPathParameters().getFirst(guarded.param()));
        Optional<Long> campaignId = id == null
                ? Optional.empty()
                : guarded.via().isEmpty()
                        ? Optional.of(id)
                        : owner(guarded.via()).flatMap(o -> o.campaignOf(id));
        campaignId
                .map(c -> (Campaign) Campaign.findById(c))
                .filter(access::canSee)
                .ifPresent(guarded.value()::require);
    }

    private Optional<CampaignOwner> owner(String kind) {
        return owners.stream().filter(o -> o.kind().equals(kind)).findFirst();
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
