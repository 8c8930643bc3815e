#pragma once

#include "http/HttpExchange.h"

namespace sandbox {

class Estate;
struct RestCall;

// Secret Server's REST API under /SecretServer (oauth2/token and api/v1/...), answering from
// the estate with Secret Server's JSON shapes and errors. Borrows the estate.
class RestService : public Service
{
public:
    explicit RestService(Estate &estate);

    bool accepts(const HttpRequest &request) const override;
    HttpReply handle(const HttpRequest &request) override;
    HttpReply transportError(int status, const QString &message) const override;

private:
    HttpReply dispatch(const HttpRequest &request);
    static HttpReply withRequestDetails(const HttpRequest &request, HttpReply reply);
    HttpReply token(const HttpRequest &request);
    HttpReply api(const HttpRequest &request, const QStringList &segments);
    HttpReply route(RestCall &call);

    Estate &m_estate;
};

} // namespace sandbox
