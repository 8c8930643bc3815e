#include "qualys/QualysDocument.h"

#include <QDateTime>
#include <QRegularExpression>

namespace sandbox {

QualysDocument::QualysDocument(const QString &root, const QString &host, const QString &dtdPath)
    : m_xml(&m_body)
{
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(2);
    m_xml.writeStartDocument();
    m_xml.writeDTD(
            QStringLiteral("<!DOCTYPE %1 SYSTEM \"https://%2%3\">").arg(root, host, dtdPath));
    m_xml.writeStartElement(root);
}

void QualysDocument::text(const QString &name, const QString &value)
{
    m_xml.writeTextElement(name, xmlSafe(value));
}

void QualysDocument::cdata(const QString &name, const QString &value)
{
    m_xml.writeStartElement(name);
    m_xml.writeCDATA(xmlSafe(value));
    m_xml.writeEndElement();
}

QString QualysDocument::xmlSafe(const QString &value)
{
    QString safe;
    safe.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < value.size()
            && QChar::isLowSurrogate(value.at(i + 1).unicode())) {
            safe += value.mid(i, 2);
            ++i;
            continue;
        }
        const bool control = c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
        if (!control && !QChar::isSurrogate(c) && c != 0xfffe && c != 0xffff)
            safe += QChar(c);
    }
    return safe;
}

void QualysDocument::dateTime(const QString &name)
{
    text(name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

void QualysDocument::ids(const QString &setName, const RangeSet &ids)
{
    start(setName);
    for (const RangeSet::Range &range : ids.ranges()) {
        if (range.first == range.last)
            text(QStringLiteral("ID"), QString::number(range.first));
        else
            text(QStringLiteral("ID_RANGE"),
                 QString::number(range.first) + u'-' + QString::number(range.last));
    }
    end();
}

void QualysDocument::ips(const QString &setName, const RangeSet &ips)
{
    start(setName);
    for (const RangeSet::Range &range : ips.ranges()) {
        if (range.first == range.last)
            text(QStringLiteral("IP"), RangeSet::ipText(range.first));
        else
            text(QStringLiteral("IP_RANGE"),
                 RangeSet::ipText(range.first) + u'-' + RangeSet::ipText(range.last));
    }
    end();
}

HttpReply QualysDocument::finish(int status)
{
    m_xml.writeEndDocument();
    HttpReply reply = HttpReply::text(status, QByteArray(qualys::XmlContentType), m_body);
    // The transport's IIS headers are Secret Server's, not Qualys'.
    reply.headers.append({ QByteArrayLiteral("Server"), QByteArray(qualys::ServerHeader) });
    reply.headers.append({ QByteArrayLiteral("X-Powered-By"), QByteArray() });
    for (const auto &[name, value] : qualys::SecurityHeaders)
        reply.headers.append({ QByteArray(name), QByteArray(value) });
    return reply;
}

QString QualysDocument::hostOf(const HttpRequest &request)
{
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9.\\-:\\[\\]]{1,255}$"));
    const QString host = QString::fromLatin1(request.header(QByteArrayLiteral("Host")));
    return hostPattern.match(host).hasMatch() ? host : QStringLiteral("127.0.0.1");
}

HttpReply QualysDocument::simpleReturn(const QString &host, int status, const QString &text,
                                       const Items &items)
{
    QualysDocument document(QStringLiteral("SIMPLE_RETURN"), host,
                            QStringLiteral("/api/2.0/simple_return.dtd"));
    document.start(QStringLiteral("RESPONSE"));
    document.dateTime(QStringLiteral("DATETIME"));
    document.text(QStringLiteral("TEXT"), text);
    if (!items.isEmpty()) {
        document.start(QStringLiteral("ITEM_LIST"));
        for (const auto &[key, value] : items) {
            document.start(QStringLiteral("ITEM"));
            document.text(QStringLiteral("KEY"), key);
            document.text(QStringLiteral("VALUE"), value);
            document.end();
        }
        document.end();
    }
    document.end();
    return document.finish(status);
}

HttpReply QualysDocument::error(const QString &host, int status, qualys::ErrorCode code,
                                const QString &text)
{
    QualysDocument document(QStringLiteral("SIMPLE_RETURN"), host,
                            QStringLiteral("/api/2.0/simple_return.dtd"));
    document.start(QStringLiteral("RESPONSE"));
    document.dateTime(QStringLiteral("DATETIME"));
    document.text(QStringLiteral("CODE"), QString::number(int(code)));
    document.text(QStringLiteral("TEXT"), text);
    document.end();
    return document.finish(status);
}

HttpReply QualysDocument::batchReturn(const QString &host, const QString &text, const RangeSet &ids)
{
    QualysDocument document(QStringLiteral("BATCH_RETURN"), host,
                            QStringLiteral("/api/2.0/batch_return.dtd"));
    document.start(QStringLiteral("RESPONSE"));
    document.dateTime(QStringLiteral("DATETIME"));
    document.start(QStringLiteral("BATCH_LIST"));
    document.start(QStringLiteral("BATCH"));
    document.text(QStringLiteral("TEXT"), text);
    if (!ids.isEmpty())
        document.ids(QStringLiteral("ID_SET"), ids);
    document.end();
    document.end();
    document.end();
    return document.finish(200);
}

} // namespace sandbox
