#include "qualys/QualysXml.h"

#include <QXmlStreamReader>

namespace qualys {

namespace {

constexpr int MaxDepth = 32;

int toInt(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? value : 0;
}

QUrl warningUrl(const XmlElement &response)
{
    const XmlElement *warning = response.child(QStringLiteral("WARNING"));
    return warning ? QUrl(warning->childText(QStringLiteral("URL"))) : QUrl();
}

} // namespace

const XmlElement *XmlElement::child(const QString &childName) const
{
    for (const XmlElement &candidate : children) {
        if (candidate.name == childName)
            return &candidate;
    }
    return nullptr;
}

QString XmlElement::childText(const QString &childName) const
{
    const XmlElement *found = child(childName);
    return found ? found->text.trimmed() : QString();
}

const XmlElement *XmlElement::find(const QString &descendantName) const
{
    for (const XmlElement &candidate : children) {
        if (candidate.name == descendantName)
            return &candidate;
        if (const XmlElement *deeper = candidate.find(descendantName))
            return deeper;
    }
    return nullptr;
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("text/html"))
        return true;
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<html") || start.startsWith("<!doctype html")
            || start.contains("<html");
}

std::optional<XmlElement> parseXml(const QByteArray &body, QString *error)
{
    QXmlStreamReader reader(body);
    QList<XmlElement> stack;
    std::optional<XmlElement> root;

    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (root || stack.size() >= MaxDepth) {
                *error = QStringLiteral("unexpected or too deeply nested element");
                return std::nullopt;
            }
            stack.append(XmlElement { reader.name().toString(), {}, {} });
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last().text += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlElement done = stack.takeLast();
            if (stack.isEmpty())
                root = std::move(done);
            else
                stack.last().children.append(std::move(done));
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return std::nullopt;
    }
    if (!root) {
        *error = QStringLiteral("no document element");
        return std::nullopt;
    }
    return root;
}

QString SimpleReturn::item(const QString &key) const
{
    for (const auto &[itemKey, value] : items) {
        if (itemKey == key)
            return value;
    }
    return {};
}

std::optional<SimpleReturn> readSimpleReturn(const XmlElement &root)
{
    const XmlElement *response = root.child(QStringLiteral("RESPONSE"));
    if (root.name != QLatin1String("SIMPLE_RETURN") || !response)
        return std::nullopt;

    SimpleReturn result;
    result.code = toInt(response->childText(QStringLiteral("CODE")));
    result.text = response->childText(QStringLiteral("TEXT"));
    if (const XmlElement *list = response->child(QStringLiteral("ITEM_LIST"))) {
        for (const XmlElement &item : list->children) {
            if (item.name == QLatin1String("ITEM"))
                result.items.append({ item.childText(QStringLiteral("KEY")),
                                      item.childText(QStringLiteral("VALUE")) });
        }
    }
    return result;
}

QList<int> readIdSet(const XmlElement &idSet, int limit)
{
    QList<int> ids;
    for (const XmlElement &entry : idSet.children) {
        if (entry.name == QLatin1String("ID")) {
            if (const int id = toInt(entry.text); id > 0)
                ids.append(id);
        } else if (entry.name == QLatin1String("ID_RANGE")) {
            const QStringList ends = entry.text.trimmed().split(QLatin1Char('-'));
            const int first = ends.size() == 2 ? toInt(ends.at(0)) : 0;
            const int last = ends.size() == 2 ? toInt(ends.at(1)) : 0;
            for (int id = first; id > 0 && id <= last && ids.size() < limit; ++id)
                ids.append(id);
        }
        if (ids.size() >= limit)
            break;
    }
    return ids;
}

std::optional<BatchReturn> readBatchReturn(const XmlElement &root)
{
    const XmlElement *response = root.child(QStringLiteral("RESPONSE"));
    const XmlElement *batch = response ? response->find(QStringLiteral("BATCH")) : nullptr;
    if (root.name != QLatin1String("BATCH_RETURN") || !batch)
        return std::nullopt;

    BatchReturn result;
    result.code = toInt(batch->childText(QStringLiteral("CODE")));
    result.text = batch->childText(QStringLiteral("TEXT"));
    if (const XmlElement *idSet = batch->child(QStringLiteral("ID_SET")))
        result.ids = readIdSet(*idSet);
    return result;
}

namespace {

AuthVault readVault(const XmlElement &element)
{
    AuthVault vault;
    vault.id = toInt(element.childText(QStringLiteral("ID")));
    vault.title = element.childText(QStringLiteral("TITLE"));
    vault.type = element.childText(QStringLiteral("VAULT_TYPE"));
    vault.url = element.childText(QStringLiteral("URL"));
    vault.username = element.childText(QStringLiteral("USERNAME"));
    vault.domain = element.childText(QStringLiteral("DOMAIN"));
    vault.comments = element.childText(QStringLiteral("COMMENTS"));
    vault.lastModified = element.childText(QStringLiteral("LAST_MODIFIED"));
    return vault;
}

} // namespace

