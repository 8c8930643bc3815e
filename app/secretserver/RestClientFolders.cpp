// RestClient: folders and folder permissions (reference §3, §5.2).

#include "secretserver/RestClient.h"

#include "secretserver/RestClientPrivate.h"

namespace secretserver {

namespace {

QString folderPath(int folderId)
{
    return QStringLiteral("/api/v1/folders/%1").arg(folderId);
}

QJsonObject folderBody(const FolderChange &change)
{
    QJsonObject body{
        {QStringLiteral("folderName"), change.name},
        {QStringLiteral("parentFolderId"), change.parentId},
        {QStringLiteral("folderTypeId"), 1},
        {QStringLiteral("inheritPermissions"), change.inheritPermissions},
        {QStringLiteral("inheritSecretPolicy"), change.inheritSecretPolicy},
    };
    if (change.secretPolicyId > 0)
        body.insert(QStringLiteral("secretPolicyId"), change.secretPolicyId);
    return body;
}

QJsonObject folderPermissionBody(const FolderPermissionChange &change)
{
    QJsonObject body{
        {QStringLiteral("folderId"), change.folderId},
        {QStringLiteral("folderAccessRoleName"), change.folderRole},
        {QStringLiteral("secretAccessRoleName"), change.secretRole},
        {QStringLiteral("breakInheritance"), change.breakInheritance},
    };
    if (change.userId.has_value())
        body.insert(QStringLiteral("userId"), *change.userId);
    if (change.groupId.has_value())
        body.insert(QStringLiteral("groupId"), *change.groupId);
    return body;
}

} // namespace

PendingCall *RestClient::searchFolders(const FolderQuery &query, QObject *context,
                                       Callback<Page<Folder>> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/folders");
    addFilter(request.query, QStringLiteral("searchText"), query.searchText);
    addFilter(request.query, QStringLiteral("parentFolderId"), query.parentFolderId);
    addFilter(request.query, QStringLiteral("permissionRequired"), query.permissionRequired);
    if (query.onlyRootFolders)
        addFilter(request.query, QStringLiteral("onlyIncludeRootFolders"), true);
    return sendPage<Folder>(request, query.page, context, done);
}

PendingCall *RestClient::folder(int folderId, bool allChildren, QObject *context,
                                Callback<Folder> done)
{
    Request request;
    request.path = folderPath(folderId);
    if (allChildren)
        request.query.addQueryItem(QStringLiteral("getAllChildren"), QStringLiteral("true"));
    return send(request, context, objectHandler<Folder>(done));
}

PendingCall *RestClient::folderByPath(const QString &path, QObject *context,
                                      Callback<Folder> done)
{
    // Paths start with a backslash (reference §3); accept forward slashes from people too.
    QString normalised = path.trimmed();
    normalised.replace(QLatin1Char('/'), QLatin1Char('\\'));
    if (!normalised.startsWith(QLatin1Char('\\')))
        normalised.prepend(QLatin1Char('\\'));

    Request request;
    request.path = folderPath(0);
    request.query.addQueryItem(QStringLiteral("folderPath"), normalised);
    return send(request, context, objectHandler<Folder>(done));
}

PendingCall *RestClient::createFolder(const FolderChange &change, QObject *context,
                                      Callback<Folder> done)
{
    Request request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/api/v1/folders");
    request.json = folderBody(change);
    return send(request, context, objectHandler<Folder>(done));
}

PendingCall *RestClient::updateFolder(int folderId, const FolderChange &change,
                                      QObject *context, Callback<Folder> done)
{
    QJsonObject body = folderBody(change);
    body.insert(QStringLiteral("id"), folderId);

    Request request;
    request.method = QByteArrayLiteral("PUT");
    request.path = folderPath(folderId);
    request.json = body;
    return send(request, context, objectHandler<Folder>(done));
}

PendingCall *RestClient::deleteFolder(int folderId, QObject *context, Callback<bool> done)
{
    Request request;
    request.method = QByteArrayLiteral("DELETE");
    request.path = folderPath(folderId);
    return send(request, context, successHandler(done));
}

PendingCall *RestClient::searchFolderPermissions(const FolderPermissionQuery &query,
                                                 QObject *context,
                                                 Callback<Page<FolderPermission>> done)
{
    Request request;
    request.path = QStringLiteral("/api/v1/folder-permissions");
    addFilter(request.query, QStringLiteral("folderId"), query.folderId);
    addFilter(request.query, QStringLiteral("userId"), query.userId);
    addFilter(request.query, QStringLiteral("groupId"), query.groupId);
    return sendPage<FolderPermission>(request, query.page, context, done);
}

PendingCall *RestClient::createFolderPermission(const FolderPermissionChange &change,
                                                QObject *context,
                                                Callback<FolderPermission> done)
{
    Request request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/api/v1/folder-permissions");
    request.json = folderPermissionBody(change);
    return send(request, context, objectHandler<FolderPermission>(done));
}

PendingCall *RestClient::updateFolderPermission(int permissionId,
                                                const FolderPermissionChange &change,
                                                QObject *context,
                                                Callback<FolderPermission> done)
{
    QJsonObject body = folderPermissionBody(change);
    body.insert(QStringLiteral("id"), permissionId);

    Request request;
    request.method = QByteArrayLiteral("PUT");
    request.path = QStringLiteral("/api/v1/folder-permissions/%1").arg(permissionId);
    request.json = body;
    return send(request, context, objectHandler<FolderPermission>(done));
}

PendingCall *RestClient::deleteFolderPermission(int permissionId, bool breakInheritance,
                                                QObject *context, Callback<bool> done)
{
    Request request;
    request.method = QByteArrayLiteral("DELETE");
    request.path = QStringLiteral("/api/v1/folder-permissions/%1").arg(permissionId);
    request.query.addQueryItem(QStringLiteral("breakInheritance"),
                               breakInheritance ? QStringLiteral("true")
                                                : QStringLiteral("false"));
    return send(request, context, successHandler(done));
}

PendingCall *RestClient::breakFolderInheritance(int folderId, QObject *context,
                                                Callback<Folder> done)
{
    // Read the folder, then PUT it back with inheritance off, under one PendingCall.
    auto *call = new PendingCall(this);
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    const auto finish = [call, guard, guarded, done](const Result<Folder> &result) {
        if (call->isFinished())
            return;
        if (!guarded || guard)
            done(result);
        call->finish();
    };

    Request read;
    read.path = folderPath(folderId);
    d->execute(read, call, [this, call, folderId, finish](const CallResult &result,
                                                          const QJsonValue &payload) {
        const Result<Folder> current = objectResult<Folder>(
                result, payload, [](const QJsonObject &o) { return Folder::fromJson(o); });
        if (!current.ok()) {
            finish(current);
            return;
        }

        FolderChange change;
        change.name = current.value.name;
        change.parentId = current.value.parentId;
        change.inheritPermissions = false;
        change.inheritSecretPolicy = current.value.inheritSecretPolicy;
        change.secretPolicyId = current.value.secretPolicyId;
        QJsonObject body = folderBody(change);
        body.insert(QStringLiteral("id"), folderId);

        Request write;
        write.method = QByteArrayLiteral("PUT");
        write.path = folderPath(folderId);
        write.json = body;
        d->execute(write, call, [finish](const CallResult &second, const QJsonValue &v) {
            finish(objectResult<Folder>(second, v,
                                        [](const QJsonObject &o) { return Folder::fromJson(o); }));
        }, false);
    }, false);
    return call;
}

} // namespace secretserver
