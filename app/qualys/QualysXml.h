#pragma once

#include "qualys/AuthRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace qualys {

// A parsed XML element: name, direct text (CDATA included) and children. Qualys replies are
// small trees, so the client parses them whole with QXmlStreamReader and then walks them.
struct XmlElement
{
    QString name;
    QString text;
    QList<XmlElement> children;

    const XmlElement *child(const QString &childName) const;
    QString childText(const QString &childName) const; // trimmed; empty when absent
    // The first element of this name anywhere below, depth first.
    const XmlElement *find(const QString &descendantName) const;
};

// Parses a whole reply. Never fetches the DOCTYPE's DTD. nullopt with error set for
// malformed XML, an HTML page or too deep a tree.
std::optional<XmlElement> parseXml(const QByteArray &body, QString *error);

// True when the body (or its content type) is an HTML page rather than Qualys XML.
bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType);

// SIMPLE_RETURN / RESPONSE: CODE, TEXT and ITEM_LIST/ITEM (KEY, VALUE).
struct SimpleReturn
{
    int code = 0;
    QString text;
    QList<QPair<QString, QString>> items;

    QString item(const QString &key) const;
};
std::optional<SimpleReturn> readSimpleReturn(const XmlElement &root);

// BATCH_RETURN / RESPONSE / BATCH_LIST / BATCH: TEXT, optional CODE, ID_SET.
struct BatchReturn
{
    int code = 0;
    QString text;
    QList<int> ids;
};
std::optional<BatchReturn> readBatchReturn(const XmlElement &root);

// The IDs of an ID_SET (ID and ID_RANGE "a-b"); ranges larger than limit are cut.
QList<int> readIdSet(const XmlElement &idSet, int limit = 100000);

// AUTH_VAULT_LIST_OUTPUT and the vault view (whatever its root, §2.4 [U]).
std::optional<QList<AuthVault>> readVaultList(const XmlElement &root);
std::optional<AuthVault> readVaultView(const XmlElement &root);

// AUTH_<TYPE>_LIST_OUTPUT: the records and the WARNING's next-page URL, if any.
struct RecordPage
{
    QList<AuthRecord> records;
    QUrl next;
};
std::optional<RecordPage> readRecordList(const XmlElement &root, const AuthRecordTypeInfo &type);

// AUTH_LIST_OUTPUT: the IDs of every type present, and the next-page URL, if any.
struct RecordSummary
{
    QMap<AuthRecordType, QList<int>> ids;
    QUrl next;
};
std::optional<RecordSummary> readRecordSummary(const XmlElement &root);

} // namespace qualys
