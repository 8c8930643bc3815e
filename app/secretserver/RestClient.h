#pragma once

#include "secretserver/AuditRecord.h"
#include "secretserver/CallResult.h"
#include "secretserver/ConnectionSettings.h"
#include "secretserver/Directory.h"
#include "secretserver/Folder.h"
#include "secretserver/Paging.h"
#include "secretserver/PendingCall.h"
#include "secretserver/Secret.h"
#include "secretserver/SecretPermission.h"
#include "secretserver/SecretSecurity.h"
#include "secretserver/SecretTemplate.h"
#include "secretserver/ServerConfiguration.h"

#include <QDateTime>
#include <QJsonValue>
#include <QObject>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace secretserver {

// What sign-in needs. The password is used for the grant and then dropped when a
// PasswordSource is set; without one it is kept in memory until signOut() for re-login.
struct Credentials
{
    QString userName;
    QString domain;
    QString password;
};

// The signed-in session as the UI may show it (no token values).
struct SessionInfo
{
    QString userName;
    QString domain;
    QDateTime expiresAt;      // local clock; invalid when the server gave no expires_in
    bool canRefresh = false;  // the server issued a refresh token
};

// The console's REST client for one Secret Server connection: one QNetworkAccessManager,
// the token lifecycle and a typed asynchronous call per endpoint. Owns its PendingCalls.
class RestClient : public QObject
{
    Q_OBJECT

public:
    // Asks the caller (the keychain) for the password again when a re-login is needed;
    // deliver(QString()) means "not available" and the call fails cleanly.
    using PasswordSource = std::function<void(std::function<void(const QString &)> deliver)>;

