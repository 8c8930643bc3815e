// RestClient: secrets, their security settings, permissions and templates
// (reference §4, §5.1, §6, §9, §10).

#include "secretserver/RestClient.h"

#include "secretserver/RestClientPrivate.h"

namespace secretserver {

namespace {

QString secretPath(int secretId, const QString &tail = {})
{
    return QStringLiteral("/api/v1/secrets/%1").arg(secretId) + tail;
}

QString flag(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

void addSecretFilters(QUrlQuery &query, const SecretQuery &secretQuery)
{
    addFilter(query, QStringLiteral("searchText"), secretQuery.searchText);
    addFilter(query, QStringLiteral("searchField"), secretQuery.searchField);
    if (secretQuery.exactMatch)
        addFilter(query, QStringLiteral("isExactMatch"), true);
    addFilter(query, QStringLiteral("folderId"), secretQuery.folderId);
    if (secretQuery.folderId.has_value())
        addFilter(query, QStringLiteral("includeSubFolders"), secretQuery.includeSubFolders);
    addFilter(query, QStringLiteral("secretTemplateId"), secretQuery.templateId);
    addFilter(query, QStringLiteral("heartbeatStatus"), secretQuery.heartbeatStatus);
    if (secretQuery.includeInactive)
        addFilter(query, QStringLiteral("includeInactive"), true);
    addFilter(query, QStringLiteral("includeRestricted"), secretQuery.includeRestricted);
    addFilter(query, QStringLiteral("permissionRequired"), secretQuery.permissionRequired);
    for (const QString &field : secretQuery.extendedFields)
        query.addQueryItem(QStringLiteral("filter.extendedFields"), field);
}

void addReadOptions(QUrlQuery &query, const SecretReadOptions &options)
{
    if (options.noAutoCheckout)
        query.addQueryItem(QStringLiteral("noAutoCheckout"), flag(true));
    if (options.includeInactive)
        query.addQueryItem(QStringLiteral("includeInactive"), flag(true));
}

QJsonObject permissionBody(const SecretPermissionChange &change)
{
    QJsonObject body{
        {QStringLiteral("secretId"), change.secretId},
        {QStringLiteral("secretAccessRoleName"), change.role},
    };
    if (change.userId.has_value())
        body.insert(QStringLiteral("userId"), *change.userId);
    if (change.groupId.has_value())
        body.insert(QStringLiteral("groupId"), *change.groupId);
    return body;
}

} // namespace

PendingCall *RestClient::searchSecrets(const SecretQuery &query, QObject *context,
                                       Callback<Page<SecretSummary>> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/secrets");
    addSecretFilters(request.query, query);
    return sendPage<SecretSummary>(request, query.page, context, done);
}

PendingCall *RestClient::secretSearchTotal(const SecretQuery &query, QObject *context,
                                           Callback<int> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/secrets/search-total");
    addSecretFilters(request.query, query);
    return send(request, context, [done](const CallResult &result, const QJsonValue &payload) {
        Result<int> out;
        static_cast<CallResult &>(out) = result;
        if (out.ok() && payload.isDouble()) {
            out.value = payload.toInt();
        } else if (out.ok()) {
            out.status = CallStatus::InvalidReply;
            out.message = restTr("Secret Server's total is not a number.");
        }
        done(out);
    });
}

PendingCall *RestClient::secret(int secretId, const SecretReadOptions &options,
                                QObject *context, Callback<Secret> done)
{
    Request request;
    request.path = secretPath(secretId);
    addReadOptions(request.query, options);
    return send(request, context, objectHandler<Secret>(done));
}

PendingCall *RestClient::restrictedSecret(int secretId, const SecretAccessArgs &args,
                                          QObject *context, Callback<Secret> done)
{
    QJsonObject body{
        {QStringLiteral("comment"), args.comment},
        {QStringLiteral("forceCheckIn"), args.forceCheckIn},
        {QStringLiteral("noAutoCheckout"), args.noAutoCheckout},
    };
    if (!args.ticketNumber.isEmpty())
        body.insert(QStringLiteral("ticketNumber"), args.ticketNumber);
    if (!args.doubleLockPassword.isEmpty())
        body.insert(QStringLiteral("doubleLockPassword"), args.doubleLockPassword);

    Request request;
    request.method = QByteArrayLiteral("POST");
    request.path = secretPath(secretId, QStringLiteral("/restricted"));
    request.json = body;
    return send(request, context, objectHandler<Secret>(done));
}

PendingCall *RestClient::secretState(int secretId, QObject *context,
                                     Callback<SecretState> done)
{
    Request request;
    request.path = secretPath(secretId, QStringLiteral("/state"));
    return send(request, context, objectHandler<SecretState>(done));
}

PendingCall *RestClient::secretField(int secretId, const QString &slug,
                                     const SecretReadOptions &options, QObject *context,
                                     Callback<QString> done)
{
    Request request;
    request.path = secretPath(secretId, QStringLiteral("/fields/")
                                                + QString::fromLatin1(
                                                        QUrl::toPercentEncoding(slug)));
    addReadOptions(request.query, options);
    return send(request, context, [done](const CallResult &result, const QJsonValue &payload) {
        // Text fields come back as a JSON string literal (reference §4.3).
        Result<QString> out;
        static_cast<CallResult &>(out) = result;
        if (out.ok() && payload.isString()) {
            out.value = payload.toString();
        } else if (out.ok()) {
            out.status = CallStatus::InvalidReply;
            out.message = restTr("Secret Server's field answer is not text.");
        }
        done(out);
    });
}

PendingCall *RestClient::secretStub(int templateId, int folderId, QObject *context,
                                    Callback<Secret> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/secrets/stub");
    request.query.addQueryItem(QStringLiteral("secretTemplateId"), QString::number(templateId));
    request.query.addQueryItem(QStringLiteral("folderId"), QString::number(folderId));
    return send(request, context, objectHandler<Secret>(done));
}

PendingCall *RestClient::createSecret(const Secret &secret, QObject *context,
                                      Callback<Secret> done)
{
    QJsonObject body = secret.toJson();
    body.remove(QStringLiteral("id"));

    Request request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/api/v1/secrets");
    request.json = body;
    return send(request, context, objectHandler<Secret>(done));
}

PendingCall *RestClient::updateSecret(const Secret &secret, QObject *context,
                                      Callback<Secret> done)
{
    Request request;
    request.method = QByteArrayLiteral("PUT");
    request.path = secretPath(secret.id);
    request.json = secret.toJson();
    return send(request, context, objectHandler<Secret>(done));
}

PendingCall *RestClient::checkOutSecret(int secretId, QObject *context, Callback<bool> done)
{
    Request request;
    request.method = QByteArrayLiteral("POST");
    request.path = secretPath(secretId, QStringLiteral("/check-out"));
    return send(request, context, successHandler(done));
}

PendingCall *RestClient::checkInSecret(int secretId, bool force, QObject *context,
                                       Callback<SecretSummary> done)
{
    Request request;
    request.method = QByteArrayLiteral("POST");
    request.path = secretPath(secretId, QStringLiteral("/check-in"));
    request.json = QJsonObject{{QStringLiteral("forceCheckIn"), force}};
    return send(request, context, objectHandler<SecretSummary>(done));
}

PendingCall *RestClient::setCheckOutPolicy(int secretId, const CheckOutPolicy &policy,
                                           QObject *context, Callback<CheckOutPolicy> done)
{
    Request request;
    request.method = QByteArrayLiteral("PATCH");
    request.path = secretPath(secretId, QStringLiteral("/security-checkout"));
    request.json = policy.toPatchJson();
    return send(request, context, objectHandler<CheckOutPolicy>(done));
}

PendingCall *RestClient::setSecretSecurity(int secretId, const SecretSecurity &security,
                                           QObject *context, Callback<SecretSecurity> done)
{
    Request request;
    request.method = QByteArrayLiteral("PATCH");
    request.path = secretPath(secretId, QStringLiteral("/security-general"));
    request.json = security.toPatchJson();
    return send(request, context, objectHandler<SecretSecurity>(done));
}

PendingCall *RestClient::setSecretApprovalRequired(int secretId, bool required,
                                                   QObject *context, Callback<bool> done)
{
    // Only "None" and "RequireApproval" are used; the editor/everyone variants need
    // approvers, which the console does not manage (reference §4, "Set approval").
    const QString type = required ? QStringLiteral("RequireApproval") : QStringLiteral("None");
    Request request;
    request.method = QByteArrayLiteral("PUT");
    request.path = secretPath(secretId, QStringLiteral("/security-approval"));
    request.json = QJsonObject{
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("requireApprovalType"), json::dirty(type)}}}};
    return send(request, context,
                [done, required](const CallResult &result, const QJsonValue &payload) {
        Result<bool> out;
        static_cast<CallResult &>(out) = result;
        const QJsonValue state = json::unwrap(
                json::field(payload.toObject(), QStringLiteral("requireApprovalType")));
        out.value = state.isString()
                ? state.toString().compare(QLatin1String("None"), Qt::CaseInsensitive) != 0
                : required;
        done(out);
    });
}

