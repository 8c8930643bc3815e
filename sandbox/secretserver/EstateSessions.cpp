// Logins and API sessions: credentials, lock-out, IP restrictions, tokens and refresh.
#include "secretserver/EstateData.h"

#include <QRandomGenerator>

namespace sandbox {

namespace {

QByteArray newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString channelName(Channel channel)
{
    return channel == Channel::Soap ? QStringLiteral("SOAP") : QStringLiteral("REST");
}

// Refresh tokens outlive their access token by this much (secret-server-api.md §2.1).
constexpr qint64 RefreshGraceSeconds = 15 * 60;

} // namespace

void Estate::setTokenLifetimeSeconds(int seconds)
{
    d->tokenLifetimeSeconds = qMax(0, seconds);
}

int Estate::tokenLifetimeSeconds() const
{
    if (d->tokenLifetimeSeconds > 0)
        return d->tokenLifetimeSeconds;

    const QJsonObject settings = configurationSection(QStringLiteral("applicationSettings"));
    if (settings.value(QStringLiteral("apiSessionTimeoutUnlimited")).toBool())
        return 0;
    const int seconds = settings.value(QStringLiteral("apiSessionTimeoutDays")).toInt() * 86400
            + settings.value(QStringLiteral("apiSessionTimeoutHours")).toInt() * 3600
            + settings.value(QStringLiteral("apiSessionTimeoutMinutes")).toInt() * 60;
    return seconds > 0 ? seconds : 20 * 60;
}

static LoginResult refused(LoginOutcome outcome)
{
    LoginResult result;
    result.outcome = outcome;
    return result;
}

LoginResult Estate::login(const QString &userName, const QString &password, const QString &domain,
                          const QHostAddress &peer, Channel channel)
{
    if (!webServicesEnabled())
        return refused(LoginOutcome::WebServicesDisabled);

    // "DOMAIN\user" is the other way of naming a domain account (§2.1).
    QString name = userName.trimmed();
    QString domainName = domain.trimmed();
    const qsizetype slash = name.indexOf(QLatin1Char('\\'));
    if (slash > 0 && domainName.isEmpty()) {
        domainName = name.left(slash);
        name = name.mid(slash + 1);
    }
    const QString how = channelName(channel);

    User *account = nullptr;
    for (auto &[id, candidate] : d->users) {
        if (candidate.userName.compare(name, Qt::CaseInsensitive) == 0
            && candidate.domain.compare(domainName, Qt::CaseInsensitive) == 0)
            account = &candidate;
    }
    if (!account) {
        qCInfo(lcEstate) << how << "login failed: unknown user from" << peer.toString();
        auditUser(0, 0, QLatin1String(AuditAction::LoginFailure),
                  how + QStringLiteral(" login, unknown user ") + name, peer);
        return refused(LoginOutcome::BadCredentials);
    }

    if (!account->enabled) {
        auditUser(account->id, account->id, QLatin1String(AuditAction::LoginFailure),
                  how + QStringLiteral(" login, user disabled"), peer);
        return refused(LoginOutcome::UserDisabled);
    }
    if (account->isLockedOut) {
        auditUser(account->id, account->id, QLatin1String(AuditAction::LoginFailure),
                  how + QStringLiteral(" login, user locked out"), peer);
        return refused(LoginOutcome::LockedOut);
    }

    if (account->password != password) {
        ++account->loginFailures;
        const int limit = configurationSection(QStringLiteral("login"))
                                  .value(QStringLiteral("maximumLoginFailures"))
                                  .toInt();
        if (limit > 0 && account->loginFailures >= limit) {
            account->isLockedOut = true;
            account->lockOutReason = QStringLiteral("Too many failed login attempts");
        }
        qCInfo(lcEstate) << how << "login failed for" << account->userName << "from"
                         << peer.toString();
        auditUser(account->id, account->id, QLatin1String(AuditAction::LoginFailure),
                  how + QStringLiteral(" login, invalid password"), peer);
        return refused(LoginOutcome::BadCredentials);
    }

    if (!loginAllowedFrom(account->id, peer)) {
        qCInfo(lcEstate) << how << "login of" << account->userName
                         << "refused by IP restriction:" << peer.toString();
        auditUser(account->id, account->id, QLatin1String(AuditAction::LoginFailure),
                  how + QStringLiteral(" login, IP address not allowed"), peer);
        return refused(LoginOutcome::IpRestricted);
    }

    account->loginFailures = 0;
    account->lastLogin = now();
    auditUser(account->id, account->id, QLatin1String(AuditAction::Login),
              how + QStringLiteral(" login"), peer);

    Session session;
    session.userId = account->id;
    session.channel = channel;
    session.peer = peer;
    return issue(session);
}

LoginResult Estate::issue(Session session)
{
    session.accessToken = newToken();
    session.issued = now();
    const int lifetime = tokenLifetimeSeconds();
    if (lifetime > 0) {
        session.expires = session.issued.addSecs(lifetime);
        if (configurationFlag(QStringLiteral("applicationSettings"),
                              QStringLiteral("apiRefreshTokensEnabled"))) {
            session.refreshToken = newToken();
            session.refreshExpires = session.expires.addSecs(RefreshGraceSeconds);
            d->refreshTokens.insert(session.refreshToken, session.accessToken);
        }
    }
    const auto [it, inserted] = d->sessions.emplace(session.accessToken, session);
    Q_UNUSED(inserted)

    LoginResult result;
    result.outcome = LoginOutcome::Ok;
    result.session = &it->second;
    result.expiresInSeconds = lifetime;
    return result;
}

LoginResult Estate::refresh(const QByteArray &refreshToken, const QHostAddress &peer)
{
    if (!webServicesEnabled())
        return refused(LoginOutcome::WebServicesDisabled);

    // Single use: the refresh token is gone whatever happens next.
    const QByteArray accessToken = d->refreshTokens.take(refreshToken);
    const auto it = d->sessions.find(accessToken);
    if (accessToken.isEmpty() || it == d->sessions.end())
        return refused(LoginOutcome::RefreshRejected);
    Session old = it->second;
    d->sessions.erase(it);

    const int limit = configurationSection(QStringLiteral("applicationSettings"))
                              .value(QStringLiteral("maximumTokenRefreshesAllowed"))
                              .toInt();
    const User *account = user(old.userId);
    const bool usable = account && account->enabled && !account->isLockedOut && !old.revoked
            && old.refreshExpires.isValid() && now() < old.refreshExpires
            && (limit <= 0 || old.refreshCount < limit)
            && configurationFlag(QStringLiteral("applicationSettings"),
                                 QStringLiteral("apiRefreshTokensEnabled"));
    if (!usable || !loginAllowedFrom(old.userId, peer))
        return refused(LoginOutcome::RefreshRejected);

    Session next;
    next.userId = old.userId;
    next.channel = old.channel;
    next.peer = peer;
    next.refreshCount = old.refreshCount + 1;
    auditUser(old.userId, old.userId, QLatin1String(AuditAction::Login),
              QStringLiteral("REST token refresh"), peer);
    return issue(next);
}

const Session *Estate::session(const QByteArray &accessToken) const
{
    if (accessToken.isEmpty())
        return nullptr;
    const auto it = d->sessions.find(accessToken);
    if (it == d->sessions.end() || it->second.revoked)
        return nullptr;
    if (it->second.expires.isValid() && now() >= it->second.expires)
        return nullptr;
    const User *account = user(it->second.userId);
    if (!account || !account->enabled || account->isLockedOut)
        return nullptr;
    return &it->second;
}

bool Estate::revoke(const QByteArray &accessToken)
{
    const auto it = d->sessions.find(accessToken);
    if (it == d->sessions.end())
        return false;

    it->second.revoked = true;
    d->refreshTokens.remove(it->second.refreshToken);
    auditUser(it->second.userId, it->second.userId, QLatin1String(AuditAction::Logout),
              QStringLiteral("token revoked"), it->second.peer);
    return true;
}

void Estate::expireAllSessions()
{
    for (auto &[token, entry] : d->sessions)
        entry.revoked = true;
    d->refreshTokens.clear();
}

} // namespace sandbox
