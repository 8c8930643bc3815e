#pragma once

#include "SandboxProcess.h"
#include "secretserver/CallResult.h"
#include "secretserver/ConnectionSettings.h"
#include "secretserver/RestClient.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Collects the one result a client call delivers, for QTRY_VERIFY(capture.done()).
template<typename T>
class Capture
{
public:
    secretserver::Callback<T> callback()
    {
        return [this](const secretserver::Result<T> &result) {
            m_result = result;
            ++m_calls;
        };
    }

    bool done() const { return m_result.has_value(); }
    int calls() const { return m_calls; }
    const secretserver::Result<T> &operator*() const { return *m_result; }
    const secretserver::Result<T> *operator->() const { return &*m_result; }
    void reset()
    {
        m_result.reset();
        m_calls = 0;
    }

private:
    std::optional<secretserver::Result<T>> m_result;
    int m_calls = 0;
};

// Waits for a Capture; bounded so a hang fails the test instead of stalling it.
#define WAIT_FOR(capture) QTRY_VERIFY_WITH_TIMEOUT((capture).done(), 30000)

// Fails the test with the status and message when the call did not succeed.
#define VERIFY_OK(capture) \
    QVERIFY2((capture)->ok(), qPrintable(ClientFixture::describe(*(capture))))

namespace ClientFixture {

// https://127.0.0.1:<port>/SecretServer with the sandbox's certificate pinned.
secretserver::ConnectionSettings pinnedSettings(const SandboxProcess &sandbox);

secretserver::Credentials admin();
secretserver::Credentials qualys();
secretserver::Credentials plainUser();

QString describe(const secretserver::CallResult &result);

// Signs client in and waits (bounded) for the answer; false with the reason on failure.
bool signIn(secretserver::RestClient &client, const secretserver::Credentials &credentials,
            QString *why = nullptr);

// PUT /sandbox-control/faults; true when the sandbox took it.
bool setFaults(const SandboxProcess &sandbox, int latencyMs, double failRate, double dropRate);
// Any control request; the reply status (0 when none).
int control(const SandboxProcess &sandbox, const QByteArray &method, const QString &path,
            const QByteArray &jsonBody = {}, QByteArray *replyBody = nullptr);

// Makes a self-signed certificate and key for 127.0.0.1/localhost with openssl in dir.
bool makeCertificate(const QString &dir, QString *certPath, QString *keyPath);

} // namespace ClientFixture
