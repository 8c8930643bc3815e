// /api/v1/secrets: search, lookup, get (plain and restricted), fields, stub, create, update,
// delete (secret-server-api.md §4). Per-secret actions live in RestSecretActions.cpp.
#include "secretserver/Protocol.h"
#include "secretserver/RestEndpoints.h"

#include <algorithm>

namespace sandbox::rest {

namespace {

SecretRole roleFromParameter(const QString &value, SecretRole fallback)
{
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= 4)
        return SecretRole(number);
    const SecretRole named = secretRoleFromName(value.trimmed());
    return named == SecretRole::None ? fallback : named;
}

SecretQuery queryFrom(const RestCall &call)
{
    SecretQuery query;
    query.searchText = call.filter(QStringLiteral("searchText"));
    query.searchFieldSlug = call.filter(QStringLiteral("searchFieldSlug"));
    if (query.searchFieldSlug.isEmpty())
        query.searchFieldSlug = call.filter(QStringLiteral("searchField")).toLower();
    query.isExactMatch = call.boolFilter(QStringLiteral("isExactMatch"), false);
    query.folderId = call.intFilter(QStringLiteral("folderId"), -1);
    query.includeSubFolders = call.boolFilter(QStringLiteral("includeSubFolders"), false);
    query.templateId = call.intFilter(QStringLiteral("secretTemplateId"), 0);
    query.heartbeatStatus = call.filter(QStringLiteral("heartbeatStatus"));
    query.includeRestricted = call.boolFilter(QStringLiteral("includeRestricted"),
                                              protocol::IncludeRestrictedByDefault);
    query.includeInactive = call.boolFilter(QStringLiteral("includeInactive"), false);
    query.includeActive = call.boolFilter(QStringLiteral("includeActive"), true);
    query.permissionRequired = roleFromParameter(call.filter(QStringLiteral("permissionRequired")),
                                                 SecretRole::List);
    return query;
}

QList<const Secret *> search(RestCall &call)
{
    QList<const Secret *> found = call.estate.searchSecrets(call.userId, queryFrom(call));
    const QString sortName = call.sortName().toLower();
    if (sortName == QLatin1String("id")) {
        std::sort(found.begin(), found.end(),
                  [](const Secret *a, const Secret *b) { return a->id < b->id; });
    } else if (sortName == QLatin1String("folderid")) {
        std::stable_sort(found.begin(), found.end(), [](const Secret *a, const Secret *b) {
            return a->folderId < b->folderId;
        });
    }
    if (call.sortDescending())
        std::reverse(found.begin(), found.end());
    return found;
}

ReadOptions readOptionsFromQuery(const RestCall &call)
{
    ReadOptions options;
    options.noAutoCheckout = call.boolParam(QStringLiteral("noAutoCheckout"), false);
    options.includeInactive = call.boolParam(QStringLiteral("includeInactive"), false);
    options.forceCheckIn = call.boolParam(QStringLiteral("forceCheckIn"), false);
    options.comment = call.param(QStringLiteral("autoComment"));
    return options;
}

// SecretRestrictedArgs (§4.2) from a JSON body; false with *error on a bad body.
bool readOptionsFromBody(const RestCall &call, ReadOptions *options, HttpReply *error)
{
    QJsonObject body;
    if (!call.jsonBody(&body, error))
        return false;
    BodyArgs args(body);
    options->comment = args.text(QStringLiteral("comment")).value_or(QString());
    options->ticketNumber = args.text(QStringLiteral("ticketNumber")).value_or(QString());
    options->doubleLockPassword
            = args.text(QStringLiteral("doubleLockPassword")).value_or(QString());
    options->forceCheckIn = args.flag(QStringLiteral("forceCheckIn")).value_or(false);
    options->includeInactive = args.flag(QStringLiteral("includeInactive")).value_or(false);
    options->noAutoCheckout = args.flag(QStringLiteral("noAutoCheckout")).value_or(false);
    if (!args.ok()) {
        *error = args.error();
        return false;
    }
    return true;
}

int secretIdOf(RestCall &call)
{
    const int id = call.idAt(1).value_or(-1);
    if (id != 0)
        return id;
    const Secret *byPath = call.estate.secretByPath(call.param(QStringLiteral("secretPath")));
    return byPath ? byPath->id : -1;
}

HttpReply fieldValue(const Estate &estate, const Secret &secret, const QString &slug)
{
    const SecretItem *item = secret.item(slug);
    if (!item)
        return badRequest(QLatin1String(protocol::GenericExceptionCode),
                          QLatin1String(protocol::FieldNotFoundMessage));
    const SecretTemplate *secretTemplate = estate.secretTemplate(secret.templateId);
    const TemplateField *field = secretTemplate ? secretTemplate->field(slug) : nullptr;
    if (field && field->isFile)
        return HttpReply::text(200, QByteArrayLiteral("application/octet-stream"),
                               item->value.toUtf8());
    return HttpReply::json(200, item->value); // a JSON string literal (§4.3)
}

HttpReply read(RestCall &call, int secretId, const ReadOptions &options, const QString &slug)
{
    const SecretRead result
            = call.estate.readSecret(call.userId, secretId, options, call.request.peer);
    if (result.outcome != ReadOutcome::Ok || !result.secret)
        return readRefused(call.estate, result);
    if (!slug.isEmpty())
        return fieldValue(call.estate, *result.secret, slug);
    return HttpReply::json(200, secretModel(call.estate, *result.secret, true));
}

// Items from a create/update body: by itemId, fieldId or slug, value in itemValue.
bool applyItems(const QJsonValue &itemsValue, Secret &secret, const SecretTemplate &secretTemplate)
{
    if (itemsValue.isUndefined() || itemsValue.isNull())
        return true;
    if (!itemsValue.isArray())
        return false;
    for (const QJsonValue &entry : itemsValue.toArray()) {
        BodyArgs item(entry.toObject());
        const int itemId = item.number(QStringLiteral("itemId")).value_or(0);
        const int fieldId = item.number(QStringLiteral("fieldId")).value_or(0);
        const QString slug = item.text(QStringLiteral("slug")).value_or(QString());
        const std::optional<QString> value = item.text(QStringLiteral("itemValue"));
        if (!item.ok() || !value)
            continue; // unknown or partial items are ignored, as the server ignores them
        for (SecretItem &target : secret.items) {
            const TemplateField *field = secretTemplate.field(target.slug);
            const bool same = (itemId && target.itemId == itemId)
                    || (fieldId && field && field->id == fieldId)
                    || (!slug.isEmpty() && target.slug.compare(slug, Qt::CaseInsensitive) == 0);
            if (same)
                target.value = *value;
        }
    }
    return true;
}

HttpReply create(RestCall &call)
{
    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    BodyArgs args(body);
    const QString name = args.text(QStringLiteral("name")).value_or(QString()).trimmed();
    const int templateId = args.number(QStringLiteral("secretTemplateId")).value_or(0);
    const int folderId = args.number(QStringLiteral("folderId")).value_or(-1);
    Secret request;
    request.checkOutEnabled = args.flag(QStringLiteral("checkOutEnabled")).value_or(false);
    request.checkOutIntervalMinutes
            = args.number(QStringLiteral("checkOutIntervalMinutes")).value_or(0);
    request.checkOutChangePasswordEnabled
            = args.flag(QStringLiteral("checkOutChangePasswordEnabled")).value_or(false);
    request.autoChangeEnabled = args.flag(QStringLiteral("autoChangeEnabled")).value_or(false);
    request.inheritPermissions
            = args.flag(QStringLiteral("enableInheritPermissions")).value_or(true);
    request.requiresComment = args.flag(QStringLiteral("requiresComment")).value_or(false);
    if (!args.ok())
        return args.error();
    const SecretTemplate *secretTemplate = call.estate.secretTemplate(templateId);
    if (name.isEmpty())
        return invalidField(QStringLiteral("args.name"), QStringLiteral("Name is required."));
    if (!secretTemplate)
        return invalidField(QStringLiteral("args.secretTemplateId"),
                            QStringLiteral("The Secret Template does not exist."));
    if (folderId != -1
        && (!call.estate.folder(folderId)
            || int(call.estate.folderRole(call.userId, folderId)) < int(FolderRole::AddSecret)))
        return accessDenied();

    request.name = name;
    request.templateId = templateId;
    request.folderId = folderId;
    for (const TemplateField &field : secretTemplate->fields)
        request.items.append(SecretItem { 0, field.id, field.slug, {} });
    if (!applyItems(args.value(QStringLiteral("items")), request, *secretTemplate))
        return invalidField(QStringLiteral("args.items"), QStringLiteral("An array is expected."));
    const int id = call.estate.createSecret(request, call.userId);
    if (id == 0)
        return accessDenied();
    return HttpReply::json(200, secretModel(call.estate, *call.estate.secret(id), true));
}

HttpReply update(RestCall &call, int secretId)
{
    Secret *target = call.estate.mutableSecret(secretId);
    if (!target)
        return notFound();
    const SecretRole role = call.estate.secretRole(call.userId, secretId);
    if (int(role) < int(SecretRole::Edit))
        return accessDenied();
    const CheckOutStatus checkOut = call.estate.checkOutStatus(secretId);
    if (target->checkOutEnabled && checkOut.checkedOut && checkOut.userId != call.userId)
        return badRequest(QLatin1String(protocol::CheckedOutCode),
                          QLatin1String(protocol::CheckedOutMessage));

    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    BodyArgs args(body);
    Secret changed = *target;
    changed.name = args.text(QStringLiteral("name")).value_or(changed.name).trimmed();
    const int folderId = args.number(QStringLiteral("folderId")).value_or(changed.folderId);
    changed.active = args.flag(QStringLiteral("active")).value_or(changed.active);
    changed.checkOutEnabled
            = args.flag(QStringLiteral("checkOutEnabled")).value_or(changed.checkOutEnabled);
    changed.checkOutIntervalMinutes = args.number(QStringLiteral("checkOutIntervalMinutes"))
                                              .value_or(changed.checkOutIntervalMinutes);
    changed.checkOutChangePasswordEnabled
            = args.flag(QStringLiteral("checkOutChangePasswordEnabled"))
                      .value_or(changed.checkOutChangePasswordEnabled);
    changed.autoChangeEnabled
            = args.flag(QStringLiteral("autoChangeEnabled")).value_or(changed.autoChangeEnabled);
    changed.requiresComment
            = args.flag(QStringLiteral("requiresComment")).value_or(changed.requiresComment);
    const bool inherit = args.flag(QStringLiteral("enableInheritPermissions"))
                                 .value_or(changed.inheritPermissions);
    if (!args.ok())
        return args.error();
    if (changed.name.isEmpty())
        return invalidField(QStringLiteral("args.name"), QStringLiteral("Name is required."));
    if (inherit != target->inheritPermissions && role != SecretRole::Owner)
        return accessDenied();
    if (folderId != changed.folderId
        && (folderId != -1
            && (!call.estate.folder(folderId)
                || int(call.estate.folderRole(call.userId, folderId))
                        < int(FolderRole::AddSecret))))
        return accessDenied();
    const SecretTemplate *secretTemplate = call.estate.secretTemplate(changed.templateId);
    if (secretTemplate
        && !applyItems(args.value(QStringLiteral("items")), changed, *secretTemplate))
        return invalidField(QStringLiteral("args.items"), QStringLiteral("An array is expected."));

    call.estate.moveSecret(secretId, folderId);
    changed.folderId = folderId;
    changed.inheritPermissions = target->inheritPermissions;
    *target = changed;
    call.estate.setSecretInheritPermissions(secretId, inherit, call.userId);
    call.estate.touch(secretId, call.userId, QLatin1String(AuditAction::Edit));
    return HttpReply::json(200, secretModel(call.estate, *target, true));
}

HttpReply stub(RestCall &call)
{
    const int templateId = call.intParam(QStringLiteral("secretTemplateId"), 0);
    const SecretTemplate *secretTemplate = call.estate.secretTemplate(templateId);
    if (!secretTemplate)
        return invalidField(QStringLiteral("secretTemplateId"),
                            QStringLiteral("The Secret Template does not exist."));
    Secret skeleton;
    skeleton.templateId = templateId;
    skeleton.folderId = call.intParam(QStringLiteral("folderId"), -1);
    skeleton.heartbeatStatus = QStringLiteral("Pending");
    for (const TemplateField &field : secretTemplate->fields)
        skeleton.items.append(SecretItem { 0, field.id, field.slug, {} });
    return HttpReply::json(200, secretModel(call.estate, skeleton, false));
}

HttpReply setField(RestCall &call, int secretId, const QString &slug)
{
    Secret *target = call.estate.mutableSecret(secretId);
    if (!target || !target->active)
        return notFound();
    if (int(call.estate.secretRole(call.userId, secretId)) < int(SecretRole::Edit))
        return accessDenied();
    SecretItem *item = target->item(slug);
    if (!item)
        return badRequest(QLatin1String(protocol::GenericExceptionCode),
                          QLatin1String(protocol::FieldNotFoundMessage));

    QJsonObject body;
    HttpReply error;
    if (!call.jsonBody(&body, &error))
        return error;
    BodyArgs args(body);
    const std::optional<QString> value = args.text(QStringLiteral("value"));
    if (!args.ok())
        return args.error();
    if (!value)
        return invalidField(QStringLiteral("args.value"), QStringLiteral("A value is required."));

    item->value = *value;
    call.estate.touch(secretId, call.userId, QLatin1String(AuditAction::Edit),
                      QStringLiteral("field ") + item->slug + QStringLiteral(" changed"));
    return HttpReply::json(200, *value);
}

} // namespace