    explicit RestClient(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~RestClient() override;

    const ConnectionSettings &settings() const;
    void setTlsTrust(const TlsTrust &trust); // takes effect for new connections
    void setPasswordSource(PasswordSource source);
    void setMaxParallelRequests(int count);

    bool isSignedIn() const;
    SessionInfo session() const;
    // The current refresh token, for the caller to keep in the keychain; empty if none.
    QString refreshToken() const;

    // --- session -------------------------------------------------------------------
    PendingCall *signIn(const Credentials &credentials, QObject *context,
                        Callback<SessionInfo> done);
    // Resume with a refresh token kept from an earlier session (refresh grant).
    PendingCall *resumeSession(const QString &userName, const QString &refreshToken,
                               QObject *context, Callback<SessionInfo> done);
    // Revokes the token on the server (POST /api/v1/oauth-expiration) and forgets it.
    PendingCall *signOut(QObject *context, Callback<bool> done);

    // --- server --------------------------------------------------------------------
    PendingCall *healthCheck(QObject *context, Callback<HealthStatus> done); // no sign-in
    PendingCall *version(QObject *context, Callback<QString> done);
    PendingCall *currentUser(QObject *context, Callback<User> done);

    // --- folders -------------------------------------------------------------------
    PendingCall *searchFolders(const FolderQuery &query, QObject *context,
                               Callback<Page<Folder>> done);
    PendingCall *folder(int folderId, bool allChildren, QObject *context,
                        Callback<Folder> done);
    PendingCall *folderByPath(const QString &path, QObject *context, Callback<Folder> done);
    PendingCall *createFolder(const FolderChange &change, QObject *context,
                              Callback<Folder> done);
    PendingCall *updateFolder(int folderId, const FolderChange &change, QObject *context,
                              Callback<Folder> done);
    PendingCall *deleteFolder(int folderId, QObject *context, Callback<bool> done);

    // --- folder permissions --------------------------------------------------------
    PendingCall *searchFolderPermissions(const FolderPermissionQuery &query, QObject *context,
                                         Callback<Page<FolderPermission>> done);
    PendingCall *createFolderPermission(const FolderPermissionChange &change,
                                        QObject *context, Callback<FolderPermission> done);
    PendingCall *updateFolderPermission(int permissionId, const FolderPermissionChange &change,
                                        QObject *context, Callback<FolderPermission> done);
    PendingCall *deleteFolderPermission(int permissionId, bool breakInheritance,
                                        QObject *context, Callback<bool> done);
    // Stops a folder inheriting permissions; the inherited entries become explicit ones.
    PendingCall *breakFolderInheritance(int folderId, QObject *context, Callback<Folder> done);

    // --- secrets -------------------------------------------------------------------
    PendingCall *searchSecrets(const SecretQuery &query, QObject *context,
                               Callback<Page<SecretSummary>> done);
    PendingCall *secretSearchTotal(const SecretQuery &query, QObject *context,
                                   Callback<int> done);
    PendingCall *secret(int secretId, const SecretReadOptions &options, QObject *context,
                        Callback<Secret> done);
    PendingCall *restrictedSecret(int secretId, const SecretAccessArgs &args, QObject *context,
                                  Callback<Secret> done);
    PendingCall *secretState(int secretId, QObject *context, Callback<SecretState> done);
    // One field's value (GET /secrets/{id}/fields/{slug}); text fields only.
    PendingCall *secretField(int secretId, const QString &slug, const SecretReadOptions &options,
                             QObject *context, Callback<QString> done);
    PendingCall *secretStub(int templateId, int folderId, QObject *context,
                            Callback<Secret> done);
    PendingCall *createSecret(const Secret &secret, QObject *context, Callback<Secret> done);
    PendingCall *updateSecret(const Secret &secret, QObject *context, Callback<Secret> done);
    PendingCall *checkOutSecret(int secretId, QObject *context, Callback<bool> done);
    PendingCall *checkInSecret(int secretId, bool force, QObject *context,
                               Callback<SecretSummary> done);
    PendingCall *setCheckOutPolicy(int secretId, const CheckOutPolicy &policy,
                                   QObject *context, Callback<CheckOutPolicy> done);
    PendingCall *setSecretSecurity(int secretId, const SecretSecurity &security,
                                   QObject *context, Callback<SecretSecurity> done);
    // PUT /secrets/{id}/security-approval {requireApprovalType}; the value is whether the
    // server now requires approval (reference §4, "Set approval").
    PendingCall *setSecretApprovalRequired(int secretId, bool required, QObject *context,
                                           Callback<bool> done);
    // PATCH /secrets/{id}/share {inheritPermissions}; the value is the server's new state.
    PendingCall *setSecretInheritsPermissions(int secretId, bool inherit, QObject *context,
                                              Callback<bool> done);
    PendingCall *secretAudits(int secretId, const PageRequest &page, QObject *context,
                              Callback<Page<AuditRecord>> done);
    PendingCall *runHeartbeat(int secretId, QObject *context, Callback<SecretSummary> done);

    // --- secret permissions --------------------------------------------------------
    PendingCall *searchSecretPermissions(const SecretPermissionQuery &query, QObject *context,
                                         Callback<Page<SecretPermission>> done);
    PendingCall *createSecretPermission(const SecretPermissionChange &change,
                                        QObject *context, Callback<SecretPermission> done);
    PendingCall *updateSecretPermission(int permissionId, const SecretPermissionChange &change,
                                        QObject *context, Callback<SecretPermission> done);
    PendingCall *deleteSecretPermission(int permissionId, QObject *context,
                                        Callback<bool> done);

    // --- templates -----------------------------------------------------------------
    PendingCall *searchTemplates(const QString &searchText, const PageRequest &page,
                                 QObject *context, Callback<Page<SecretTemplate>> done);
    PendingCall *secretTemplate(int templateId, QObject *context,
                                Callback<SecretTemplate> done);

    // --- users, groups, IP restrictions --------------------------------------------
    PendingCall *searchUsers(const UserQuery &query, QObject *context,
                             Callback<Page<User>> done);
    PendingCall *user(int userId, QObject *context, Callback<User> done);
    PendingCall *userGroups(int userId, QObject *context, Callback<Page<GroupMember>> done);
    PendingCall *userAudit(int userId, const PageRequest &page, QObject *context,
                           Callback<Page<AuditRecord>> done);
    PendingCall *searchGroups(const GroupQuery &query, QObject *context,
                              Callback<Page<Group>> done);
    PendingCall *group(int groupId, QObject *context, Callback<Group> done);
    PendingCall *groupMembers(int groupId, const PageRequest &page, QObject *context,
                              Callback<Page<GroupMember>> done);
    PendingCall *addGroupMember(int groupId, int userId, QObject *context,
                                Callback<bool> done);
    PendingCall *removeGroupMember(int groupId, int userId, QObject *context,
                                   Callback<bool> done);
    PendingCall *ipRestrictions(const PageRequest &page, QObject *context,
                                Callback<Page<IpRestriction>> done);
    PendingCall *userIpRestrictions(int userId, QObject *context,
                                    Callback<Page<IpRestrictionAssignment>> done);
    PendingCall *assignIpRestriction(int restrictionId, int userId, QObject *context,
                                     Callback<bool> done);

    // --- configuration -------------------------------------------------------------
    PendingCall *configuration(ConfigurationArea area, QObject *context,
                               Callback<ServerConfiguration> done);
    PendingCall *updateConfiguration(ConfigurationArea area,
                                     const QList<ConfigurationChange> &changes,
                                     QObject *context, Callback<ServerConfiguration> done);

signals:
    void sessionChanged();          // signed in, token renewed, or signed out
    void refreshTokenChanged(const QString &refreshToken); // keep it in the keychain
    void sessionLost(const QString &message); // re-login failed; sign in again

private:
    struct Request;
    struct Private;
    friend struct Private;

    using JsonHandler = std::function<void(const CallResult &, const QJsonValue &)>;

    PendingCall *send(Request request, QObject *context, JsonHandler handler);
    template<typename T>
    PendingCall *sendPage(Request request, const PageRequest &page, QObject *context,
                          Callback<Page<T>> done);

    std::unique_ptr<Private> d;
};

} // namespace secretserver
