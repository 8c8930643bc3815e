#include "qualys/AuthRecordApi.h"

#include "qualys/AuthRecordType.h"
#include "qualys/QualysCall.h"
#include "qualys/QualysDocument.h"
#include "qualys/QualysLogging.h"
#include "qualys/QualysTenant.h"

namespace sandbox {

AuthRecordApi::AuthRecordApi(QualysTenant &tenant, std::function<void()> changed)
    : m_tenant(tenant), m_changed(std::move(changed))
{
}

HttpReply AuthRecordApi::handle(const QualysCall &call, const AuthRecordType &type)
{
    const QStringList actions { QStringLiteral("list"), QStringLiteral("create"),
                                QStringLiteral("update"), QStringLiteral("delete") };
    if (const auto error = call.checkAction(actions))
        return *error;

    const QString action = call.value(QStringLiteral("action"));
    if (action == QLatin1String("list"))
        return list(call, type);
    if (const auto error = call.requirePost())
        return *error;
    if (action == QLatin1String("create"))
        return create(call, type);
    if (action == QLatin1String("update"))
        return update(call, type);
    return remove(call, type);
}

HttpReply AuthRecordApi::create(const QualysCall &call, const AuthRecordType &type)
{
    if (const auto error = call.checkNames(writeNames(type, false), {}))
        return *error;
    if (const auto error = checkValues(call, type))
        return *error;

    AuthRecord record;
    record.type = type.key;
    if (const auto error = apply(call, type, record))
        return *error;
    if (const auto error = checkRecord(call, type, record, {}))
        return *error;

    record.created = QDateTime::currentDateTimeUtc();
    record.createdBy = call.user();
    record.lastModified = record.created;
    record.lastModifiedBy = call.user();
    const int id = m_tenant.addRecord(record);
    m_changed();

    qCInfo(lcSandboxQualys) << type.key << "record" << id << "created by" << call.user();
    RangeSet ids;
    ids.add(quint64(id), quint64(id));
    return QualysDocument::batchReturn(call.host(), qualys::CreatedText, ids);
}

HttpReply AuthRecordApi::update(const QualysCall &call, const AuthRecordType &type)
{
    if (const auto error = call.checkNames(writeNames(type, true), { QStringLiteral("ids") }))
        return *error;
    if (const auto error = checkValues(call, type))
        return *error;
    QList<int> ids;
    if (const auto error = resolveIds(call, type, &ids))
        return *error;

    // Every record is checked against the others as they will be, so one call cannot give
    // two of its own records the same title or IPs.
    std::map<int, AuthRecord> pending;
    for (int id : std::as_const(ids)) {
        AuthRecord record = *m_tenant.record(id);
        if (const auto error = apply(call, type, record))
            return *error;
        pending[id] = record;
    }
    RangeSet changed;
    for (const auto &[id, record] : pending) {
        if (const auto error = checkRecord(call, type, record, pending))
            return *error;
        if (!record.sameContent(*m_tenant.record(id)))
            changed.add(quint64(id), quint64(id));
    }

    if (changed.isEmpty())
        return QualysDocument::batchReturn(call.host(), qualys::NothingToChangeText, {});
    for (auto &[id, record] : pending) {
        if (!changed.contains(quint64(id)))
            continue;
        record.lastModified = QDateTime::currentDateTimeUtc();
        record.lastModifiedBy = call.user();
        m_tenant.replaceRecord(record);
    }
    m_changed();

    qCInfo(lcSandboxQualys) << type.key << "records" << changed.toIdText() << "updated by"
                            << call.user();
    return QualysDocument::batchReturn(call.host(), qualys::UpdatedText, changed);
}

HttpReply AuthRecordApi::remove(const QualysCall &call, const AuthRecordType &type)
{
    const QStringList allowed { QStringLiteral("action"), QStringLiteral("echo_request"),
                                QStringLiteral("ids") };
    if (const auto error = call.checkNames(allowed, { QStringLiteral("ids") }))
        return *error;
    QList<int> ids;
    if (const auto error = resolveIds(call, type, &ids))
        return *error;

    RangeSet removed;
    for (int id : std::as_const(ids)) {
        m_tenant.removeRecord(id);
        removed.add(quint64(id), quint64(id));
    }
    m_changed();

    qCInfo(lcSandboxQualys) << type.key << "records" << removed.toIdText() << "deleted by"
                            << call.user();
    return QualysDocument::batchReturn(call.host(), qualys::DeletedText, removed);
}

std::optional<HttpReply> AuthRecordApi::resolveIds(const QualysCall &call,
                                                   const AuthRecordType &type,
                                                   QList<int> *found) const
{
    const std::optional<RangeSet> ids = RangeSet::parseIds(call.value(QStringLiteral("ids")));
    if (!ids)
        return call.invalid(QStringLiteral("ids"));

    for (const auto &[id, record] : m_tenant.records()) {
        if (record.type == type.key && ids->contains(quint64(id)))
            found->append(id);
    }
    if (quint64(found->size()) == ids->count())
        return std::nullopt;

    // Walking the IDs in order meets a missing one within found->size() + 1 steps.
    for (const RangeSet::Range &range : ids->ranges()) {
        for (quint64 id = range.first; id <= range.last; ++id) {
            if (!found->contains(int(id)))
                return call.fail(qualys::UnknownIdCode,
                                 QStringLiteral("%1 authentication record with id %2 does not "
                                                "exist")
                                         .arg(type.element)
                                         .arg(id));
        }
    }
    return std::nullopt;
}

} // namespace sandbox
