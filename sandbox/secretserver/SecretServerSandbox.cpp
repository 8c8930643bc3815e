#include "secretserver/SecretServerSandbox.h"

#include "secretserver/Estate.h"
#include "secretserver/RestService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSecretServer, "sandbox.secretserver")

namespace sandbox {

namespace {

// Changes are written this long after the last one, so a burst costs one write.
constexpr int SaveDelayMs = 300;
const QString ControlPrefix = QStringLiteral("/sandbox-control/secretserver/");

HttpReply controlReply(int status, const QJsonObject &body)
{
    return HttpReply::json(status, body);
}

HttpReply controlError(int status, const QString &message)
{
    return controlReply(status, QJsonObject { { QStringLiteral("error"), message } });
}

} // namespace

struct SecretServerSandbox::Private
{
    Estate estate;
    RestService rest { estate };
    QString stateFile;
    QTimer saveTimer;

    bool save();
    HttpReply status() const;
};

bool SecretServerSandbox::Private::save()
{
    saveTimer.stop();
    if (stateFile.isEmpty())
        return true;

    QSaveFile file(stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSecretServer) << "cannot write state file" << stateFile << file.errorString();
        return false;
    }
    file.write(estate.toJson());
    if (!file.commit()) {
        qCWarning(lcSecretServer) << "cannot save state file" << stateFile << file.errorString();
        return false;
    }
    qCDebug(lcSecretServer) << "state saved to" << stateFile;
    return true;
}

HttpReply SecretServerSandbox::Private::status() const
{
    return controlReply(
            200,
            QJsonObject {
                    { QStringLiteral("now"), estate.now().toString(Qt::ISODateWithMs) },
                    { QStringLiteral("webServicesEnabled"), estate.webServicesEnabled() },
                    { QStringLiteral("tokenLifetimeSeconds"), estate.tokenLifetimeSeconds() },
                    { QStringLiteral("users"), int(estate.users().size()) },
                    { QStringLiteral("folders"), int(estate.folders().size()) },
            });
}

SecretServerSandbox::SecretServerSandbox() : d(std::make_unique<Private>())
{
    d->saveTimer.setSingleShot(true);
    d->saveTimer.setInterval(SaveDelayMs);
    QObject::connect(&d->saveTimer, &QTimer::timeout, &d->estate, [this] { d->save(); });
    QObject::connect(&d->estate, &Estate::changed, &d->estate, [this] {
        if (!d->stateFile.isEmpty() && !d->saveTimer.isActive())
            d->saveTimer.start();
    });
}

SecretServerSandbox::~SecretServerSandbox()
{
    if (d->saveTimer.isActive())
        d->save();
}

std::unique_ptr<SecretServerSandbox> SecretServerSandbox::create(const SecretServerOptions &options,
                                                                 QString *error)
{
    std::unique_ptr<SecretServerSandbox> sandbox(new SecretServerSandbox);
    Estate &estate = sandbox->d->estate;
    QString ignored;
    QString *problem = error ? error : &ignored;

    // A saved state wins over seed and generator: it is the same estate, later.
    QFile state(options.stateFile);
    if (!options.stateFile.isEmpty() && state.exists()) {
        if (!state.open(QIODevice::ReadOnly) || !estate.loadJson(state.readAll(), problem)) {
            *problem = QStringLiteral("cannot load state %1: %2").arg(options.stateFile, *problem);
            return nullptr;
        }
    } else if (options.generateSecrets > 0) {
        estate.generate(options.generateSecrets, qMax(1, options.generateFolders));
    } else {
        const QString seedPath = options.seedFile.isEmpty()
                ? QStringLiteral(":/sandbox/estate.json")
                : options.seedFile;
        QFile seed(seedPath);
        if (!seed.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("cannot read seed %1: %2").arg(seedPath, seed.errorString());
            return nullptr;
        }
        if (!estate.loadJson(seed.readAll(), problem))
            return nullptr;
    }
    estate.setTokenLifetimeSeconds(options.tokenLifetimeSeconds);
    sandbox->d->stateFile = options.stateFile;
    if (!options.stateFile.isEmpty() && !sandbox->d->save()) {
        *problem = QStringLiteral("cannot write state file ") + options.stateFile;
        return nullptr;
    }
    return sandbox;
}

Estate &SecretServerSandbox::estate()
{
    return d->estate;
}

Service *SecretServerSandbox::restService()
{
    return &d->rest;
}

