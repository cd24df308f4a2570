package app.chuangxian.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The channels each account chose besides the message centre: read and replaced by the account itself. */
@ApplicationScoped
public class ChannelChoices {
    @Inject
    EntityManager em;

    @Inject
    DeliveryService deliveries;

    /** The channels this deployment set up: only those can be chosen. */
    public Set<Channel> available() {
        return deliveries.configured();
    }

    public Set<Channel> of(long accountId) {
        Set<Channel> chosen = EnumSet.noneOf(Channel.class);
        em.createNativeQuery("select channel from account_channels where account_id = :a")
                .setParameter("a", accountId)
                .getResultList()
                .forEach(c -> chosen.add(Channel.valueOf((String) c)));
        return chosen;
    }

    /** Replaces the account's choice; the caller holds the account row's lock (its version was just checked). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(long accountId, Collection<Channel> channels) {
        em.createNativeQuery("delete from account_channels where account_id = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        for (Channel c : Set.copyOf(channels)) {
            em.createNativeQuery("insert into account_channels (account_id, channel) values (:a, :c)")
                    .setParameter("a", accountId)
                    .setParameter("c", c.name())
                    .executeUpdate();
        }
    }
}
