#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace sandbox {

// Secret roles in ascending strength; the numbers are Secret Server's role ids.
enum class SecretRole { None = 0, List = 1, View = 2, Edit = 3, Owner = 4 };
// Folder roles in ascending strength (Secret Server: View, Edit, Add Secret, Owner).
enum class FolderRole { None = 0, View = 1, Edit = 2, AddSecret = 3, Owner = 4 };
// The web service a request came in through; recorded in audits.
enum class Channel { Rest, Soap };

QString secretRoleName(SecretRole role); // "List", "View", "Edit", "Owner", "None"
SecretRole secretRoleFromName(const QString &name); // case-insensitive; None when unknown
QString folderRoleName(FolderRole role); // "View", "Edit", "Add Secret", "Owner"
FolderRole folderRoleFromName(const QString &name); // also accepts "AddSecret"

// Audit action strings. The real texts are UNKNOWN (secret-server-api.md §9 says only that a
// report filters on "CHANGE PASSWORD"); these follow that upper-case style.
namespace AuditAction {
inline constexpr char View[] = "VIEW";
inline constexpr char CheckOut[] = "CHECK OUT";
inline constexpr char CheckIn[] = "CHECK IN";
inline constexpr char ChangePassword[] = "CHANGE PASSWORD";
inline constexpr char Edit[] = "EDIT";
inline constexpr char Create[] = "CREATE";
inline constexpr char Delete[] = "DELETE";
inline constexpr char PermissionChange[] = "PERMISSION CHANGE";
inline constexpr char Heartbeat[] = "HEARTBEAT";
inline constexpr char Login[] = "LOGIN";
inline constexpr char LoginFailure[] = "LOGIN FAILURE";
inline constexpr char Logout[] = "LOGOUT";
} // namespace AuditAction

struct User
{
    int id = 0;
    QString userName;
    QString displayName;
    QString domain; // empty = local account
    QString emailAddress;
    QString password; // sandbox data only; never logged
    bool enabled = true;
    bool isApplicationAccount = false;
    bool isAdministrator = false;
    bool isLockedOut = false;
    QString lockOutReason;
    int loginFailures = 0;
    QDateTime created;
    QDateTime lastLogin;
};

struct Group
{
    int id = 0;
    QString name;
    QString domain;
    bool enabled = true;
    QSet<int> memberIds;
};

// A named source-address range; a user with any restriction (own or through a group) may log
// in only from an address inside one of them.
struct IpRestriction
{
    int id = 0;
    QString name;
    QString range; // CIDR "127.0.0.0/24" or a single address
    QSet<int> userIds;
    QSet<int> groupIds;

    bool contains(const QHostAddress &address) const;
};

struct Folder
{
    int id = 0;
    QString name;
    int parentId = -1; // -1 = root level
    int folderTypeId = 1;
    bool inheritPermissions = true;
    bool inheritSecretPolicy = true;
    int secretPolicyId = -1;
};

// Exactly one of userId / groupId is non-zero.
struct FolderPermission
{
    int id = 0;
    int folderId = 0;
    int userId = 0;
    int groupId = 0;
    FolderRole folderRole = FolderRole::View;
    SecretRole secretRole = SecretRole::None;
};

struct SecretPermission
{
    int id = 0;
    int secretId = 0;
    int userId = 0;
    int groupId = 0;
    SecretRole role = SecretRole::View;
};

struct TemplateField
{
    int id = 0;
    QString slug; // "password", "username", "machine"...
    QString displayName;
    QString description;
    bool isPassword = false;
    bool isNotes = false;
    bool isUrl = false;
    bool isFile = false;
    bool isRequired = false;
    int sortOrder = 0;
};

struct SecretTemplate
{
    int id = 0;
    QString name;
    bool active = true;
    int passwordTypeId = 0;
    QList<TemplateField> fields;

    const TemplateField *field(const QString &slug) const; // case-insensitive
};

struct SecretItem
{
    int itemId = 0;
    int fieldId = 0;
    QString slug;
    QString value; // never logged
};

struct DoubleLock
{
    int id = 0;
    QString name;
    QString password; // sandbox data only
};

struct Secret
{
    int id = 0;
    QString name;
    int folderId = -1;
    int templateId = 0;
    int siteId = 1;
    QList<SecretItem> items;
    bool active = true;
    bool inheritPermissions = true;
    QDateTime created;

