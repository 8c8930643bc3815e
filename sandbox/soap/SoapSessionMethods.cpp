#include "secretserver/Estate.h"
#include "soap/SoapErrorText.h"
#include "soap/SoapMethods.h"

namespace sandbox::soap {

namespace {
QString loginError(LoginOutcome outcome)
{
    switch (outcome) {
    case LoginOutcome::WebServicesDisabled:
        return text::webServicesDisabled();
    case LoginOutcome::LockedOut:
        return text::lockedOut();
    case LoginOutcome::IpRestricted:
        return text::ipRestricted();
    case LoginOutcome::Ok:
    case LoginOutcome::BadCredentials:
    case LoginOutcome::UserDisabled:
    case LoginOutcome::RefreshRejected:
        break;
    }
    return text::loginFailed();
}

// hideVersionNumber (§1) hides the version from every caller, signed in or not.
QString visibleVersion(const Estate &estate)
{
    if (estate.configurationFlag(QStringLiteral("security"), QStringLiteral("hideVersionNumber")))
        return {};
    return estate.version();
}
} // namespace

void authenticate(const SoapCall &call, SoapResponse &out)
{
    const QString userName = call.string(QStringLiteral("username"));

    // "organization" is for the cloud edition; on premises it is ignored (§12).
    const LoginResult result = call.estate().login(userName,
                                                   call.string(QStringLiteral("password")),
                                                   call.string(QStringLiteral("domain")),
                                                   call.request().peer, Channel::Soap);

    if (result.outcome != LoginOutcome::Ok || !result.session) {
        qCInfo(lcSandboxSoap) << "Authenticate refused for" << userName << "from"
                              << call.request().peer.toString()
                              << "outcome" << static_cast<int>(result.outcome);
        out.errors({loginError(result.outcome)});
        return;
    }
    qCInfo(lcSandboxSoap) << "Authenticate succeeded for" << userName << "from"
                          << call.request().peer.toString();
    out.errors({});
    out.text(QStringLiteral("Token"), QString::fromLatin1(result.session->accessToken));
}

void whoAmI(const SoapCall &call, SoapResponse &out)
{
    const User *user = call.estate().user(call.session()->userId);
    if (!user) {
        out.errors({text::tokenInvalid()});
        return;
    }

    out.errors({});
    out.text(QStringLiteral("DisplayName"), user->displayName);
    out.text(QStringLiteral("UserName"), user->userName);
    out.text(QStringLiteral("KnownAs"),
             QStringLiteral("%1 (%2)").arg(user->displayName, user->userName));
    out.integer(QStringLiteral("UserId"), user->id);
    // The estate has no domain ids; a domain account reports the first (and only) one.
    if (user->domain.isEmpty()) {
        out.nil(QStringLiteral("DomainId"));
        return;
    }
    out.integer(QStringLiteral("DomainId"), 1);
    out.text(QStringLiteral("DomainName"), user->domain);
}

void getTokenIsValid(const SoapCall &call, SoapResponse &out)
{
    const Session *session = call.session();
    const QDateTime now = call.estate().now();

    // Our choice: what is left of the session, 0 when it never expires (§12 names the field
    // only).
    const qint64 remaining =
            session->expires.isNull() ? 0 : qMax<qint64>(0, now.secsTo(session->expires));
    out.errors({});
    out.integer(QStringLiteral("MaxOfflineSeconds"), remaining);
    const QString version = visibleVersion(call.estate());
    if (!version.isEmpty())
        out.text(QStringLiteral("Version"), version);
}

void versionGet(const SoapCall &call, SoapResponse &out)
{
    out.errors({});
    const QString version = visibleVersion(call.estate());
    if (!version.isEmpty())
        out.text(QStringLiteral("Version"), version);
}

} // namespace sandbox::soap
