#include "ModelFixture.h"

#include "HttpProbe.h"
#include "secretserver/RestClient.h"

#include <QTest>

using namespace secretserver;

ModelFixture::ModelFixture() = default;

ModelFixture::~ModelFixture()
{
    m_client.reset();
    m_sandbox.stop();
}

bool ModelFixture::start(const QString &userName, const QString &password)
{
    if (!m_sandbox.start()) {
        m_error = m_sandbox.errorString();
        return false;
    }

    ConnectionSettings settings;
    settings.serverUrl = m_sandbox.secretServerUrl(true);
    settings.trust.pin(QStringLiteral("127.0.0.1"), m_sandbox.httpsPort(),
                       m_sandbox.sha256Fingerprint());
    m_client = std::make_unique<RestClient>(settings);

    std::optional<Result<SessionInfo>> signedIn;
    QObject context;
    m_client->signIn({userName, QString(), password}, &context,
                     [&signedIn](const Result<SessionInfo> &result) { signedIn = result; });
    if (!QTest::qWaitFor([&signedIn] { return signedIn.has_value(); }, ModelAnswerMs)) {
        m_error = QStringLiteral("sign-in never answered");
        return false;
    }
    if (!signedIn->ok()) {
        m_error = QStringLiteral("sign-in failed: ") + callStatusName(signedIn->status)
                + QStringLiteral(" ") + signedIn->message;
        return false;
    }
    return true;
}

bool ModelFixture::setFaults(int latencyMs, double failRate)
{
    const QByteArray body = "{\"latencyMs\":" + QByteArray::number(latencyMs)
                          + ",\"failRate\":" + QByteArray::number(failRate)
                          + ",\"dropRate\":0}";
    HttpProbe probe(m_sandbox);
    const ProbeReply reply = probe.send(
        QByteArrayLiteral("PUT"), QStringLiteral("/sandbox-control/faults"), body,
        QByteArrayLiteral("application/json"),
        {{QByteArrayLiteral("X-Sandbox-Control"), m_sandbox.controlToken()}});
    return reply.status >= 200 && reply.status < 300;
}

QString ModelFixture::describeRows(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(parent); ++row)
        rows << model.index(row, 0, parent).data().toString();
    return rows.join(QStringLiteral(" | "));
}

ModelRow::Kind ModelFixture::kindOf(const QAbstractItemModel &model, int row,
                                    const QModelIndex &parent)
{
    return model.index(row, 0, parent).data(ModelRow::KindRole).value<ModelRow::Kind>();
}

bool ModelFixture::hasRowOfKind(const QAbstractItemModel &model, ModelRow::Kind kind,
                                const QModelIndex &parent)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        if (kindOf(model, row, parent) == kind)
            return true;
    }
    return false;
}
