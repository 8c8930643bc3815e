#pragma once

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A Qualys XML reply read into a tree, for lookups by element path below the root
// ("RESPONSE/CODE"). Text includes CDATA. Test-only.
class XmlReply
{
public:
    struct Node
    {
        QString name;
        QString text;
        QList<Node> children;

        const Node *child(const QString &name) const;
        QString childText(const QString &name) const;
    };

    explicit XmlReply(const QByteArray &body);

    bool isValid() const { return m_valid; }
    QString root() const { return m_root.name; }
    QString doctype() const { return m_doctype; } // the whole <!DOCTYPE ...> text

    const Node *node(const QString &path) const; // the first match, or null
    QList<const Node *> nodes(const QString &path) const; // every match, in order
    QString text(const QString &path) const; // the first match's text
    QStringList texts(const QString &path) const;

private:
    bool m_valid = false;
    QString m_doctype;
    Node m_root;
};

using Form = QList<QPair<QString, QString>>;

// Qualys calls for tests, over HttpProbe: Basic auth as the seeded Manager, the
// X-Requested-With header, parameters in the query or a form body, and the control switches
// under /sandbox-control/qualys/.
class QualysProbe
{
public:
    explicit QualysProbe(const SandboxProcess &sandbox, bool https = true);

    ProbeReply get(const QString &path, const Form &query);
    ProbeReply post(const QString &path, const Form &form, const Form &query = {});
    ProbeReply send(const QByteArray &method, const QString &path, const Form &query,
                    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers);

    ProbeReply control(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    QList<QPair<QByteArray, QByteArray>> standardHeaders() const;
    static QByteArray basic(const QString &user, const QString &password);
    static QByteArray encode(const Form &form);
    static QString pathWith(const QString &path, const Form &query);

    HttpProbe &http() { return m_http; }

    QString user = QStringLiteral("qualys-admin");
    QString password = QStringLiteral("Sandbox-Qualys-Api-1!");
    QByteArray requestedWith = QByteArrayLiteral("ScanVault tests");

private:
    const SandboxProcess &m_sandbox;
    HttpProbe m_http;
};

// Short readers for the reply shapes most tests check.
namespace qualysreply {
inline QString code(const ProbeReply &reply)
{
    return XmlReply(reply.body).text(QStringLiteral("RESPONSE/CODE"));
}
inline QString text(const ProbeReply &reply)
{
    return XmlReply(reply.body).text(QStringLiteral("RESPONSE/TEXT"));
}
inline QString batchText(const ProbeReply &reply)
{
    return XmlReply(reply.body).text(QStringLiteral("RESPONSE/BATCH_LIST/BATCH/TEXT"));
}
// The single ID a BATCH_RETURN names, or 0.
inline int batchId(const ProbeReply &reply)
{
    return XmlReply(reply.body).text(QStringLiteral("RESPONSE/BATCH_LIST/BATCH/ID_SET/ID")).toInt();
}
} // namespace qualysreply

// Paths of the Qualys APIs under test.
namespace qualyspath {
inline const QString Vault = QStringLiteral("/api/2.0/fo/vault/");
inline const QString Auth = QStringLiteral("/api/2.0/fo/auth/");
inline QString record(const QString &type)
{
    return Auth + type + u'/';
}
} // namespace qualyspath
