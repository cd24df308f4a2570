package app.baseline;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** The one GET: the items, read through Hibernate from the database. */
@Path("/items")
public class ItemResource {
    @GET
    @PermitAll
    public List<Item> list() {
        return Item.listAll();
    }
}
