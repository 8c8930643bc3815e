#include "MainWindow.h"
#include "core/ApplicationInfo.h"
#include "core/ConsoleSettings.h"
#include "profiles/CredentialJob.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "session/SandboxProfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// Adds (or refreshes) the profile of a running sandbox, keeps the example administrator's
// password in the keychain when the run command handed it over, and connects.
void connectToSandbox(const QString &readyFile, ProfileStore &profiles,
                      CredentialStore &credentials, MainWindow &window)
{
    QFile file(readyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read the sandbox ready file");
        return;
    }

    std::optional<ConnectionProfile> existing;
    for (const ConnectionProfile &profile : profiles.profiles()) {
        if (profile.name() == SandboxProfile::profileName())
            existing = profile;
    }
    const std::optional<ConnectionProfile> profile =
            SandboxProfile::fromReadyLine(file.readAll().trimmed(), existing);
    if (!profile) {
        qWarning("the sandbox ready file names no HTTPS port or fingerprint");
        return;
    }
    if (existing)
        profiles.update(*profile);
    else
        profiles.add(*profile);

    // The example estate's password is sandbox data, handed over once through the
    // environment and then kept only in the keychain like any other vault password.
    const QString password = qEnvironmentVariable("SCANVAULT_DEMO_PASSWORD");
    qunsetenv("SCANVAULT_DEMO_PASSWORD");
    if (password.isEmpty()) {
        window.connectToProfile(profile->id());
        return;
    }
    CredentialJob *job = credentials.write(profile->id(), CredentialKind::Password, password);
    QObject::connect(job, &CredentialJob::finished, &window,
                     [&window, id = profile->id()](const CredentialResult &) {
                         window.connectToProfile(id);
                     });
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
    const ConsoleSettings consoleSettings;
    installTranslations(app, consoleSettings);

    QCommandLineParser parser;
    const QCommandLineOption sandbox = addOptions(parser);
    parser.process(app);

    ProfileStore profiles;
    CredentialStore credentials;
    QObject::connect(&profiles, &ProfileStore::profileRemoved, &credentials,
                     &CredentialStore::removeAll);
    credentials.checkAvailability();

    MainWindow window(&profiles, &credentials);
    window.show();
    if (parser.isSet(sandbox))
        connectToSandbox(parser.value(sandbox), profiles, credentials, window);
    return app.exec();
}
