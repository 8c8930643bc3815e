#pragma once

#include "http/HttpExchange.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sandbox {

// What the transport learns from a request's header block before the HTTP server parses it:
// enough to refuse the request in its service's words and to frame the reply (HEAD, close).
struct RequestHead
{
    QByteArray method;
    QByteArray target; // as sent: /SecretServer/api/v1/secrets?take=5
    int minorVersion = 1;
    HeaderList headers;
    qint64 contentLength = 0;
    bool chunked = false;
    bool keepAlive = true;
    bool expectContinue = false;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    QString path() const; // decoded, without the query
};

// What one chunk of bytes revealed. When refusal is set the connection must be answered
// with that status and closed; the chunk must not reach the HTTP server.
struct FramingResult
{
    QList<RequestHead> heads; // header blocks completed in this chunk, in order
    bool continueWanted = false; // the last head asked for "100 Continue" before its body
    int refusal = 0;
    QString refusalReason;
    bool refusedHeadKnown = false; // whether refusedHead holds the refused request's head
    RequestHead refusedHead;
};

// Follows the request stream of one connection, byte for byte, so that the transport can
// refuse what Qt HttpServer 6.4 would otherwise buffer or mis-parse: oversized bodies (by
// Content-Length or by chunks), malformed request lines and headers, unknown methods, header
// blocks without end, and two requests in one read (6.4 merges those into one request).
class RequestFramer
{
public:
    explicit RequestFramer(qint64 maxBodyBytes);

    FramingResult feed(const QByteArray &bytes);
    bool isRefused() const { return m_state == State::Refused; }
    bool isIdle() const { return m_state == State::Head && m_headBuffer.isEmpty(); }

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Refused };

    qsizetype consumeHead(const QByteArray &bytes, qsizetype at, FramingResult &result);
    qsizetype consumeChunked(const QByteArray &bytes, qsizetype at, FramingResult &result);
    bool parseHead(const QByteArray &block, RequestHead &head, FramingResult &result);
    void startBody(const RequestHead &head, FramingResult &result);
    void refuse(FramingResult &result, int status, const QString &reason);
    void refuse(FramingResult &result, int status, const QString &reason, const RequestHead &head);

    qint64 m_maxBodyBytes;
    State m_state = State::Head;
    QByteArray m_headBuffer; // header block (or chunk-size / trailer line) collected so far
    qint64 m_remaining = 0; // body or chunk bytes still expected
    qint64 m_chunkedTotal = 0;
    RequestHead m_current;
};

} // namespace sandbox