    // Check-out: settings, then state (checkedOutBy 0 = not checked out).
    bool checkOutEnabled = false;
    int checkOutIntervalMinutes = 0; // 0 = the rpc configuration's interval
    bool checkOutChangePasswordEnabled = false;
    int checkedOutBy = 0;
    QDateTime checkOutEnd;

    // Restrictions that stop a plain read.
    bool requiresComment = false;
    bool requiresApproval = false;
    bool doubleLock = false;
    int doubleLockId = 0;
    bool hideLauncherPassword = false;

    // Remote password changing and heartbeat.
    bool autoChangeEnabled = false;
    QString heartbeatStatus = QStringLiteral("Success"); // §10 enum names
    QDateTime lastHeartBeatCheck;
    QDateTime lastPasswordChangeAttempt;
    int failedPasswordChangeAttempts = 0;
    bool isOutOfSync = false;
    QString outOfSyncReason;

    bool isRestricted() const { return requiresComment || requiresApproval || doubleLock; }
    const SecretItem *item(const QString &slug) const; // case-insensitive
    SecretItem *item(const QString &slug);
};

struct SecretAudit
{
    int id = 0;
    int secretId = 0;
    int userId = 0;
    QString action;
    QString notes;
    QString ipAddress;
    QDateTime dateRecorded;
};

struct UserAudit
{
    int id = 0;
    int userId = 0; // who acted (0 = unknown user name, see notes)
    int userIdAffected = 0; // whom it concerned
    QString action;
    QString notes;
    QString ipAddress;
    QDateTime dateRecorded;
};

// An API session: one access token and, when refresh is on, one single-use refresh token.
struct Session
{
    QByteArray accessToken;
    QByteArray refreshToken; // empty when refresh tokens are off or the timeout is unlimited
    int userId = 0;
    Channel channel = Channel::Rest;
    QHostAddress peer;
    QDateTime issued;
    QDateTime expires; // null = unlimited
    QDateTime refreshExpires; // expires + 15 minutes (§2.1)
    int refreshCount = 0;
    bool revoked = false;
};

enum class LoginOutcome {
    Ok,
    WebServicesDisabled,
    BadCredentials, // unknown user, wrong password or wrong domain: callers say the same
    UserDisabled,
    LockedOut,
    IpRestricted,
    RefreshRejected, // unknown, used, expired refresh token or refresh limit reached
};

struct LoginResult
{
    LoginOutcome outcome = LoginOutcome::BadCredentials;
    const Session *session = nullptr; // set when Ok; owned by the estate
    int expiresInSeconds = 0; // 0 with a session = unlimited
};

// Filters of a secret search (REST GET /secrets, SOAP SearchSecrets*). Defaults = no filter.
struct SecretQuery
{
    QString searchText;
    QString searchFieldSlug; // empty = match the secret name
    bool isExactMatch = false;
    int folderId = -1; // -1 = any folder
    bool includeSubFolders = false;
    int templateId = 0; // 0 = any
    QString heartbeatStatus; // empty = any; a §10 name or its number
    bool includeRestricted = true;
    bool includeInactive = false;
    bool includeActive = true;
    SecretRole permissionRequired = SecretRole::List;
};

struct ReadOptions
{
    bool noAutoCheckout = false;
    bool includeInactive = false;
    bool forceCheckIn = false; // take over another user's check-out (Owner or administrator)
    QString comment; // answers RequireComment
    QString ticketNumber;
    QString doubleLockPassword; // answers DoubleLock
    bool audit = true; // false for reads that do not show values (settings views)
};

enum class ReadOutcome {
    Ok,
    NotFound, // no such secret, or inactive without includeInactive
    AccessDenied, // below View (List-only callers see it in searches only)
    ApprovalRequired, // Approval for Access and the caller is not an owner
    DoubleLockRequired, // DoubleLock and no / a wrong DoubleLock password
    CommentRequired, // Require Comment and no comment given
    CheckedOutByOther, // check-out enabled and someone else holds it
    CheckOutRequired, // check-out enabled, not held by the caller, noAutoCheckout set
};

struct SecretRead
{
    ReadOutcome outcome = ReadOutcome::NotFound;
    const Secret *secret = nullptr; // set when Ok (and for CheckedOutByOther, for messages)
    SecretRole role = SecretRole::None;
    bool checkedOutNow = false; // this read checked the secret out to the caller
};

enum class CheckInOutcome { Ok, NotFound, AccessDenied, NotCheckedOut, CheckedOutByOther };