HttpReply secrets(RestCall &call)
{
    const QString second = call.segment(1).toLower();
    const qsizetype count = call.segments.size();

    if (count == 1 && call.is("GET"))
        return call.page(search(call), [&call](const Secret *secret) {
            return secretSummary(call.estate, *secret);
        });
    if (count == 1 && call.is("POST"))
        return create(call);
    if (count == 2 && second == QLatin1String("search-total") && call.is("GET"))
        return HttpReply::json(200, qint64(search(call).size()));
    if (count == 2 && second == QLatin1String("lookup") && call.is("GET"))
        return call.page(search(call), [](const Secret *secret) {
            return QJsonObject { { QStringLiteral("id"), secret->id },
                                 { QStringLiteral("value"), secret->name } };
        });
    if (count == 2 && second == QLatin1String("stub") && call.is("GET"))
        return stub(call);
    if (!call.idAt(1))
        return noResource();

    const int secretId = secretIdOf(call);
    const QString third = call.segment(2).toLower();
    if (count == 2) {
        if (call.is("GET"))
            return read(call, secretId, readOptionsFromQuery(call), {});
        if (call.is("PUT"))
            return update(call, secretId);
        if (call.is("DELETE")) {
            if (!call.estate.secret(secretId))
                return notFound();
            if (call.estate.secretRole(call.userId, secretId) != SecretRole::Owner)
                return accessDenied();
            call.estate.deleteSecret(secretId, call.userId);
            return deleted(secretId, QStringLiteral("Secret"));
        }
        return methodNotAllowed();
    }
    if (third == QLatin1String("fields") && count == 4) {
        if (call.is("GET"))
            return read(call, secretId, readOptionsFromQuery(call), call.segment(3));
        if (call.is("PUT"))
            return setField(call, secretId, call.segment(3));
        return methodNotAllowed();
    }
    if (third == QLatin1String("restricted")) {
        const bool field = count == 5 && call.segment(3).toLower() == QLatin1String("fields");
        if (count != 3 && !field)
            return noResource();
        if (!call.is("POST"))
            return methodNotAllowed();
        ReadOptions options;
        HttpReply error;
        if (!readOptionsFromBody(call, &options, &error))
            return error;
        return read(call, secretId, options, field ? call.segment(4) : QString());
    }
    return secretActions(call);
}

} // namespace sandbox::rest
