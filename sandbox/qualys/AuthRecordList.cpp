#include "qualys/AuthRecordApi.h"
#include "qualys/AuthRecordType.h"
#include "qualys/QualysCall.h"
#include "qualys/QualysDocument.h"
#include "qualys/QualysTenant.h"

#include <QUrlQuery>

namespace sandbox {

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

const QStringList ListNames { QStringLiteral("action"),   QStringLiteral("echo_request"),
                              QStringLiteral("ids"),      QStringLiteral("id_min"),
                              QStringLiteral("id_max"),   QStringLiteral("title"),
                              QStringLiteral("comments"), QStringLiteral("details") };

} // namespace

std::optional<HttpReply>
AuthRecordApi::listFilter(const QualysCall &call,
                          std::function<bool(const AuthRecord &)> *filter) const
{
    if (const auto error = call.checkNames(ListNames, {}))
        return error;

    std::optional<RangeSet> ids;
    if (call.has(QStringLiteral("ids"))) {
        ids = RangeSet::parseIds(call.value(QStringLiteral("ids")));
        if (!ids)
            return call.invalid(QStringLiteral("ids"));
    }
    int idMin = 0;
    int idMax = 0;
    HttpReply error;
    for (const auto &[name, bound] : { std::pair { QStringLiteral("id_min"), &idMin },
                                       std::pair { QStringLiteral("id_max"), &idMax } }) {
        if (!call.has(name))
            continue;
        const std::optional<int> value = call.positiveId(name, &error);
        if (!value)
            return error;
        *bound = *value;
    }
    const QString details = call.value(QStringLiteral("details"));
    const QStringList levels { QStringLiteral("None"), QStringLiteral("Basic"),
                               QStringLiteral("All") };
    if (call.has(QStringLiteral("details")) && !levels.contains(details))
        return call.invalid(QStringLiteral("details"));

    // §3.4: title matches exactly, comments by substring [C] Q-LISTT (exactness of title [U]).
    const QString title = call.value(QStringLiteral("title"));
    const bool byTitle = call.has(QStringLiteral("title"));
    const QString comments = call.value(QStringLiteral("comments"));
    *filter = [=](const AuthRecord &record) {
        return (!ids || ids->contains(quint64(record.id))) && record.id >= idMin
                && (idMax == 0 || record.id <= idMax) && (!byTitle || record.title == title)
                && record.comments.contains(comments);
    };
    return std::nullopt;
}

HttpReply AuthRecordApi::list(const QualysCall &call, const AuthRecordType &type)
{
    std::function<bool(const AuthRecord &)> filter;
    if (const auto error = listFilter(call, &filter))
        return *error;
    const bool details = call.value(QStringLiteral("details")) != QLatin1String("None");

    const QString root = QStringLiteral("AUTH_%1_LIST_OUTPUT").arg(type.element);
    QualysDocument document(
            root, call.host(),
            QStringLiteral("/api/2.0/fo/auth/%1/dtd/auth_list_output.dtd").arg(type.key));
    document.start(QStringLiteral("RESPONSE"));
    document.dateTime(QStringLiteral("DATETIME"));
    document.start(QStringLiteral("AUTH_%1_LIST").arg(type.element));
    int written = 0;
    int nextId = 0;
    for (const auto &[id, record] : m_tenant.records()) {
        if (record.type != type.key || !filter(record))
            continue;
        if (written == qualys::ListPageSize) {
            nextId = id;
            break;
        }
        writeRecord(document, type, record, details);
        ++written;
    }
    document.end();
    if (nextId > 0)
        writeWarning(document, call, QStringLiteral("/api/2.0/fo/auth/%1/").arg(type.key), nextId);
    document.end();
    return document.finish(200);
}