struct CheckInResult
{
    CheckInOutcome outcome = CheckInOutcome::NotFound;
    bool passwordChanged = false; // change-password-on-check-in happened
};

struct CheckOutStatus
{
    bool checkedOut = false;
    int userId = 0;
    QString userDisplayName;
    int minutesRemaining = 0;
    QDateTime end;
};

// The Secret Server estate the sandbox serves: directory, folders, secrets, permissions,
// configuration and audits, plus the access rules that REST and SOAP both go through.
// Single-threaded (lives on the event loop). Returned pointers stay valid until the object
// they point to is deleted; Session pointers until the session is dropped.
class Estate : public QObject
{
    Q_OBJECT

public:
    explicit Estate(QObject *parent = nullptr);
    ~Estate() override;

    // --- Loading and saving -------------------------------------------------------------
    // The seed/state format is sandbox/data/estate.json. False with *error on bad input.
    bool loadJson(const QByteArray &json, QString *error);
    QByteArray toJson() const; // the whole estate incl. audits and check-out state
    // A realistic estate of this size (fast: 100,000 secrets in 2,000 folders in seconds).
    void generate(int secrets, int folders);

    // --- Clock: real time plus an offset tests can advance ------------------------------
    QDateTime now() const;
    void advanceClock(qint64 seconds);

    // --- Sessions -----------------------------------------------------------------------
    // Checks web services, credentials (domain optional; "DOMAIN\user" also accepted),
    // enabled, lock-out, IP restrictions by peer; audits success and failure with the peer
    // address; issues an access (and refresh) token.
    LoginResult login(const QString &userName, const QString &password, const QString &domain,
                      const QHostAddress &peer, Channel channel);
    // refresh_token grant: single use, bounded by maximumTokenRefreshesAllowed.
    LoginResult refresh(const QByteArray &refreshToken, const QHostAddress &peer);
    // The live session of an access token; nullptr when unknown, expired or revoked.
    const Session *session(const QByteArray &accessToken) const;
    bool revoke(const QByteArray &accessToken); // oauth-expiration
    void expireAllSessions();
    void setTokenLifetimeSeconds(int seconds); // 0 = use apiSessionTimeout*
    int tokenLifetimeSeconds() const; // effective; 0 = unlimited

    // --- Configuration --------------------------------------------------------------------
    // Sections as Secret Server names them: "applicationSettings", "permissionOptions",
    // "security", "rpc", ... Field values are plain JSON (bool, int, string).
    QJsonObject configurationSection(const QString &section) const;
    QStringList configurationSections() const;
    // Sets existing fields only, keeping their JSON type; false with *error otherwise.
    bool setConfigurationValue(const QString &section, const QString &field,
                               const QJsonValue &value, QString *error);
    bool webServicesEnabled() const; // applicationSettings.enableWebServices
    void setWebServicesEnabled(bool enabled);
    bool configurationFlag(const QString &section, const QString &field) const;
    int checkOutIntervalMinutes(const Secret &secret) const; // own interval or rpc default
    QString version() const;
    void setVersion(const QString &version);

    // --- Directory ----------------------------------------------------------------------
    const User *user(int id) const;
    const User *userByName(const QString &userName, const QString &domain = {}) const;
    const User *whoAmI(int userId) const { return user(userId); }
    QList<const User *> users() const;
    User *mutableUser(int id);
    const Group *group(int id) const;
    QList<const Group *> groups() const;
    QList<const Group *> groupsOf(int userId) const;
    bool addGroupMember(int groupId, int userId);
    bool removeGroupMember(int groupId, int userId);
    bool isAdministrator(int userId) const;

    const IpRestriction *ipRestriction(int id) const;
    QList<const IpRestriction *> ipRestrictions() const;
    QList<const IpRestriction *> ipRestrictionsOf(int userId) const; // own and via groups
    int createIpRestriction(const QString &name, const QString &range); // 0 = bad range
    bool updateIpRestriction(int id, const QString &name, const QString &range);
    bool deleteIpRestriction(int id);
    bool assignIpRestriction(int id, int userId, int groupId, bool assign);
    bool loginAllowedFrom(int userId, const QHostAddress &peer) const;

