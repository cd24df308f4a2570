package app.chuangxian.commendation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pages anyone may open without signing in: a shared public notice or decided list, and a certificate's check. */
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commendation")
public class PublicCommendationResource {

    @Inject
    PublicCommendation commendation;

    @GET
    @Path("/commendation-lists/{listId}")
    @PermitAll
    @APIResponseSchema(value = PublicViews.PublicList.class, responseDescription = "The list as the public sees it")
    @Operation(
            operationId = "getPublicCommendationList",
            summary = "Read a list under public notice or decided",
            description = "For a shareable page of the public notice (公示) and of the published list: the branches' "
                    + "names in order, the notice period and text, the decision's document number. A draft list is 404. "
                    + "Anyone may call it (PUBLIC).")
    @APIResponse(responseCode = "404", description = "No such list, or not yet under notice")
    public PublicViews.PublicList list(@PathParam("listId") long listId) {
        return commendation.list(listId);
    }

    @GET
    @Path("/certificates/{listId}/{branchId}")
    @PermitAll
    @APIResponseSchema(
            value = PublicViews.CertificateCheck.class,
            responseDescription = "The certificate as the register holds it")
    @Operation(
            operationId = "checkCertificate",
            summary = "Check a certificate",
            description = "What the QR code on a certificate opens: the branch, the campaign, the decision's document "
                    + "number and date, and whether it is still in force. A branch not on an approved or published list "
                    + "is 404. Anyone may call it (PUBLIC).")
    @APIResponse(responseCode = "404", description = "No such certificate")
    public PublicViews.CertificateCheck certificate(
            @PathParam("listId") long listId, @PathParam("branchId") long branchId) {
        return commendation.certificate(listId, branchId);
    }
}
