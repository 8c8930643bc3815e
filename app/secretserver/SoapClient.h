#pragma once

#include "secretserver/CallResult.h"
#include "secretserver/ConnectionSettings.h"
#include "secretserver/PendingCall.h"
#include "secretserver/Secret.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace secretserver {

// A secret as the SOAP search lists it (SecretSummary of SSWebService.asmx).
struct SoapSecretSummary
{
    int secretId = 0;
    QString name;
    QString typeName;
    int typeId = 0;
    int folderId = -1;
    bool isRestricted = false;
};

// SecretError of GetSecret: the secret needs something before it is handed out.
struct SoapSecretError
{
    QString errorCode;
    QString errorMessage;
    bool allowsResponse = false;
    QString commentTitle;
    QString additionalCommentTitle;
};

// The answer to SecretError (CodeResponse), echoing its errorCode.
struct SoapCodeResponse
{
    QString errorCode;
    QString comment;
    QString additionalComment;
};

// GetSecret's result: a Secret (with items, values included) or a SecretError.
struct SoapSecretReply
{
    std::optional<Secret> secret;
    std::optional<SoapSecretError> secretError;
};

// GetCheckOutStatus's result.
struct SoapCheckOutStatus
{
    bool isCheckedOut = false;
    int checkOutMinutesRemaining = 0;
    int checkOutUserId = 0;
    QString checkOutUserDisplayName;
};

// The scanner's path through SSWebService.asmx (SOAP 1.1), so the console can verify a
// setup exactly as the Qualys appliance does. Same TLS trust and limits as the REST client;
// holds the SOAP token from authenticate() until signOut()/destruction.
class SoapClient : public QObject
{
    Q_OBJECT

public:
    explicit SoapClient(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~SoapClient() override;

    // Default {serverUrl}/webservices/SSWebService.asmx; Qualys vault URLs may differ.
    void setEndpoint(const QUrl &endpoint);
    QUrl endpoint() const;
    bool isAuthenticated() const;
    void forgetToken();

    PendingCall *authenticate(const QString &userName, const QString &password,
                              const QString &domain, QObject *context, Callback<bool> done);
    PendingCall *searchSecrets(const QString &searchTerm, bool includeDeleted,
                               bool includeRestricted, QObject *context,
                               Callback<QList<SoapSecretSummary>> done);
    PendingCall *searchSecretsByFolder(const QString &searchTerm, int folderId,
                                       bool includeSubFolders, bool includeDeleted,
                                       bool includeRestricted, QObject *context,
                                       Callback<QList<SoapSecretSummary>> done);
    // A SecretError is a successful call (status Ok) with reply.secretError set, so the
    // caller can answer it with codeResponses; Errors give a failed status.
    PendingCall *getSecret(int secretId, bool loadSettingsAndPermissions,
                           const QList<SoapCodeResponse> &codeResponses, QObject *context,
                           Callback<SoapSecretReply> done);
    PendingCall *getCheckOutStatus(int secretId, QObject *context,
                                   Callback<SoapCheckOutStatus> done);
    PendingCall *checkIn(int secretId, QObject *context, Callback<bool> done);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace secretserver
