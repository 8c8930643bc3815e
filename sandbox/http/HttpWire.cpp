#include "http/HttpWire.h"

#include <QDateTime>
#include <QLocale>

namespace sandbox {

namespace {

struct StatusText
{
    int status;
    const char *phrase;
};

constexpr StatusText StatusTexts[] = {
    { 100, "Continue" },
    { 200, "OK" },
    { 201, "Created" },
    { 202, "Accepted" },
    { 204, "No Content" },
    { 301, "Moved Permanently" },
    { 302, "Found" },
    { 304, "Not Modified" },
    { 400, "Bad Request" },
    { 401, "Unauthorized" },
    { 403, "Forbidden" },
    { 404, "Not Found" },
    { 405, "Method Not Allowed" },
    { 409, "Conflict" },
    { 411, "Length Required" },
    { 413, "Request Entity Too Large" },
    { 415, "Unsupported Media Type" },
    { 429, "Too Many Requests" },
    { 431, "Request Header Fields Too Large" },
    { 500, "Internal Server Error" },
    { 501, "Not Implemented" },
    { 502, "Bad Gateway" },
    { 503, "Service Unavailable" },
    { 504, "Gateway Timeout" },
};

QByteArray httpDate()
{
    // RFC 7231 IMF-fixdate; the C locale keeps day and month names English.
    return QLocale::c()
            .toString(QDateTime::currentDateTimeUtc(),
                      QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
            .toLatin1();
}

bool isServerHeader(const QByteArray &name)
{
    static const QByteArray owned[]
            = { "content-length", "content-type", "connection", "date", "transfer-encoding" };
    for (const QByteArray &own : owned) {
        if (name.compare(own, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool hasHeader(const HeaderList &headers, const char *name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray reasonPhrase(int status)
{
    for (const StatusText &text : StatusTexts) {
        if (text.status == status)
            return QByteArray(text.phrase);
    }
    return QByteArrayLiteral("Unknown");
}

QByteArray encodeReply(const HttpReply &reply, const WireOptions &options)
{
    const int status = (reply.status >= 100 && reply.status <= 999) ? reply.status : 500;
    QByteArray wire
            = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!reply.contentType.isEmpty())
        wire += "Content-Type: " + reply.contentType + "\r\n";
    // Secret Server runs on IIS; a service imitating another server names its own (or, with
    // an empty value, none).
    if (!hasHeader(reply.headers, "Server"))
        wire += "Server: Microsoft-IIS/10.0\r\n";
    if (!hasHeader(reply.headers, "X-Powered-By"))
        wire += "X-Powered-By: ASP.NET\r\n";
    wire += "Date: " + httpDate() + "\r\n";

    // Framing headers are the transport's: a service cannot make the reply lie about its size.
    for (const auto &[name, value] : reply.headers) {
        if (isServerHeader(name) || value.isEmpty() || name.contains('\n') || value.contains('\n'))
            continue;
        wire += name + ": " + value + "\r\n";
    }
    wire += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (options.closeConnection)
        wire += "Connection: close\r\n";
    else if (options.keepAliveHeader)
        wire += "Connection: keep-alive\r\n";
    wire += "\r\n";

    if (!options.headRequest)
        wire += reply.body;
    return wire;
}

HttpReply iisErrorPage(int status, const QString &detail)
{
    const QString title = QString::number(status) + QLatin1Char(' ')
            + QString::fromLatin1(reasonPhrase(status));
    const QString page
            = QStringLiteral(
                      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                      "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\r\n"
                      "<html xmlns=\"http://www.w3.org/1999/xhtml\">\r\n<head>\r\n"
                      "<meta http-equiv=\"Content-Type\" content=\"text/html; "
                      "charset=iso-8859-1\"/>\r\n"
                      "<title>%1</title>\r\n</head>\r\n<body>\r\n"
                      "<div id=\"header\"><h1>Server Error</h1></div>\r\n"
                      "<div id=\"content\">\r\n<div class=\"content-container\"><fieldset>\r\n"
                      "<h2>%1</h2>\r\n<h3>%2</h3>\r\n"
                      "</fieldset></div>\r\n</div>\r\n</body>\r\n</html>\r\n")
                      .arg(escapeHtml(title), escapeHtml(detail));
    return HttpReply::text(status, QByteArrayLiteral("text/html"), page.toLatin1());
}

} // namespace sandbox
