#include "MainWindow.h"
#include "core/ApplicationInfo.h"
#include "profiles/CredentialJob.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "session/SandboxProfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(ApplicationInfo::name());
    QApplication::setOrganizationName(ApplicationInfo::organisation());
    QApplication::setApplicationVersion(ApplicationInfo::version());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/scanvault.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "Console for vault-backed authenticated vulnerability scanning."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
            QStringLiteral("sandbox"),
            QApplication::translate("main", "Connect to a running scanvault-sandbox described "
                                            "by the ready line it printed, saved in <file>."),
            QApplication::translate("main", "file"));
    parser.addOption(sandbox);
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
