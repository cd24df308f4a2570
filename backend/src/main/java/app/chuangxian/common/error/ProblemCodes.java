package app.chuangxian.common.error;

import java.util.Map;

/**
 * Every {@code code} a problem can carry, with its meaning (the status first). The contract lists them on the Problem
 * schema and the tests check each problem they receive against this list: a new code is added here first.
 */
public final class ProblemCodes {
    public static final Map<String, String> ALL = Map.ofEntries(
            Map.entry(
                    "VALIDATION_FAILED",
                    "400: fields of the request are invalid; fieldErrors names each with its own code"),
            Map.entry(
                    "INVALID_PARAMETER", "400: a query, path, form or header parameter has a value of the wrong type"),
            Map.entry("MALFORMED_JSON", "400: the request body is not valid JSON"),
            Map.entry(
                    "BODY_NOT_AN_OBJECT",
                    "400: the request body is JSON of the wrong shape (an array, a number or null where an object is expected)"),
            Map.entry(
                    "BODY_TOO_COMPLEX", "400: the request body is nested too deeply or holds a value too long to read"),
            Map.entry("MALFORMED_MULTIPART", "400: a multipart body breaks the format"),
            Map.entry("BAD_REQUEST", "400: the request cannot be read"),
            Map.entry("UNAUTHENTICATED", "401: the operation needs a signed-in caller"),
            Map.entry("INVALID_TOKEN", "401: the access token is missing, invalid, expired or revoked"),
            Map.entry("FORBIDDEN", "403: the caller's role may not use this operation"),
            Map.entry("SCOPE_MISSING", "403: the API client's scopes do not cover this request"),
            Map.entry(
                    "ACCOUNT_REQUIRED", "403: the operation needs a token issued to an account, not to an API client"),
            Map.entry("PASSWORD_CHANGE_REQUIRED", "403: the account must change its password before anything else"),
            Map.entry("TOTP_ENROLMENT_REQUIRED", "403: the account must enrol a second factor before anything else"),
            Map.entry("NOT_FOUND", "404: no such record, or not visible to the caller"),
            Map.entry("METHOD_NOT_ALLOWED", "405: the path does not take this HTTP method"),
            Map.entry("NOT_ACCEPTABLE", "406: the operation cannot answer in a media type the Accept header allows"),
            Map.entry("CONFLICT", "409: the request conflicts with the state of the record"),
            Map.entry(
                    "STALE_VERSION",
                    "409: the record was changed since the version sent; read it again and reapply the change"),
            Map.entry("INTEGRITY_VIOLATION", "409: the change would duplicate a record or remove one still in use"),
            Map.entry("ILLEGAL_TRANSITION", "409: the record's state does not allow this step"),
            Map.entry("PAYLOAD_TOO_LARGE", "413: the request body is over the size limit"),
            Map.entry("FILE_TOO_LARGE", "413: an uploaded file is over the per-file limit"),
            Map.entry("URI_TOO_LONG", "414: the address with its query is too long"),
            Map.entry("UNSUPPORTED_MEDIA_TYPE", "415: the request body's Content-Type is not one the operation reads"),
            Map.entry(
                    "UNSUPPORTED_FILE_TYPE",
                    "415: the uploaded file's content is not an accepted document or image type"),
            Map.entry("IDEMPOTENCY_KEY_REUSED", "422: the Idempotency-Key was already used for a different request"),
            Map.entry(
                    "TOO_MANY_ATTEMPTS",
                    "429: too many failed sign-ins from this address; wait for Retry-After seconds"),
            Map.entry("INTERNAL_ERROR", "500: an unexpected failure; nothing was saved"),
            Map.entry(
                    "SERVICE_UNAVAILABLE",
                    "503: the service is starting, stopping or overloaded; retry after Retry-After seconds"),
            Map.entry("PDF_FONT_MISSING", "503: the server lacks the CJK font for PDF documents"),
            Map.entry("BAD_CREDENTIALS", "401: wrong username, password or second-factor code (never says which)"),
            Map.entry("OTP_REQUIRED", "401: the account has a second factor; send the 6-digit code too"),
            Map.entry("INVALID_REFRESH_TOKEN", "401: the refresh token is unknown or expired"),
            Map.entry("REFRESH_TOKEN_REUSED", "401: the refresh token was already used or revoked; the sign-in ended"),
            Map.entry("SESSION_EXPIRED", "401: the sign-in was idle for too long"),
            Map.entry(
                    "REFRESH_IN_PROGRESS",
                    "409: a parallel request used this refresh token a moment ago; use the tokens it got"),
            Map.entry("PASSWORD_CHANGED_MEANWHILE", "409: the password was changed by another request"),
            Map.entry("INVALID_CLIENT", "401: unknown API client, wrong secret or disabled client"),
            Map.entry("UNSUPPORTED_GRANT_TYPE", "400: the token endpoint supports grant_type=client_credentials only"),
            Map.entry(
                    "INVALID_REQUEST",
                    "400: the token request authenticates the client twice, or with two different client ids"),
            Map.entry("TOTP_ALREADY_ENABLED", "409: the account already has an active second factor"),
            Map.entry("TOTP_NOT_ENROLLED", "409: start the second-factor enrolment before confirming it"),
            Map.entry("ADMIN_EXISTS", "409: an enabled ADMIN exists already; the first-admin command refuses"),
            Map.entry("USERNAME_TAKEN", "409: another account has this username"),
            Map.entry("ACCOUNT_ALREADY_ENABLED", "409: the account is already enabled"),
            Map.entry("ACCOUNT_ALREADY_DISABLED", "409: the account is already disabled"),
            Map.entry("OWN_ACCOUNT", "409: an administrator cannot disable their own account"),
            Map.entry("OWN_ADMIN_ROLE", "409: an administrator cannot take the ADMIN role from their own account"),
            Map.entry("CLIENT_ALREADY_DISABLED", "409: the API client is already disabled"),
            Map.entry("BRANCH_CODE_TAKEN", "409: another branch has this code"),
            Map.entry("BRANCH_OUTSIDE_ORGANISATION", "409: the branch does not belong to the campaign's organisation"),
            Map.entry("ORGANISATION_CODE_TAKEN", "409: another organisation has this code"),
            Map.entry("ORGANISATION_NAME_TAKEN", "409: another organisation under the same parent has this name"),
            Map.entry("ORGANISATION_NOT_EMPTY", "409: the organisation still holds records; move or remove them first"),
            Map.entry("ORGANISATION_IS_OWN", "409: the caller's own or the top organisation cannot be removed"),
            Map.entry("BRANCH_NAME_TAKEN", "409: another branch has this name"),
            Map.entry("BRANCH_ALREADY_ACTIVE", "409: the branch is already active"),
            Map.entry("BRANCH_ALREADY_ARCHIVED", "409: the branch is already archived"),
            Map.entry("BRANCH_ARCHIVED", "409: an archived branch cannot take part or be changed"),
            Map.entry("BRANCH_IN_USE", "409: the branch still has accounts or API clients"),
            Map.entry("BRANCH_HAS_CAMPAIGN_DATA", "409: the branch has campaign records and can only be archived"),
            Map.entry("CAMPAIGN_CLOSED", "409: the campaign is closed and read-only"),
            Map.entry("CAMPAIGN_NOT_DRAFT", "409: only a draft campaign can be deleted"),
            Map.entry("CAMPAIGN_NOT_ACTIVE", "409: the campaign has not started; nothing can be handed in yet"),
            Map.entry("CAMPAIGN_HAS_NO_PHASES", "409: add a phase before activating the campaign"),
            Map.entry(
                    "CAMPAIGN_NOT_OFFERED",
                    "409: an organisation adopts only the launched campaigns of the organisation right above it"),
            Map.entry("CAMPAIGN_ALREADY_ADOPTED", "409: the caller's organisation has already adopted this campaign"),
            Map.entry(
                    "STANDARD_INHERITED",
                    "409: the standard comes from the adopted parent campaign and stays as set there"),
            Map.entry(
                    "STANDARDS_ADOPTED",
                    "409: organisations below have adopted the campaign; its standards stay as they are"),
            Map.entry(
                    "NO_PARENT_CAMPAIGN", "409: the campaign adopts none above it, so it has nowhere to recommend to"),
            Map.entry("NO_QUOTA", "409: the campaign above has allotted the recommender no quota"),
            Map.entry("QUOTA_EXCEEDED", "409: the recommender's quota for the title is used up"),
            Map.entry("QUOTA_IN_USE", "409: a quota cannot drop below what the organisation recommended already"),
            Map.entry("NOT_A_CHILD", "409: quotas go to the organisations right below the campaign's only"),
            Map.entry(
                    "RECOMMENDATION_DEADLINE_PASSED",
                    "409: the deadline the level above set for recommending has passed"),
            Map.entry("ALREADY_RECOMMENDED", "409: the candidate is recommended into the campaign already"),
            Map.entry(
                    "NOT_COMMENDED_HERE",
                    "409: the candidate is not on the campaign's published commendation list, nor accepted and"
                            + " announced at this level"),
            Map.entry(
                    "RECOMMENDATIONS_CLOSED",
                    "409: the level recommended into has opened its notice; recommendations and reviews there are over"),
            Map.entry("RECOMMENDATION_NOT_EDITABLE", "409: only a submitted or returned recommendation changes"),
            Map.entry("NOT_SUBMITTED", "409: only a submitted recommendation is reviewed"),
            Map.entry("NOTICE_EXISTS", "409: the level's recommendations were announced already"),
            Map.entry("RECOMMENDATIONS_PENDING", "409: recommendations received still await review"),
            Map.entry("NOTHING_TO_ANNOUNCE", "409: no recommendation received has been accepted"),
            Map.entry("NOTICE_CLOSED", "409: the notice is closed"),
            Map.entry(
                    "RECOMMENDATION_NOT_ANNOUNCED",
                    "409: objections concern the accepted recommendations under notice"),
            Map.entry(
                    "PHASE_WINDOW_IN_USE",
                    "409: a campaign adopted from this one has a phase outside the new dates; it moves first"),
            Map.entry("PHASE_CODE_TAKEN", "409: the campaign already has a phase with this code"),
            Map.entry("PHASE_SEQ_TAKEN", "409: the campaign already has a phase at this position"),
            Map.entry("PHASE_IN_USE", "409: the phase has deliverables or deadlines and cannot be deleted"),
            Map.entry("STANDARD_CODE_TAKEN", "409: the campaign already has a standard with this code"),
            Map.entry("INDICATOR_CODE_TAKEN", "409: another standard of the campaign uses this indicator code"),
            Map.entry("DELIVERABLE_TYPE_CODE_TAKEN", "409: the campaign already has a deliverable type with this code"),
            Map.entry("DELIVERABLE_TYPE_IN_USE", "409: deliverables of this type exist"),
            Map.entry("ALREADY_PARTICIPATING", "409: the branch already takes part in the campaign"),
            Map.entry("PARTICIPANT_HAS_DATA", "409: the branch has records in the campaign and cannot leave it"),
            Map.entry("SCORING_STARTED", "409: scoring has started; the scoring rules are fixed"),
            Map.entry("DELIVERABLE_EXISTS", "409: the branch already has a deliverable of this type in the phase"),
            Map.entry("DELIVERABLE_ACCEPTED", "409: the deliverable is accepted and read-only"),
            Map.entry("DELIVERABLE_UNDER_REVIEW", "409: the deliverable is submitted and awaits review"),
            Map.entry("DELIVERABLE_NOT_SUBMITTED", "409: only a submitted deliverable can be accepted or returned"),
            Map.entry(
                    "DELIVERABLE_NOT_RETURNED",
                    "409: fix-list items can be marked only while the deliverable is returned"),
            Map.entry(
                    "DELIVERABLE_NEVER_RETURNED",
                    "409: the deliverable was never returned; there is nothing to compare"),
            Map.entry("TOO_MANY_ATTACHMENTS", "409: the deliverable has the most attachments allowed"),
            Map.entry(
                    "NO_THUMBNAIL",
                    "404: the attachment is not a JPEG or PNG photo that can be read and shrunk; download the file instead"),
            Map.entry("ATTACHMENT_DELETED", "409: the file uploaded with this Idempotency-Key has since been deleted"),
            Map.entry("INVALID_IDEMPOTENCY_KEY", "400: the Idempotency-Key header must be 1 to 100 characters"),
            Map.entry(
                    "IDEMPOTENCY_KEY_IN_USE",
                    "409: another request with this Idempotency-Key is in progress; retry in a moment"),
            Map.entry("ALREADY_ASSIGNED", "409: the assessor is already assigned to the branch"),
            Map.entry("CONFLICT_OF_INTEREST", "409: the assessor belongs to the branch and may not score it"),
            Map.entry("TOO_MANY_PAIRS", "400: a bulk assignment names too many assessor and branch pairs"),
            Map.entry(
                    "TOP_ORGANISATION_ONLY",
                    "403: a setting of the whole deployment, changed only by the top organisation's administrators"),
            Map.entry("NOT_FAILED", "409: only a send that failed for good is tried again by hand"),
            Map.entry("DELIVERY_PENDING", "409: a webhook delivery waiting for its try is not sent again by hand"),
            Map.entry("NOT_ASSIGNED", "403: the assessor is not assigned to score this branch"),
            Map.entry("SCORESHEET_EXISTS", "409: the assessor already has a scoresheet for the branch"),
            Map.entry("SCORESHEET_SUBMITTED", "409: the scoresheet is submitted and read-only"),
            Map.entry("SCORESHEET_NOT_SUBMITTED", "409: only a submitted scoresheet can be reopened"),
            Map.entry("SELF_ASSESSMENT_SUBMITTED", "409: the self-assessment is submitted and read-only"),
            Map.entry("CONSENSUS_MISSING", "409: branches flagged for disagreement have no consensus yet"),
            Map.entry("RESULTS_FINALISED", "409: the results are final; scoring is closed"),
            Map.entry("RESULTS_ALREADY_FINALISED", "409: the results are already finalised"),
            Map.entry("RESULTS_NOT_FINALISED", "409: only finalised results can be published"),
            Map.entry("RESULTS_ALREADY_PUBLISHED", "409: the results are already published"),
            Map.entry("RESULTS_NOT_FINAL", "409: the step needs final results"),
            Map.entry("RESULTS_NOT_PUBLISHED", "409: the step needs published results"),
            Map.entry(
                    "RESULTS_DECIDED",
                    "409: a commendation list was approved from these results; they cannot be reopened"),
            Map.entry("LIST_IN_PROGRESS", "409: the campaign already has a commendation list in progress"),
            Map.entry("LIST_EMPTY", "409: an empty list cannot be announced"),
            Map.entry("LIST_APPROVED", "409: an approved list cannot be adjusted"),
            Map.entry("LIST_PUBLISHED", "409: the list is published and read-only"),
            Map.entry("LIST_ALREADY_PUBLISHED", "409: the campaign's list is published; change it with a correction"),
            Map.entry("LIST_NOT_DRAFT", "409: the step needs a draft list"),
            Map.entry("LIST_NOT_NOTICE", "409: the step needs a list under public notice"),
            Map.entry("LIST_NOT_APPROVED", "409: the step needs an approved list"),
            Map.entry("LIST_NOT_PUBLISHED", "409: the step needs a published list"),
            Map.entry("NOT_CORRECTABLE", "409: only the latest published list can be corrected"),
            Map.entry("ALREADY_ON_LIST", "409: the branch is already on the list"),
            Map.entry("NOT_ON_LIST", "409: the branch is not on the list"),
            Map.entry("NOTICE_NOT_RUNNING", "409: objections are accepted only while the notice runs"),
            Map.entry("NOTICE_NOT_ENDED", "409: the notice has not ended yet"),
            Map.entry("OBJECTIONS_OPEN", "409: objections are still unresolved"),
            Map.entry("FEEDBACK_RELEASED", "409: the feedback report is released and read-only"));

    private ProblemCodes() {}
}