/*
 * Control switches, all under /sandbox-control/secretserver/ (JSON bodies, POST unless noted):
 *   GET  status                      clock, web services, token lifetime, sizes
 *   POST web-services  {"enabled": b} turn REST and SOAP on or off
 *   POST token-lifetime {"seconds": n} lifetime of tokens issued from now on (0 = settings)
 *   POST expire-tokens                revoke every session and refresh token
 *   POST advance-clock {"seconds": n} move the estate's clock (check-outs end, tokens expire)
 *   POST refresh-tokens {"enabled": b, "maximumRefreshes": n}
 *   POST unlock-user   {"userName": s} clear lock-out and login failures
 *   GET  secret/{id}                  the stored item values (to check password changes)
 *   POST save                         write the --state file now
 */
HttpReply SecretServerSandbox::control(const HttpRequest &request)
{
    if (!request.path.startsWith(ControlPrefix))
        return controlError(404, QStringLiteral("unknown control path"));
    const QStringList command
            = request.path.mid(ControlPrefix.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString name = command.value(0);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    Estate &estate = d->estate;

    if (name == QLatin1String("status") && command.size() == 1)
        return d->status();
    if (name == QLatin1String("secret") && command.size() == 2 && request.method == "GET") {
        const Secret *secret = estate.secret(command.at(1).toInt());
        if (!secret)
            return controlError(404, QStringLiteral("no such secret"));
        QJsonObject items;
        for (const SecretItem &item : secret->items)
            items.insert(item.slug, item.value);
        return controlReply(200,
                            QJsonObject { { QStringLiteral("id"), secret->id },
                                          { QStringLiteral("name"), secret->name },
                                          { QStringLiteral("items"), items } });
    }
    if (request.method != "POST" || command.size() != 1)
        return controlError(405, QStringLiteral("use POST"));

    if (name == QLatin1String("web-services")) {
        estate.setWebServicesEnabled(body.value(QStringLiteral("enabled")).toBool(true));
    } else if (name == QLatin1String("token-lifetime")) {
        estate.setTokenLifetimeSeconds(body.value(QStringLiteral("seconds")).toInt());
    } else if (name == QLatin1String("expire-tokens")) {
        estate.expireAllSessions();
    } else if (name == QLatin1String("advance-clock")) {
        estate.advanceClock(qint64(body.value(QStringLiteral("seconds")).toDouble()));
    } else if (name == QLatin1String("refresh-tokens")) {
        QString ignored;
        const QString section = QStringLiteral("applicationSettings");
        if (body.contains(QStringLiteral("enabled")))
            estate.setConfigurationValue(section, QStringLiteral("apiRefreshTokensEnabled"),
                                         body.value(QStringLiteral("enabled")).toBool(), &ignored);
        if (body.contains(QStringLiteral("maximumRefreshes")))
            estate.setConfigurationValue(section, QStringLiteral("maximumTokenRefreshesAllowed"),
                                         body.value(QStringLiteral("maximumRefreshes")).toInt(),
                                         &ignored);
    } else if (name == QLatin1String("unlock-user")) {
        const User *found = estate.userByName(body.value(QStringLiteral("userName")).toString());
        User *user = found ? estate.mutableUser(found->id) : nullptr;
        if (!user)
            return controlError(404, QStringLiteral("no such user"));
        user->isLockedOut = false;
        user->loginFailures = 0;
    } else if (name == QLatin1String("save")) {
        if (!d->save())
            return controlError(500, QStringLiteral("save failed"));
    } else {
        return controlError(404, QStringLiteral("unknown control command"));
    }
    qCInfo(lcSecretServer) << "control:" << name;
    return d->status();
}

QStringList SecretServerSandbox::exampleAccounts() const
{
    QStringList lines;
    for (const User *user : d->estate.users()) {
        QString role = user->isAdministrator ? QStringLiteral("administrator")
                : user->isApplicationAccount ? QStringLiteral("application account")
                                             : QStringLiteral("user");
        const QList<const IpRestriction *> restrictions = d->estate.ipRestrictionsOf(user->id);
        if (!restrictions.isEmpty()) {
            QStringList ranges;
            for (const IpRestriction *restriction : restrictions)
                ranges.append(restriction->range);
            role += QStringLiteral(", from ") + ranges.join(QStringLiteral(", "));
        }
        lines.append(QStringLiteral("%1 / %2 (%3)").arg(user->userName, user->password, role));
    }
    return lines;
}

} // namespace sandbox