HttpReply AuthRecordApi::summary(const QualysCall &call)
{
    if (const auto error = call.checkAction({ QStringLiteral("list") }))
        return *error;
    std::function<bool(const AuthRecord &)> filter;
    if (const auto error = listFilter(call, &filter))
        return *error;

    std::map<QString, RangeSet> byType;
    int written = 0;
    int nextId = 0;
    for (const auto &[id, record] : m_tenant.records()) {
        if (!filter(record))
            continue;
        if (written == qualys::ListPageSize) {
            nextId = id;
            break;
        }
        byType[record.type].add(quint64(id), quint64(id));
        ++written;
    }

    QualysDocument document(QStringLiteral("AUTH_LIST_OUTPUT"), call.host(),
                            QStringLiteral("/api/2.0/fo/auth/auth_list_output.dtd"));
    document.start(QStringLiteral("RESPONSE"));
    document.dateTime(QStringLiteral("DATETIME"));
    document.start(QStringLiteral("AUTH_RECORDS"));
    for (const AuthRecordType &type : AuthRecordType::all()) {
        const auto it = byType.find(type.key);
        if (it == byType.end())
            continue;
        document.start(QStringLiteral("AUTH_%1_RECORDS").arg(type.element));
        document.ids(QStringLiteral("ID_SET"), it->second);
        document.end();
    }
    document.end();
    if (nextId > 0)
        writeWarning(document, call, QStringLiteral("/api/2.0/fo/auth/"), nextId);
    document.end();
    return document.finish(200);
}

void AuthRecordApi::writeRecord(QualysDocument &document, const AuthRecordType &type,
                                const AuthRecord &record, bool details) const
{
    document.start(QStringLiteral("AUTH_%1").arg(type.element));
    document.text(QStringLiteral("ID"), QString::number(record.id));
    if (!details) {
        document.end();
        return;
    }

    document.cdata(QStringLiteral("TITLE"), record.title);
    if (!record.username.isEmpty())
        document.cdata(QStringLiteral("USERNAME"), record.username);
    // §3.4: how vault settings appear in a list is [U]; flat elements next to LOGIN_TYPE.
    document.text(QStringLiteral("LOGIN_TYPE"), record.loginType);
    if (record.loginType == QLatin1String("vault")) {
        const AuthVault *vault = m_tenant.vault(record.vaultId);
        document.text(QStringLiteral("VAULT_ID"), QString::number(record.vaultId));
        document.cdata(QStringLiteral("VAULT_TYPE"), record.vaultType);
        document.cdata(QStringLiteral("VAULT_TITLE"), vault ? vault->title : QString());
        document.cdata(QStringLiteral("SECRET_NAME"), record.secretName);
    }
    for (auto it = record.settings.cbegin(); it != record.settings.cend(); ++it)
        document.cdata(it.key().toUpper(), it.value());
    document.ips(QStringLiteral("IP_SET"), record.ips);
    if (!record.comments.isEmpty())
        document.cdata(QStringLiteral("COMMENTS"), record.comments);
    document.start(QStringLiteral("CREATED"));
    document.text(QStringLiteral("DATETIME"), timeText(record.created));
    document.cdata(QStringLiteral("BY"), record.createdBy);
    document.end();
    document.start(QStringLiteral("LAST_MODIFIED"));
    document.text(QStringLiteral("DATETIME"), timeText(record.lastModified));
    document.cdata(QStringLiteral("BY"), record.lastModifiedBy);
    document.end();
    document.end();
}

void AuthRecordApi::writeWarning(QualysDocument &document, const QualysCall &call,
                                 const QString &path, int nextId)
{
    // The follow-up URL repeats the caller's filters with id_min moved to the next record.
    QUrlQuery query;
    for (const QString &name : call.parameters().names()) {
        if (name != QLatin1String("id_min"))
            query.addQueryItem(name, call.value(name));
    }
    query.addQueryItem(QStringLiteral("id_min"), QString::number(nextId));

    document.start(QStringLiteral("WARNING"));
    document.text(QStringLiteral("CODE"), qualys::WarningCode);
    document.text(QStringLiteral("TEXT"), qualys::WarningText);
    document.cdata(QStringLiteral("URL"),
                   QStringLiteral("https://%1%2?%3")
                           .arg(call.host(), path, query.toString(QUrl::FullyEncoded)));
    document.end();
}

} // namespace sandbox
