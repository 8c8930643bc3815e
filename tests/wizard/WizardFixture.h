#pragma once

#include "SandboxProcess.h"
#include "qualys/QualysClient.h"
#include "secretserver/RestClient.h"
#include "wizard/SetupController.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

// One sandbox process, a RestClient signed in as the example administrator and a
// QualysClient as the example Qualys Manager, both over HTTPS with the sandbox's
// certificate pinned; plus the steps the controller tests share.
class WizardFixture
{
public:
    static constexpr int AnswerMs = 60000;
    static inline const QString Scanner = QStringLiteral("svc-qualys");
    static inline const QString ScannerPassword = QStringLiteral("Sandbox-Qualys-1!");
    static constexpr int ScannerUserId = 2;

    bool start();
    QString error() const { return m_error; }
    SandboxProcess &sandbox() { return m_sandbox; }
    secretserver::RestClient *client() const { return m_client.get(); }
    qualys::QualysClient *qualysClient() const { return m_qualys.get(); }

    // Deletes every authentication record and vault in the Qualys subscription.
    bool emptyQualys();
    // PUT /sandbox-control/faults.
    bool setFailRate(double failRate);
    // PATCHes one configuration value as the administrator.
    bool configure(secretserver::ConfigurationArea area, const QString &section,
                   const QString &field, bool value);

    // Runs one controller step and waits for its stepFinished(); false when it never came.
    static bool run(SetupController &controller, const std::function<void()> &start,
                    bool *ok = nullptr, QString *message = nullptr);

    // The choices of a full setup of the service account into a fresh folder with two new
    // secrets, applied to the controller up to and including the records (pages 1 to 7).
    bool choose(SetupController &controller, const QString &folder);

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<secretserver::RestClient> m_client;
    std::unique_ptr<qualys::QualysClient> m_qualys;
    QString m_error;
};

inline const char *describe(const QList<Finding> &findings)
{
    static QByteArray text;
    text.clear();
    for (const Finding &finding : findings)
        text += finding.code.toUtf8() + ' ';
    return text.constData();
}

inline bool hasCode(const QList<Finding> &findings, const QString &code)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&code](const Finding &finding) { return finding.code == code; });
}
