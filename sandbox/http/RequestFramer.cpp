#include "http/RequestFramer.h"

#include <QUrl>

namespace sandbox {

namespace {

constexpr qsizetype MaxChunkLineBytes = 1024;

// The methods Secret Server's clients use. Qt's parser rejects some others outright, and a
// request it rejects would leave the connection hanging, so the framer answers those itself.
const QByteArray KnownMethods[] = { "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS" };

bool isTokenChar(char c)
{
    static const QByteArray extra = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || extra.contains(c);
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasControlChar(const QByteArray &text, bool allowTab)
{
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && !(allowTab && c == '\t')) || byte == 0x7f)
            return true;
    }
    return false;
}

QByteArray stripCr(const QByteArray &line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

// Index just past the empty line that ends a header block, or -1 while it is incomplete.
qsizetype findHeadEnd(const QByteArray &buffer)
{
    qsizetype lineStart = 0;
    for (qsizetype newline = buffer.indexOf('\n'); newline >= 0;
         newline = buffer.indexOf('\n', lineStart)) {
        const qsizetype length = newline - lineStart;
        const bool empty = length == 0 || (length == 1 && buffer.at(lineStart) == '\r');
        if (empty && lineStart > 0)
            return newline + 1;
        lineStart = newline + 1;
    }
    return -1;
}

bool parseDecimal(const QByteArray &text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    *value = text.toLongLong();
    return true;
}

bool parseChunkSize(const QByteArray &line, qint64 *size)
{
    QByteArray digits = line;
    const qsizetype extension = digits.indexOf(';');
    if (extension >= 0)
        digits.truncate(extension);
    digits = digits.trimmed();
    if (digits.isEmpty() || digits.size() > 15)
        return false;
    bool ok = false;
    *size = digits.toLongLong(&ok, 16);
    return ok && *size >= 0;
}

// Whether the start of a header block can still become a request line, so that garbage (a TLS
// hello on the plain port, a stray protocol) is refused at once instead of waiting for more.
bool looksLikeRequestLine(const QByteArray &buffer)
{
    const qsizetype newline = buffer.indexOf('\n');
    const QByteArray line = stripCr(newline < 0 ? buffer : buffer.left(newline));
    const qsizetype space = line.indexOf(' ');
    const QByteArray method = space < 0 ? line : line.left(space);
    if (!method.isEmpty() && !isToken(method))
        return false;
    if (space < 0 && method.size() > 32)
        return false;
    return newline < 0 || line.split(' ').size() == 3;
}

} // namespace

QByteArray RequestHead::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString RequestHead::path() const
{
    if (target.startsWith('/')) {
        const qsizetype query = target.indexOf('?');
        return QUrl::fromPercentEncoding(query < 0 ? target : target.left(query));
    }
    return QUrl::fromEncoded(target).path();
}

RequestFramer::RequestFramer(qint64 maxBodyBytes) : m_maxBodyBytes(maxBodyBytes) { }

FramingResult RequestFramer::feed(const QByteArray &bytes)
{
    FramingResult result;
    bool messageEnded = false;
    qsizetype at = 0;

    while (at < bytes.size() && m_state != State::Refused) {
        if (m_state == State::Head) {
            if (messageEnded && m_headBuffer.isEmpty()) {
                while (at < bytes.size() && (bytes.at(at) == '\r' || bytes.at(at) == '\n'))
                    ++at;
                if (at == bytes.size())
                    break;
                refuse(result, 400, QStringLiteral("Pipelined requests are not supported."));
                break;
            }
            at = consumeHead(bytes, at, result);
            messageEnded
                    = m_state == State::Head && !result.heads.isEmpty() && m_headBuffer.isEmpty();
        } else if (m_state == State::Body) {
            const qint64 take = qMin<qint64>(m_remaining, bytes.size() - at);
            at += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                m_state = State::Head;
                messageEnded = true;
            }
        } else {
            at = consumeChunked(bytes, at, result);
            messageEnded = m_state == State::Head;
        }
    }
    return result;
}

qsizetype RequestFramer::consumeHead(const QByteArray &bytes, qsizetype at, FramingResult &result)
{
    // Blank lines before a request line are tolerated, as Qt's parser tolerates them.
    if (m_headBuffer.isEmpty()) {
        while (at < bytes.size() && (bytes.at(at) == '\r' || bytes.at(at) == '\n'))
            ++at;
        if (at == bytes.size())
            return at;
    }

    const qsizetype before = m_headBuffer.size();
    m_headBuffer.append(bytes.constData() + at, bytes.size() - at);
    const qsizetype end = findHeadEnd(m_headBuffer);
    if (end < 0) {
        if (!looksLikeRequestLine(m_headBuffer))
            refuse(result, 400, QStringLiteral("Invalid request line."));
        else if (m_headBuffer.size() > MaxHeadBytes)
            refuse(result, 400, QStringLiteral("The size of the request headers is too long."));
        return bytes.size();
    }

    if (end > MaxHeadBytes) {
        refuse(result, 400, QStringLiteral("The size of the request headers is too long."));
        return bytes.size();
    }

    const QByteArray block = m_headBuffer.left(end);
    m_headBuffer.clear();
    RequestHead head;
    if (!parseHead(block, head, result))
        return bytes.size();
    result.heads.append(head);
    startBody(head, result);
    return at + (end - before);
}

