#pragma once

#include "SandboxProcess.h"
#include "qualys/QualysClient.h"

#include <QJsonObject>
#include <QObject>
#include <QTest>
#include <memory>
#include <optional>

// One sandbox process and a QualysClient pinned to its certificate, signed in as the
// example Qualys Manager, shared by the functions of a client test.
class QualysClientFixture
{
public:
    static constexpr int AnswerMs = 30000;
    static inline const QString UserName = QStringLiteral("qualys-admin");
    static inline const QString Password = QStringLiteral("Sandbox-Qualys-Api-1!");

    bool start();
    QString error() const { return m_error; }
    SandboxProcess &sandbox() { return m_sandbox; }
    qualys::QualysClient *client() const { return m_client.get(); }

    qualys::QualysClientSettings settings() const;
    std::unique_ptr<qualys::QualysClient> makeClient(const QString &password = Password) const;

    // PUT /sandbox-control/qualys/limits and POST .../limits/reset.
    bool setLimits(const QJsonObject &limits);
    bool resetLimits();

    // A Thycotic vault with a unique title; its ID, or 0.
    int createVault(const QString &titlePrefix = QStringLiteral("Vault"));
    // A fresh, unused IP address for a record.
    QString freshIp();
    QString uniqueTitle(const QString &prefix);

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<qualys::QualysClient> m_client;
    QString m_error;
    int m_counter = 0;
};

// Starts one call and waits (bounded) for its answer.
template<typename T, typename Start> qualys::QualysReply<T> await(Start start)
{
    std::optional<qualys::QualysReply<T>> got;
    QObject context;
    start(&context, [&got](const qualys::QualysReply<T> &reply) { got = reply; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, QualysClientFixture::AnswerMs)) {
        qualys::QualysReply<T> none;
        none.status = qualys::QualysStatus::Cancelled;
        none.message = QStringLiteral("no answer within the test's bound");
        return none;
    }
    return *got;
}

// "Rejected 1905: text" for failure messages.
QByteArray describe(const qualys::QualysResult &result);
