#include "MainWindow.h"
#include "core/ApplicationInfo.h"
#include "core/ConsoleSettings.h"
#include "profiles/CredentialJob.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "qualys/QualysConnectionStore.h"
#include "session/SandboxProfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <functional>

namespace {

// Keeps the demo passwords handed over through the environment in the keychain, one after
// the other, then calls done. They are sandbox data, read once and removed from the
// environment, then kept only in the keychain like any other password.
void keepDemoPasswords(CredentialStore &credentials, QList<QPair<QUuid, QString>> pending,
                       QObject *context, std::function<void()> done)
{
    while (!pending.isEmpty() && pending.constFirst().second.isEmpty())
        pending.removeFirst();
    if (pending.isEmpty()) {
        done();
        return;
    }
    const auto [id, password] = pending.takeFirst();
    CredentialJob *job = credentials.write(id, CredentialKind::Password, password);
    QObject::connect(job, &CredentialJob::finished, context,
                     [&credentials, pending, context, done](const CredentialResult &) {
                         keepDemoPasswords(credentials, pending, context, done);
                     });
}

// Adds (or refreshes) the profiles of a running sandbox: its Secret Server and its Qualys
// API, paired with each other. Keeps the example passwords in the keychain when the run
// command handed them over, then connects.
void connectToSandbox(const QString &readyFile, ProfileStore &profiles,
                      qualys::QualysConnectionStore &qualysConnections,
                      CredentialStore &credentials, MainWindow &window)
{
    QFile file(readyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read the sandbox ready file");
        return;
    }
    const QByteArray ready = file.readAll().trimmed();

    std::optional<qualys::QualysConnection> existingQualys;
    for (const qualys::QualysConnection &connection : qualysConnections.connections()) {
        if (connection.name == SandboxProfile::qualysConnectionName())
            existingQualys = connection;
    }
    const std::optional<qualys::QualysConnection> qualysConnection
            = SandboxProfile::qualysFromReadyLine(ready, existingQualys);

    std::optional<ConnectionProfile> existing;
    for (const ConnectionProfile &profile : profiles.profiles()) {
        if (profile.name() == SandboxProfile::profileName())
            existing = profile;
    }
    std::optional<ConnectionProfile> profile = SandboxProfile::fromReadyLine(ready, existing);
    if (!profile || !qualysConnection) {
        qWarning("the sandbox ready file names no HTTPS port or fingerprint");
        return;
    }
    if (qualysConnections.save(*qualysConnection).isEmpty())
        profile->setQualysConnectionId(qualysConnection->id);
    if (existing)
        profiles.update(*profile);
    else
        profiles.add(*profile);

    const QString password = qEnvironmentVariable("SCANVAULT_DEMO_PASSWORD");
    const QString qualysPassword = qEnvironmentVariable("SCANVAULT_DEMO_QUALYS_PASSWORD");
    qunsetenv("SCANVAULT_DEMO_PASSWORD");
    qunsetenv("SCANVAULT_DEMO_QUALYS_PASSWORD");
    keepDemoPasswords(credentials,
                      { { qualysConnection->id, qualysPassword }, { profile->id(), password } },
                      &window, [&window, id = profile->id()] { window.connectToProfile(id); });
}

// The options the console understands; --help and --version print and exit.
QCommandLineOption addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Console for vault-backed authenticated vulnerability scanning."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
            QStringLiteral("sandbox"),
            QCoreApplication::translate("main", "Connect to a running scanvault-sandbox "
                                                "described by the ready line it printed, "
                                                "saved in <file>."),
            QCoreApplication::translate("main", "file"));
    parser.addOption(sandbox);
    return sandbox;
}

void nameApplication()
{
    QCoreApplication::setApplicationName(ApplicationInfo::name());
    QCoreApplication::setOrganizationName(ApplicationInfo::organisation());
    QCoreApplication::setApplicationVersion(ApplicationInfo::version());
}

// --help and --version must answer on a machine without a display, so they are handled
// before any GUI platform plugin is loaded.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all"
            || argument == "-?" || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

// Installs the console's catalogue (and Qt's own, where Debian ships it) for the language
// chosen in the preferences, or the system's. English needs none.
void installTranslations(QCoreApplication &app, const ConsoleSettings &settings)
{
    const QLocale locale = settings.language().isEmpty() ? QLocale::system()
                                                         : QLocale(settings.language());
    auto *console = new QTranslator(&app);
    if (console->load(locale, QStringLiteral("scanvault"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(console);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/scanvault.svg")));
    ConsoleSettings consoleSettings;
    installTranslations(app, consoleSettings);

    QCommandLineParser parser;
    const QCommandLineOption sandbox = addOptions(parser);
    parser.process(app);

    ProfileStore profiles;
    CredentialStore credentials;
    QObject::connect(&profiles, &ProfileStore::profileRemoved, &credentials,
                     &CredentialStore::removeAll);
    credentials.checkAvailability();

    // The Qualys screen removes a deleted connection's password from the keychain itself.
    qualys::QualysConnectionStore qualysConnections;

    MainWindow window(&profiles, &credentials);
    window.setConsoleSettings(&consoleSettings);
    window.installScreens(&consoleSettings, &qualysConnections);
    window.show();
    if (parser.isSet(sandbox)) {
        connectToSandbox(parser.value(sandbox), profiles, qualysConnections, credentials,
                         window);
    }
    return app.exec();
}