bool RequestFramer::parseHead(const QByteArray &block, RequestHead &head, FramingResult &result)
{
    QList<QByteArray> lines = block.split('\n');
    for (QByteArray &line : lines)
        line = stripCr(line);
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();

    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty()
        || hasControlChar(requestLine.at(1), false)) {
        refuse(result, 400, QStringLiteral("Invalid request line."));
        return false;
    }
    head.method = requestLine.at(0);
    head.target = requestLine.at(1);
    const QByteArray version = requestLine.at(2);
    if (version == "HTTP/1.1" || version == "HTTP/1.0") {
        head.minorVersion = version.back() - '0';
    } else {
        refuse(result, version.startsWith("HTTP/") ? 505 : 400,
               QStringLiteral("Invalid HTTP version."));
        return false;
    }
    if (!head.target.startsWith('/') && !head.target.startsWith("http://")
        && !head.target.startsWith("https://")) {
        refuse(result, 400, QStringLiteral("Invalid URL."));
        return false;
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)) || hasControlChar(line, true)) {
            refuse(result, 400, QStringLiteral("Invalid header."));
            return false;
        }
        head.headers.append({ line.left(colon), line.mid(colon + 1).trimmed() });
    }

    bool knownMethod = false;
    for (const QByteArray &method : KnownMethods)
        knownMethod = knownMethod || head.method == method;
    if (!knownMethod) {
        refuse(result, 501, QStringLiteral("The request method is not supported."), head);
        return false;
    }

    const QByteArray connection = head.header("Connection").toLower();
    head.keepAlive = head.minorVersion == 1 ? !connection.contains("close")
                                            : connection.contains("keep-alive");
    head.expectContinue = head.header("Expect").toLower() == "100-continue";

    const QByteArray transferEncoding = head.header("Transfer-Encoding").trimmed().toLower();
    const QByteArray contentLength = head.header("Content-Length").trimmed();
    if (!transferEncoding.isEmpty()) {
        if (transferEncoding != "chunked") {
            refuse(result, 501, QStringLiteral("Transfer encoding not supported."), head);
            return false;
        }
        if (!contentLength.isEmpty()) {
            refuse(result, 400, QStringLiteral("Both Content-Length and chunked encoding."), head);
            return false;
        }
        head.chunked = true;
    } else if (!contentLength.isEmpty() && !parseDecimal(contentLength, &head.contentLength)) {
        refuse(result, 400, QStringLiteral("Invalid Content-Length."), head);
        return false;
    }

    if (head.contentLength > m_maxBodyBytes) {
        refuse(result, 413, QStringLiteral("The request body is larger than the server accepts."),
               head);
        return false;
    }
    return true;
}

void RequestFramer::startBody(const RequestHead &head, FramingResult &result)
{
    m_current = head;
    if (head.chunked) {
        m_state = State::ChunkSize;
        m_chunkedTotal = 0;
    } else if (head.contentLength > 0) {
        m_state = State::Body;
        m_remaining = head.contentLength;
    }
    result.continueWanted = head.expectContinue && m_state != State::Head;
}

qsizetype RequestFramer::consumeChunked(const QByteArray &bytes, qsizetype at,
                                        FramingResult &result)
{
    if (m_state == State::ChunkData) {
        const qint64 take = qMin<qint64>(m_remaining, bytes.size() - at);
        m_remaining -= take;
        if (m_remaining == 0)
            m_state = State::ChunkDataEnd;
        return at + take;
    }

    // The other chunk states read one line at a time.
    const qsizetype newline = bytes.indexOf('\n', at);
    const qsizetype lineEnd = newline < 0 ? bytes.size() : newline;
    m_headBuffer.append(bytes.constData() + at, lineEnd - at);
    if (m_headBuffer.size() > MaxChunkLineBytes) {
        refuse(result, 400, QStringLiteral("Invalid chunked encoding."), m_current);
        return bytes.size();
    }
    if (newline < 0)
        return bytes.size();
    const QByteArray line = stripCr(m_headBuffer);
    m_headBuffer.clear();

    if (m_state == State::ChunkSize) {
        qint64 size = 0;
        if (!parseChunkSize(line, &size)) {
            refuse(result, 400, QStringLiteral("Invalid chunked encoding."), m_current);
            return bytes.size();
        }
        m_chunkedTotal += size;
        if (m_chunkedTotal > m_maxBodyBytes) {
            refuse(result, 413,
                   QStringLiteral("The request body is larger than the server accepts."),
                   m_current);
            return bytes.size();
        }
        m_remaining = size;
        m_state = size == 0 ? State::Trailer : State::ChunkData;
    } else if (m_state == State::ChunkDataEnd) {
        if (!line.isEmpty()) {
            refuse(result, 400, QStringLiteral("Invalid chunked encoding."), m_current);
            return bytes.size();
        }
        m_state = State::ChunkSize;
    } else if (line.isEmpty()) {
        m_state = State::Head; // the blank line after the (usually absent) trailer fields
    }
    return newline + 1;
}

void RequestFramer::refuse(FramingResult &result, int status, const QString &reason)
{
    m_state = State::Refused;
    m_headBuffer.clear();
    result.refusal = status;
    result.refusalReason = reason;
}

void RequestFramer::refuse(FramingResult &result, int status, const QString &reason,
                           const RequestHead &head)
{
    refuse(result, status, reason);
    result.refusedHeadKnown = true;
    result.refusedHead = head;
}

} // namespace sandbox