PendingCall *RestClient::setSecretInheritsPermissions(int secretId, bool inherit,
                                                      QObject *context, Callback<bool> done)
{
    Request request;
    request.method = QByteArrayLiteral("PATCH");
    request.path = secretPath(secretId, QStringLiteral("/share"));
    request.json = QJsonObject{
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("inheritPermissions"), json::dirty(inherit)}}}};
    return send(request, context,
                [done, inherit](const CallResult &result, const QJsonValue &payload) {
        Result<bool> out;
        static_cast<CallResult &>(out) = result;
        // {secretId, inheritPermissions} with a plain or wrapped value; echo ours if absent.
        const QJsonValue state = json::unwrap(
                json::field(payload.toObject(), QStringLiteral("inheritPermissions")));
        out.value = state.isBool() ? state.toBool() : inherit;
        done(out);
    });
}

PendingCall *RestClient::secretAudits(int secretId, const PageRequest &page, QObject *context,
                                      Callback<Page<AuditRecord>> done)
{
    Request request;
    request.path = secretPath(secretId, QStringLiteral("/audits"));
    return sendPage<AuditRecord>(request, page, context, done);
}

PendingCall *RestClient::runHeartbeat(int secretId, QObject *context,
                                      Callback<SecretSummary> done)
{
    Request request;
    request.method = QByteArrayLiteral("POST");
    request.path = secretPath(secretId, QStringLiteral("/heartbeat"));
    return send(request, context, objectHandler<SecretSummary>(done));
}