    // --- Folders ------------------------------------------------------------------------
    const Folder *folder(int id) const;
    const Folder *folderByPath(const QString &path) const; // "\Top\Sub", case-insensitive
    QString folderPath(int folderId) const; // "\Top\Sub"
    QList<int> childFolderIds(int folderId) const; // -1 = root-level folders
    QList<const Folder *> folders() const;
    int createFolder(const Folder &folder); // id assigned; 0 when the parent does not exist
    bool updateFolder(const Folder &folder);
    bool deleteFolder(int id); // with sub-folders and their secrets
    // Turning inheritance off copies the inherited entries onto the folder (§5.2).
    void setFolderInheritPermissions(int folderId, bool inherit, int byUserId);

    // Permissions as they apply: the folder's own entries, or the parent's when inheriting.
    QList<const FolderPermission *> effectiveFolderPermissions(int folderId) const;
    const FolderPermission *folderPermission(int id) const;
    int createFolderPermission(const FolderPermission &permission, int byUserId);
    bool updateFolderPermission(const FolderPermission &permission, int byUserId);
    bool deleteFolderPermission(int id, int byUserId);

    // --- Templates ----------------------------------------------------------------------
    const SecretTemplate *secretTemplate(int id) const;
    QList<const SecretTemplate *> secretTemplates() const;
    int secretCount(int templateId) const;

    // --- Secrets ------------------------------------------------------------------------
    const Secret *secret(int id) const;
    Secret *mutableSecret(int id); // callers check roles first and call touch() after
    const Secret *secretByPath(const QString &path) const; // "\Folder\Sub\Secret Name"
    int createSecret(const Secret &secret, int byUserId); // ids of items assigned
    bool deleteSecret(int id, int byUserId); // deactivates
    bool moveSecret(int id, int folderId); // -1 = no folder
    void touch(int secretId, int byUserId, const QString &action, const QString &notes = {});
    const DoubleLock *doubleLock(int id) const;

    // Permissions as they apply: explicit entries, or the folder's secret roles when
    // inheriting (those carry id 0).
    QList<SecretPermission> effectiveSecretPermissions(int secretId) const;
    const SecretPermission *secretPermission(int id) const;
    int createSecretPermission(const SecretPermission &permission, int byUserId);
    bool updateSecretPermission(int id, SecretRole role, int byUserId);
    bool deleteSecretPermission(int id, int byUserId);
    // Turning inheritance off copies the folder's secret roles onto the secret.
    void setSecretInheritPermissions(int secretId, bool inherit, int byUserId);

    // --- Access rules (REST and SOAP both call these) ------------------------------------
    SecretRole secretRole(int userId, int secretId) const; // groups + inheritance applied
    FolderRole folderRole(int userId, int folderId) const;
    SecretRole folderSecretRole(int userId, int folderId) const; // what it grants on secrets
    // Secrets the user holds at least query.permissionRequired on, ordered by name then id.
    QList<const Secret *> searchSecrets(int userId, const SecretQuery &query) const;
    // Applies restrictions and check-out (auto check-out unless noAutoCheckout); audits.
    SecretRead readSecret(int userId, int secretId, const ReadOptions &options,
                          const QHostAddress &peer);
    CheckInResult checkIn(int userId, int secretId, bool force, const QHostAddress &peer = {});
    // Explicit check-out (REST POST /check-out); same rules as a read.
    SecretRead checkOut(int userId, int secretId, const ReadOptions &options,
                        const QHostAddress &peer);
    bool extendCheckOut(int userId, int secretId, int minutes);
    CheckOutStatus checkOutStatus(int secretId) const;
    // Changes every password field to newPassword (random when empty); audited.
    bool changePassword(int secretId, int byUserId, const QString &newPassword = {});
    // Ends check-outs whose interval is over (an automatic check-in each).
    void expireCheckOuts();

    // --- Audits -------------------------------------------------------------------------
    QList<const SecretAudit *> secretAudits(int secretId) const; // newest first
    QList<const UserAudit *> userAudits(int userId) const; // newest first
    void auditSecret(int secretId, int userId, const QString &action, const QString &notes,
                     const QHostAddress &peer = {});
    void auditUser(int userId, int userIdAffected, const QString &action, const QString &notes,
                   const QHostAddress &peer = {});

signals:
    // Something persistent changed (for the debounced --state save).
    void changed();

private:
    LoginResult issue(Session session);
    void checkOutTo(Secret &secret, int userId, const QHostAddress &peer);
    bool releaseCheckOut(Secret &secret, int byUserId, const QString &how,
                         const QHostAddress &peer);

    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace sandbox
