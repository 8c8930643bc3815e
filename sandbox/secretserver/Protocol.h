#pragma once

// Secret Server REST facts the reference leaves open, decided once, here. Each names the
// section of /work/shared/reference/secret-server-api.md it comes from.

namespace sandbox::protocol {

// §1: the default page size is UNKNOWN (PS sends 2147483647, GO 30). A small default makes
// clients that forget paging visible.
inline constexpr int DefaultTake = 10;

// §4.1: PS always sends filter.includeRestricted=true, which suggests the server leaves
// restricted secrets out unless asked.
inline constexpr bool IncludeRestrictedByDefault = false;

// §1 / §10: dates are ISO strings without an offset, sometimes with fractional seconds (PY
// strips them and parses "%Y-%m-%dT%H:%M:%S", so a "Z" would break it). Observed samples of a
// real server read "2020-12-15T09:13:49.487" (server local time, trailing zeros dropped) and
// "0001-01-01T00:00:00" for a heartbeat or password change that never happened, where the
// model's date is not nullable (SecretModel/SecretSummary lastHeartBeatCheck and
// lastPasswordChangeAttempt).
inline constexpr char NeverDate[] = "0001-01-01T00:00:00";

// §1: the health body. OAS lists {healthy, databaseHealthy, readOnlyMode, now, utcNow}; the
// official Python SDK reads "Healthy" case-sensitively (a camelCase body fails its server
// detection) and the Go SDK's struct adds serviceBusHealthy, storageAccountHealthy and
// scheduledForDeletion (Go matches names case-insensitively). PascalCase satisfies every
// reader; UNCERTAIN which spelling a given version sends.
inline constexpr bool HealthCheckPascalCase = true;

// §1 / §4.1: the search also answers under /api/v2/secrets; other v2/v3 forms are not used by
// our clients and stay unknown routes.
inline constexpr char SecretsV2Area[] = "secrets";

// §2.1: the token endpoint is an OWIN OAuth2 server (not Web API): its JSON is labelled
// "application/json;charset=UTF-8" and marked uncacheable, success and failure alike.
inline constexpr char TokenContentType[] = "application/json;charset=UTF-8";

// §2.1: token_type is UNKNOWN; conventionally "bearer".
inline constexpr char TokenType[] = "bearer";

// §2.1: bad-credential text for REST is UNKNOWN; the SOAP mock says "Login failed.". The
// token endpoint is an OAuth2 server, whose failures carry only "error" (DOCS print
// $responseBody.error; PY falls back to "error" when there is no "message").
inline constexpr char LoginFailed[] = "Login failed.";
inline constexpr char LoginLockedOut[] = "User is locked out.";
inline constexpr char LoginIpRestricted[] = "Login failed. Your IP address is not allowed.";
inline constexpr char RefreshRejected[] = "Invalid or expired refresh token.";
inline constexpr char UnsupportedGrant[] = "unsupported_grant_type";

// §11: 403 for a missing, invalid, expired or revoked token; the text is UNKNOWN.
inline constexpr char AuthenticationFailed[] = "Authentication failed.";

// §11: access denied is 400 API_AccessDenied "Access Denied" (observed).
inline constexpr char AccessDeniedCode[] = "API_AccessDenied";
inline constexpr char AccessDeniedMessage[] = "Access Denied";

// §11: the not-found answer is UNKNOWN ("likely 400 + errorCode"). Secret Server does not
// tell a caller whether an id it may not see exists, so a missing object answers exactly
// like one the caller has no access to.
inline constexpr char NotFoundCode[] = "API_AccessDenied";
inline constexpr char NotFoundMessage[] = "Access Denied";

// §4.2 / ISS #91 (observed) and its siblings for approval and DoubleLock (inferred names).
inline constexpr char CommentRequiredCode[] = "API_ValidateSecretAccessCommentRequired";
inline constexpr char CommentRequiredMessage[]
        = "The requested Secret requires a comment when viewed.";
inline constexpr char ApprovalRequiredCode[] = "API_ValidateSecretAccessApprovalRequired";
inline constexpr char ApprovalRequiredMessage[]
        = "The requested Secret requires approval for access.";
inline constexpr char DoubleLockRequiredCode[]
        = "API_ValidateSecretAccessDoubleLockPasswordRequired";
inline constexpr char DoubleLockRequiredMessage[]
        = "The requested Secret requires a DoubleLock password.";
// §6: check-out errors are not in the reference; names follow the API_ pattern.
inline constexpr char CheckedOutCode[] = "API_SecretCheckedOutByAnotherUser";
inline constexpr char CheckedOutMessage[] = "The Secret is checked out by another user.";
inline constexpr char CheckOutRequiredCode[] = "API_CheckOutRequired";
inline constexpr char CheckOutRequiredMessage[] = "The Secret must be checked out first.";
inline constexpr char NotCheckedOutCode[] = "API_SecretNotCheckedOut";
inline constexpr char NotCheckedOutMessage[] = "The Secret is not checked out.";

// §5.2: PS checks the message of this error, so code and message are the same text.
inline constexpr char PermissionsInherited[] = "API_PermissionsAreInherited";
// §5.1 / ISS #326 (observed) for a bad role name; also used for other invalid arguments.
inline constexpr char GenericExceptionCode[] = "API_GenericException";
inline constexpr char BadRoleMessage[]
        = "Unable to determine which SecretAccessRole to use. Please provide a valid "
          "SecretAccessRoleName.";
inline constexpr char ValidationCode[] = "API_ValidationFailed";
inline constexpr char FieldNotFoundMessage[] = "The Secret has no field with this slug.";
inline constexpr char FolderNotEmptyMessage[] = "The folder is not empty.";
inline constexpr char InvalidJsonMessage[] = "The request is invalid.";

// §11: the answer with web services disabled is UNKNOWN. A 400 with its own code keeps it
// apart from authentication (403) so a client can tell the administrator what to switch on.
inline constexpr char WebServicesDisabledCode[] = "API_WebServicesDisabled";
inline constexpr char WebServicesDisabledMessage[]
        = "Web services are disabled. Enable them under Administration > Configuration.";

// Unknown routes and methods: what ASP.NET Web API (which hosts Secret Server's REST API)
// answers, since the reference has nothing on them.
inline constexpr char NoResourceMessage[] = "No HTTP resource was found that matches the "
                                            "request URI.";
inline constexpr char MethodNotAllowedMessage[]
        = "The requested resource does not support this http method.";
// Web API names the URI and the method in those texts; RestService fills them in.
inline constexpr char NoResourceFormat[]
        = "No HTTP resource was found that matches the request URI '%1'.";
inline constexpr char MethodNotAllowedFormat[]
        = "The requested resource does not support http method '%1'.";

} // namespace sandbox::protocol