PendingCall *RestClient::searchSecretPermissions(const SecretPermissionQuery &query,
                                                 QObject *context,
                                                 Callback<Page<SecretPermission>> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/secret-permissions");
    addFilter(request.query, QStringLiteral("secretId"), query.secretId);
    addFilter(request.query, QStringLiteral("userId"), query.userId);
    addFilter(request.query, QStringLiteral("groupId"), query.groupId);
    return sendPage<SecretPermission>(request, query.page, context, done);
}

PendingCall *RestClient::createSecretPermission(const SecretPermissionChange &change,
                                                QObject *context,
                                                Callback<SecretPermission> done)
{
    Request request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/api/v1/secret-permissions");
    request.json = permissionBody(change);
    return send(request, context, objectHandler<SecretPermission>(done));
}

PendingCall *RestClient::updateSecretPermission(int permissionId,
                                                const SecretPermissionChange &change,
                                                QObject *context,
                                                Callback<SecretPermission> done)
{
    QJsonObject body = permissionBody(change);
    body.insert(QStringLiteral("id"), permissionId);

    Request request;
    request.method = QByteArrayLiteral("PUT");
    request.path = QStringLiteral("/api/v1/secret-permissions/%1").arg(permissionId);
    request.json = body;
    return send(request, context, objectHandler<SecretPermission>(done));
}

PendingCall *RestClient::deleteSecretPermission(int permissionId, QObject *context,
                                                Callback<bool> done)
{
    Request request;
    request.method = QByteArrayLiteral("DELETE");
    request.path = QStringLiteral("/api/v1/secret-permissions/%1").arg(permissionId);
    return send(request, context, successHandler(done));
}

PendingCall *RestClient::searchTemplates(const QString &searchText, const PageRequest &page,
                                         QObject *context, Callback<Page<SecretTemplate>> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/secret-templates");
    addFilter(request.query, QStringLiteral("searchText"), searchText);
    return sendPage<SecretTemplate>(request, page, context, done);
}

PendingCall *RestClient::secretTemplate(int templateId, QObject *context,
                                        Callback<SecretTemplate> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/secret-templates/%1").arg(templateId);
    return send(request, context, objectHandler<SecretTemplate>(done));
}

} // namespace secretserver
