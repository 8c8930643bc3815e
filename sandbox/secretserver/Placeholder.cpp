// Stand-in until the estate and REST service land: answers the health check only, so the
// transport can be built and tested on its own.
#include "secretserver/SecretServerSandbox.h"

#include <QJsonObject>

namespace sandbox {

namespace {
class HealthOnlyService : public Service
{
public:
    bool accepts(const HttpRequest &request) const override
    {
        return request.path.startsWith(QStringLiteral("/SecretServer"));
    }
    HttpReply handle(const HttpRequest &request) override
    {
        if (request.path == QStringLiteral("/SecretServer/api/v1/healthcheck"))
            return HttpReply::json(200, QJsonObject{{QStringLiteral("healthy"), true}});
        return transportError(404, QStringLiteral("Not found"));
    }
    HttpReply transportError(int status, const QString &message) const override
    {
        return HttpReply::json(status, QJsonObject{{QStringLiteral("message"), message}});
    }
};
} // namespace

struct SecretServerSandbox::Private
{
    HealthOnlyService service;
};

SecretServerSandbox::SecretServerSandbox() : d(std::make_unique<Private>()) { }
SecretServerSandbox::~SecretServerSandbox() = default;

std::unique_ptr<SecretServerSandbox> SecretServerSandbox::create(const SecretServerOptions &,
                                                                 QString *)
{
    return std::unique_ptr<SecretServerSandbox>(new SecretServerSandbox);
}

Estate &SecretServerSandbox::estate()
{
    return *reinterpret_cast<Estate *>(this);
}

Service *SecretServerSandbox::restService()
{
    return &d->service;
}

HttpReply SecretServerSandbox::control(const HttpRequest &)
{
    return HttpReply::json(404, QJsonObject{});
}

QStringList SecretServerSandbox::exampleAccounts() const
{
    return {};
}

} // namespace sandbox
