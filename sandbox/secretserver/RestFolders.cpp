// /api/v1/folders (and PATCH /api/v1/folder/{id}): search, lookup, get, get by path,
// create, update, patch, delete (secret-server-api.md §3).
#include "secretserver/Protocol.h"
#include "secretserver/RestEndpoints.h"

namespace sandbox::rest {

namespace {

FolderRole folderRoleParameter(const QString &value)
{
    const FolderRole named = folderRoleFromName(value);
    return named == FolderRole::None ? FolderRole::View : named;
}

bool sees(const RestCall &call, int folderId, FolderRole wanted = FolderRole::View)
{
    return int(call.estate.folderRole(call.userId, folderId)) >= int(wanted);
}

QJsonArray visibleChildren(const RestCall &call, int folderId, int depth)
{
    QJsonArray children;
    if (depth > 64)
        return children;
    for (int childId : call.estate.childFolderIds(folderId)) {
        const Folder *child = call.estate.folder(childId);
        if (!child || !sees(call, childId))
            continue;
        QJsonObject model = folderSummary(call.estate, *child);
        model.insert(QStringLiteral("childFolders"), visibleChildren(call, childId, depth + 1));
        children.append(model);
    }
    return children;
}

QJsonObject folderModel(const RestCall &call, const Folder &folder, bool allChildren,
                        bool templates)
{
    QJsonObject model = folderSummary(call.estate, folder);
    model.insert(QStringLiteral("childFolders"),
                 allChildren ? QJsonValue(visibleChildren(call, folder.id, 0))
                             : QJsonValue(QJsonValue::Null));
    QJsonArray associated;
    if (templates) {
        for (const SecretTemplate *secretTemplate : call.estate.secretTemplates()) {
            associated.append(QJsonObject { { QStringLiteral("id"), secretTemplate->id },
                                            { QStringLiteral("name"), secretTemplate->name },
                                            { QStringLiteral("active"), secretTemplate->active },
                                            { QStringLiteral("secretCount"), QJsonValue::Null } });
        }
    }
    model.insert(QStringLiteral("secretTemplates"),
                 templates ? QJsonValue(associated) : QJsonValue(QJsonValue::Null));
    return model;
}

QList<const Folder *> search(const RestCall &call)
{
    const QString text = call.filter(QStringLiteral("searchText"));
    const int parentId = call.intFilter(QStringLiteral("parentFolderId"), -2);
    const bool rootsOnly = call.boolFilter(QStringLiteral("onlyIncludeRootFolders"), false);
    const FolderRole wanted
            = folderRoleParameter(call.filter(QStringLiteral("permissionRequired")));
    QList<const Folder *> found;
    for (const Folder *folder : call.estate.folders()) {
        if (!text.isEmpty() && !folder->name.contains(text, Qt::CaseInsensitive))
            continue;
        if (parentId != -2 && folder->parentId != parentId)
            continue;
        if (rootsOnly && folder->parentId != -1)
            continue;
        if (sees(call, folder->id, wanted))
            found.append(folder);
    }
    return found;
}

HttpReply create(RestCall &call)
{
    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    BodyArgs args(body);
    Folder request;
    request.name = args.text(QStringLiteral("folderName")).value_or(QString()).trimmed();
    request.parentId = args.number(QStringLiteral("parentFolderId")).value_or(-1);
    request.folderTypeId = args.number(QStringLiteral("folderTypeId")).value_or(1);
    const bool inherit = args.flag(QStringLiteral("inheritPermissions")).value_or(true);
    request.inheritSecretPolicy = args.flag(QStringLiteral("inheritSecretPolicy")).value_or(true);
    request.secretPolicyId = args.number(QStringLiteral("secretPolicyId")).value_or(-1);
    if (!args.ok())
        return args.error();
    if (request.name.isEmpty())
        return invalidField(QStringLiteral("args.folderName"),
                            QStringLiteral("Folder name is required."));
    const bool mayCreate = request.parentId == -1 ? call.estate.isAdministrator(call.userId)
                                                  : call.estate.folder(request.parentId)
                    && sees(call, request.parentId, FolderRole::Edit);
    if (!mayCreate)
        return accessDenied();

    request.inheritPermissions = true;
    const int id = call.estate.createFolder(request);
    if (id == 0)
        return accessDenied();
    const Folder *created = call.estate.folder(id);
    if (!inherit && created->inheritPermissions)
        call.estate.setFolderInheritPermissions(id, false, call.userId);
    if (!created->inheritPermissions) {
        // Whoever creates a folder that does not inherit owns it.
        FolderPermission owner { 0, id, call.userId, 0, FolderRole::Owner, SecretRole::Owner };
        call.estate.createFolderPermission(owner, call.userId);
    }
    return HttpReply::json(200, folderModel(call, *created, false, false));
}

HttpReply update(RestCall &call, const Folder &folder, const QJsonObject &values, bool patch)
{
    BodyArgs args(values);
    Folder changed = folder;
    changed.name = args.text(QStringLiteral("folderName")).value_or(folder.name).trimmed();
    changed.parentId = args.number(QStringLiteral("parentFolderId")).value_or(folder.parentId);
    changed.folderTypeId
            = args.number(QStringLiteral("folderTypeId")).value_or(folder.folderTypeId);
    const QString inheritName = patch ? QStringLiteral("enableInheritPermissions")
                                      : QStringLiteral("inheritPermissions");
    changed.inheritPermissions = args.flag(inheritName).value_or(folder.inheritPermissions);
    changed.inheritSecretPolicy = args.flag(patch ? QStringLiteral("enableInheritSecretPolicy")
                                                  : QStringLiteral("inheritSecretPolicy"))
                                          .value_or(folder.inheritSecretPolicy);
    if (!args.ok())
        return args.error();
    if (changed.name.isEmpty())
        return invalidField(QStringLiteral("args.folderName"),
                            QStringLiteral("Folder name is required."));
    if (changed.inheritPermissions != folder.inheritPermissions
        && !sees(call, folder.id, FolderRole::Owner))
        return accessDenied();
    if (changed.parentId != folder.parentId
        && (changed.parentId == -1 ? !call.estate.isAdministrator(call.userId)
                                   : !sees(call, changed.parentId, FolderRole::Edit)))
        return accessDenied();
    if (!call.estate.updateFolder(changed))
        return invalidField(QStringLiteral("args.parentFolderId"),
                            QStringLiteral("The parent folder is not valid."));
    if (!changed.inheritPermissions)
        call.estate.setFolderInheritPermissions(folder.id, false, call.userId);
    return HttpReply::json(200, folderModel(call, *call.estate.folder(folder.id), false, false));
}

} // namespace

HttpReply folders(RestCall &call)
{
    const bool singular
            = call.segment(0).compare(QLatin1String("folder"), Qt::CaseInsensitive) == 0;
    const qsizetype count = call.segments.size();
    if (singular) {
        // PATCH /folder/{id} with dirty/value data (§3).
        const Folder *folder = call.idAt(1) ? call.estate.folder(*call.idAt(1)) : nullptr;
        if (count != 2)
            return noResource();
        if (!call.is("PATCH"))
            return methodNotAllowed();
        if (!folder || !sees(call, folder->id))
            return notFound();
        if (!sees(call, folder->id, FolderRole::Edit))
            return accessDenied();
        QJsonObject body;
        HttpReply error;
        if (!call.jsonBody(&body, &error))
            return error;
        return update(call, *folder,
                      RestCall::dirtyValues(body.value(QStringLiteral("data")).toObject()), true);
    }

    if (count == 1 && call.is("GET"))
        return call.page(call.sorted(
                [&] {
                    QJsonArray records;
                    for (const Folder *folder : search(call))
                        records.append(folderSummary(call.estate, *folder));
                    return records;
                }(),
                QStringLiteral("folderPath")));
    if (count == 1 && call.is("POST"))
        return create(call);
    if (count == 2 && call.segment(1).compare(QLatin1String("lookup"), Qt::CaseInsensitive) == 0) {
        QJsonArray records;
        for (const Folder *folder : search(call))
            records.append(QJsonObject { { QStringLiteral("id"), folder->id },
                                         { QStringLiteral("value"), folder->name } });
        return call.page(call.sorted(records, QStringLiteral("value")));
    }
    if (count != 2 || !call.idAt(1))
        return noResource();

    const int id = *call.idAt(1);
    const Folder *folder = id == 0
            ? call.estate.folderByPath(call.param(QStringLiteral("folderPath")))
            : call.estate.folder(id);
    if (!folder || !sees(call, folder->id))
        return notFound();
    if (call.is("GET"))
        return HttpReply::json(
                200,
                folderModel(call, *folder, call.boolParam(QStringLiteral("getAllChildren"), false),
                            call.boolParam(QStringLiteral("includeAssociatedTemplates"), false)));
    if (call.is("PUT")) {
        if (!sees(call, folder->id, FolderRole::Edit))
            return accessDenied();
        QJsonObject body;
        HttpReply error;
        if (!call.jsonBody(&body, &error))
            return error;
        return update(call, *folder, body, false);
    }
    if (call.is("DELETE")) {
        if (!sees(call, folder->id, FolderRole::Owner))
            return accessDenied();
        const int folderId = folder->id;
        if (!call.estate.deleteFolder(folderId))
            return badRequest(QLatin1String(protocol::GenericExceptionCode),
                              QLatin1String(protocol::FolderNotEmptyMessage));
        return deleted(folderId, QStringLiteral("Folder"));
    }
    return methodNotAllowed();
}

} // namespace sandbox::rest
