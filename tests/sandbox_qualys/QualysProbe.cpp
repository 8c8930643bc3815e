#include "QualysProbe.h"

#include <QJsonDocument>
#include <QUrl>
#include <QXmlStreamReader>

const XmlReply::Node *XmlReply::Node::child(const QString &childName) const
{
    for (const Node &candidate : children) {
        if (candidate.name == childName)
            return &candidate;
    }
    return nullptr;
}

QString XmlReply::Node::childText(const QString &childName) const
{
    const Node *found = child(childName);
    return found ? found->text : QString();
}

XmlReply::XmlReply(const QByteArray &body)
{
    QXmlStreamReader reader(body);
    QList<Node *> open;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isDTD()) {
            m_doctype = reader.text().toString();
        } else if (reader.isStartElement()) {
            Node fresh;
            fresh.name = reader.name().toString();
            if (open.isEmpty()) {
                m_root = fresh;
                open.append(&m_root);
            } else {
                open.last()->children.append(fresh);
                open.append(&open.last()->children.last());
            }
        } else if (reader.isCharacters() && !open.isEmpty()) {
            open.last()->text += reader.text();
        } else if (reader.isEndElement() && !open.isEmpty()) {
            open.last()->text = open.last()->text.trimmed();
            open.removeLast();
        }
    }
    m_valid = !reader.hasError() && !m_root.name.isEmpty();
}

QList<const XmlReply::Node *> XmlReply::nodes(const QString &path) const
{
    QList<const Node *> level { &m_root };
    const QStringList steps = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &step : steps) {
        QList<const Node *> next;
        for (const Node *parent : std::as_const(level)) {
            for (const Node &candidate : parent->children) {
                if (candidate.name == step)
                    next.append(&candidate);
            }
        }
        level = next;
    }
    return level;
}

const XmlReply::Node *XmlReply::node(const QString &path) const
{
    const QList<const Node *> found = nodes(path);
    return found.isEmpty() ? nullptr : found.first();
}

QString XmlReply::text(const QString &path) const
{
    const Node *found = node(path);
    return found ? found->text : QString();
}

QStringList XmlReply::texts(const QString &path) const
{
    QStringList result;
    for (const Node *found : nodes(path))
        result.append(found->text);
    return result;
}

QualysProbe::QualysProbe(const SandboxProcess &sandbox, bool https)
    : m_sandbox(sandbox), m_http(sandbox, https)
{
}

QByteArray QualysProbe::basic(const QString &userName, const QString &secret)
{
    return "Basic " + (userName + u':' + secret).toUtf8().toBase64();
}

QByteArray QualysProbe::encode(const Form &form)
{
    QByteArray encoded;
    for (const auto &[name, value] : form) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

QString QualysProbe::pathWith(const QString &path, const Form &query)
{
    return query.isEmpty() ? path : path + u'?' + QString::fromLatin1(encode(query));
}

QList<QPair<QByteArray, QByteArray>> QualysProbe::standardHeaders() const
{
    return { { QByteArrayLiteral("Authorization"), basic(user, password) },
             { QByteArrayLiteral("X-Requested-With"), requestedWith } };
}

ProbeReply QualysProbe::send(const QByteArray &method, const QString &path, const Form &query,
                             const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QByteArray type = body.isEmpty() ? QByteArray()
                                           : QByteArrayLiteral("application/x-www-form-urlencoded");
    return m_http.send(method, pathWith(path, query), body, type, headers);
}

ProbeReply QualysProbe::get(const QString &path, const Form &query)
{
    return send(QByteArrayLiteral("GET"), path, query, {}, standardHeaders());
}

ProbeReply QualysProbe::post(const QString &path, const Form &form, const Form &query)
{
    return send(QByteArrayLiteral("POST"), path, query, encode(form), standardHeaders());
}

ProbeReply QualysProbe::control(const QByteArray &method, const QString &path,
                                const QJsonObject &body)
{
    const QList<QPair<QByteArray, QByteArray>> headers { { QByteArrayLiteral("X-Sandbox-Control"),
                                                           m_sandbox.controlToken() } };
    const QByteArray json
            = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_http.send(method, QStringLiteral("/sandbox-control/qualys/") + path, json,
                       json.isEmpty() ? QByteArray() : QByteArrayLiteral("application/json"),
                       headers);
}
