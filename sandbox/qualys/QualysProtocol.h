#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <utility>

// Facts about the Qualys API v2 that the sandbox imitates, in one place. Section numbers refer
// to /work/shared/reference/qualys-api.md; every [U] (uncertain) choice is a named constant so
// it can be corrected after one check against a real tenant.
namespace sandbox::qualys {

// Appendix D error codes (§5.1).
enum class ErrorCode {
    UnrecognizedParameter = 1901,
    MissingParameter = 1903,
    OnlyOneOf = 1904,
    InvalidValue = 1905,
    UnsupportedCombination = 1907,
    WrongMethod = 1908,
    ConcurrencyLimit = 1960,
    RateLimit = 1965,
};

inline constexpr QLatin1String ApiPrefix("/api/2.0/");
inline constexpr QLatin1String VaultPath("/api/2.0/fo/vault/");
inline constexpr QLatin1String AuthPath("/api/2.0/fo/auth/");

// §1.2: session mode. POST action=login (username, password in the form) sets this cookie;
// action=logout ends it. Session calls carry no limit headers and do not count (§1.4). The
// cookie name is [S1] (C-TF); the TEXTs "Logged in" / "Logged out" are Qualys' samples.
inline constexpr QLatin1String SessionPath("/api/2.0/fo/session/");
inline constexpr char SessionCookie[] = "QualysSession";
inline constexpr QLatin1String LoggedInText("Logged in");
inline constexpr QLatin1String LoggedOutText("Logged out");

// §1.3 / §1.5: echo_request=1 adds REQUEST (DATETIME, USER_LOGIN, RESOURCE, PARAM_LIST) as
// the root's first child. Whether PARAM_LIST holds body parameters too, and whether password
// values are echoed, is [U]: the sandbox lists every merged parameter and masks passwords.
inline constexpr QLatin1String EchoedPasswordMask("********");

// §1.3 sample replies: text/xml in UTF-8.
inline constexpr char XmlContentType[] = "text/xml;charset=UTF-8";

// §1.4: a sample VM/PC reply in Qualys' "tracking API usage" page
// (docs.qualys.com/en/vm/api/assets/get_started/tracking_api_usage.htm) shows these headers
// besides the limits. X-Powered-By appears only when support enables it for a subscription.
inline constexpr char ServerHeader[] = "Qualys";
inline constexpr std::pair<const char *, const char *> SecurityHeaders[] = {
    { "X-XSS-Protection", "1" },
    { "X-Content-Type-Options", "nosniff" },
    { "X-Frame-Options", "SAMEORIGIN" },
};

// §5.2: bad credentials answer 401 with this TEXT. The CODE often quoted (2000) is [U], so
// the sandbox sends none.
inline constexpr QLatin1String BadLoginText("Bad Login/Password");
inline constexpr int BadLoginStatus = 401;

// §1.2: X-Requested-With is mandatory; what a real tenant answers without it is [U]. The
// sandbox treats it like a failed login, as the project brief asks.
inline constexpr int MissingRequestedWithStatus = 401;

// §1.4 / §5.1: blocked calls answer 409 (Appendix D prints "400 Conflict" for 1965; the
// header page says 409, which wins). Texts as observed by C-QAPI [S1].
inline constexpr int BlockedStatus = 409;
inline constexpr QLatin1String ConcurrencyText(
        "This API cannot be run again until %1 currently running instance(s) have finished.");
inline constexpr QLatin1String RateText("This API cannot be run again for another %1 seconds.");

// §1.4: default tier [S1]/[U]: 300 calls per hour, 2 at once.
inline constexpr int DefaultCallsPerWindow = 300;
inline constexpr int DefaultWindowSeconds = 3600;
inline constexpr int DefaultConcurrency = 2;

// §1.3 / §3.4: at most this many records per list reply; more gives a WARNING.
inline constexpr int ListPageSize = 1000;
inline constexpr QLatin1String WarningCode("1980");
inline constexpr QLatin1String WarningText("1000 record limit exceeded. Use URL to get next batch "
                                           "of results.");

// §2.2: the vault type selector is named `type` by two sources and `vault_type` by the
// record API [U]; both are accepted, and this switch says whether `vault_type` is.
inline constexpr bool AcceptVaultTypeAlias = true;
inline constexpr QLatin1String ThycoticVaultType("Thycotic Secret Server");

// §2.4: VAULT_TYPE shows a display label that may differ from the input value [U]; the
// sandbox echoes the input value.

// §3.2: the Thycotic record field name is [U]. It is accepted under this name only.
inline constexpr QLatin1String SecretNameParameter("secret_name");

// §2.1 / §1.5: vault create returns its new ID as ITEM KEY "ID" [U].
inline constexpr QLatin1String CreatedIdKey("ID");

// §5.2: duplicate titles, overlapping IPs and unknown IDs have no documented shape [U]. The
// sandbox answers each with a 400 SIMPLE_RETURN carrying these codes.
inline constexpr ErrorCode DuplicateTitleCode = ErrorCode::InvalidValue;
inline constexpr ErrorCode IpOverlapCode = ErrorCode::InvalidValue;
inline constexpr ErrorCode UnknownIdCode = ErrorCode::InvalidValue;
// §2.1: deleting a vault that records still use is refused [U].
inline constexpr ErrorCode VaultInUseCode = ErrorCode::UnsupportedCombination;

// §3.1: field limits common to every record type.
inline constexpr int TitleMaxLength = 255;
inline constexpr int CommentsMaxLength = 1999;

// §1.6: BATCH TEXT values; "nothing to change" for an update without effect [C] C-JPC.
inline constexpr QLatin1String CreatedText("Successfully Created");
inline constexpr QLatin1String UpdatedText("Successfully Updated");
inline constexpr QLatin1String DeletedText("Successfully Deleted");
inline constexpr QLatin1String NothingToChangeText("Nothing to change: the record already has "
                                                   "these values");

} // namespace sandbox::qualys
