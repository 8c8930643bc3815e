#pragma once

#include "http/HttpExchange.h"
#include "qualys/QualysProtocol.h"
#include "qualys/RangeSet.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QXmlStreamWriter>

namespace sandbox {

// One Qualys XML reply being written: the UTF-8 declaration, the DOCTYPE naming the DTD on
// the host the caller used (reference §1.3), then the elements. Also builds the two shared
// reply shapes, SIMPLE_RETURN (§1.5) and BATCH_RETURN (§1.6).
class QualysDocument
{
public:
    // dtdPath like "/api/2.0/simple_return.dtd"; host from the request's Host header.
    QualysDocument(const QString &root, const QString &host, const QString &dtdPath);

    QXmlStreamWriter &xml() { return m_xml; }
    void start(const QString &name) { m_xml.writeStartElement(name); }
    void end() { m_xml.writeEndElement(); }
    void text(const QString &name, const QString &value);
    void cdata(const QString &name, const QString &value);
    void dateTime(const QString &name); // now, ISO-8601 UTC
    void ids(const QString &setName, const RangeSet &ids); // ID_SET: ID | ID_RANGE
    void ips(const QString &setName, const RangeSet &ips); // IP_SET: IP | IP_RANGE

    HttpReply finish(int status);

    // value without the characters XML 1.0 cannot carry (echoed names and paths may hold any).
    static QString xmlSafe(const QString &value);

    // The Host header when it looks like a host name, else the loopback address; it ends up
    // inside a quoted DOCTYPE, so nothing else may pass.
    static QString hostOf(const HttpRequest &request);

    using Items = QList<QPair<QString, QString>>;
    static HttpReply simpleReturn(const QString &host, int status, const QString &text,
                                  const Items &items = {});
    static HttpReply error(const QString &host, int status, qualys::ErrorCode code,
                           const QString &text);
    static HttpReply batchReturn(const QString &host, const QString &text, const RangeSet &ids);

private:
    QByteArray m_body;
    QXmlStreamWriter m_xml;
};

} // namespace sandbox