std::optional<QList<AuthVault>> readVaultList(const XmlElement &root)
{
    const XmlElement *response = root.child(QStringLiteral("RESPONSE"));
    if (root.name != QLatin1String("AUTH_VAULT_LIST_OUTPUT") || !response)
        return std::nullopt;

    QList<AuthVault> vaults;
    if (const XmlElement *list = response->child(QStringLiteral("AUTH_VAULTS"))) {
        for (const XmlElement &element : list->children) {
            if (element.name == QLatin1String("AUTH_VAULT"))
                vaults.append(readVault(element));
        }
    }
    return vaults;
}

std::optional<AuthVault> readVaultView(const XmlElement &root)
{
    // §2.4: the view's root name is [U]; any root whose RESPONSE holds one AUTH_VAULT will do.
    const XmlElement *response = root.child(QStringLiteral("RESPONSE"));
    const XmlElement *vault = response ? response->find(QStringLiteral("AUTH_VAULT")) : nullptr;
    if (!vault || root.name == QLatin1String("SIMPLE_RETURN"))
        return std::nullopt;
    AuthVault result = readVault(*vault);
    if (result.id <= 0)
        return std::nullopt;
    return result;
}

std::optional<RecordPage> readRecordList(const XmlElement &root, const AuthRecordTypeInfo &type)
{
    const XmlElement *response = root.child(QStringLiteral("RESPONSE"));
    if (root.name != QStringLiteral("AUTH_%1_LIST_OUTPUT").arg(type.element) || !response)
        return std::nullopt;

    // §3.4: vault fields and per-type settings in list output are [U]; read what is there.
    QStringList known { QStringLiteral("ID"),          QStringLiteral("TITLE"),
                        QStringLiteral("USERNAME"),    QStringLiteral("LOGIN_TYPE"),
                        QStringLiteral("VAULT_ID"),    QStringLiteral("VAULT_TYPE"),
                        QStringLiteral("VAULT_TITLE"), QStringLiteral("SECRET_NAME"),
                        QStringLiteral("IP_SET"),      QStringLiteral("COMMENTS"),
                        QStringLiteral("CREATED"),     QStringLiteral("LAST_MODIFIED") };
    RecordPage page;
    page.next = warningUrl(*response);
    const XmlElement *list = response->child(QStringLiteral("AUTH_%1_LIST").arg(type.element));
    if (!list)
        return page;

    const QString recordName = QStringLiteral("AUTH_%1").arg(type.element);
    for (const XmlElement &element : list->children) {
        if (element.name != recordName)
            continue;
        AuthRecord record;
        record.type = type.type;
        record.id = toInt(element.childText(QStringLiteral("ID")));
        record.title = element.childText(QStringLiteral("TITLE"));
        record.username = element.childText(QStringLiteral("USERNAME"));
        record.loginType = element.childText(QStringLiteral("LOGIN_TYPE"));
        if (record.loginType.isEmpty())
            record.loginType = QStringLiteral("basic");
        record.vaultId = toInt(element.childText(QStringLiteral("VAULT_ID")));
        record.vaultType = element.childText(QStringLiteral("VAULT_TYPE"));
        record.vaultTitle = element.childText(QStringLiteral("VAULT_TITLE"));
        record.secretName = element.childText(QStringLiteral("SECRET_NAME"));
        record.comments = element.childText(QStringLiteral("COMMENTS"));
        if (const XmlElement *modified = element.child(QStringLiteral("LAST_MODIFIED")))
            record.lastModified = modified->childText(QStringLiteral("DATETIME"));
        if (const XmlElement *ips = element.child(QStringLiteral("IP_SET"))) {
            for (const XmlElement &ip : ips->children)
                record.ips.append(ip.text.trimmed());
        }
        for (const RecordField &field : type.fields) {
            const QString name = field.name.toUpper();
            if (!known.contains(name) && element.child(name))
                record.settings.insert(field.name, element.childText(name));
        }
        if (record.id > 0)
            page.records.append(record);
    }
    return page;
}

std::optional<RecordSummary> readRecordSummary(const XmlElement &root)
{
    const XmlElement *response = root.child(QStringLiteral("RESPONSE"));
    if (root.name != QLatin1String("AUTH_LIST_OUTPUT") || !response)
        return std::nullopt;

    RecordSummary summary;
    summary.next = warningUrl(*response);
    const XmlElement *records = response->child(QStringLiteral("AUTH_RECORDS"));
    if (!records)
        return summary;
    for (const XmlElement &block : records->children) {
        // AUTH_<ELEMENT>_RECORDS; types the console does not know are skipped.
        QString element = block.name;
        if (!element.startsWith(QLatin1String("AUTH_"))
            || !element.endsWith(QLatin1String("_RECORDS")))
            continue;
        element = element.mid(5, element.size() - 5 - 8);
        const AuthRecordTypeInfo *type = AuthRecordTypeInfo::byElement(element);
        const XmlElement *idSet = block.child(QStringLiteral("ID_SET"));
        if (type && idSet)
            summary.ids[type->type] += readIdSet(*idSet);
    }
    return summary;
}

} // namespace qualys
