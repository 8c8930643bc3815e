#include "secret/SecretHeartbeatPage.h"

#include "models/SecretSearchQuery.h"
#include "secretserver/RestClient.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace secretserver;

SecretHeartbeatPage::SecretHeartbeatPage(QWidget *parent) : SecretPage(parent)
{
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("heartbeatFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_facts->setAccessibleName(tr("Heartbeat and password changing"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_facts);
    layout->addStretch();
    clear();
}

QString SecretHeartbeatPage::title() const
{
    return tr("Heartbeat");
}

void SecretHeartbeatPage::showSecret(RestClient *client, const SecretSummary &secret)
{
    clear();
    m_client = client;
    m_secret = secret;
    render();
    if (isVisible())
        readDetails();
}

void SecretHeartbeatPage::clear()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    m_client = nullptr;
    m_secret = {};
    m_lastHeartbeat = {};
    m_detailsNote.clear();
    m_detailsRequested = false;
    render();
}

QString SecretHeartbeatPage::text() const
{
    return m_facts->text();
}

void SecretHeartbeatPage::showEvent(QShowEvent *event)
{
    SecretPage::showEvent(event);
    readDetails();
}

void SecretHeartbeatPage::readDetails()
{
    if (!m_client || m_secret.id <= 0 || m_detailsRequested)
        return;
    m_detailsRequested = true;
    if (m_secret.checkOutEnabled) {
        m_detailsNote = tr("The time of the last heartbeat is shown once the secret is "
                           "checked out (reading it here would check it out).");
        render();
        return;
    }

    SecretReadOptions options;
    options.noAutoCheckout = true;
    const quint64 generation = m_generation;
    m_call = m_client->secret(
            m_secret.id, options, this, [this, generation](const Result<Secret> &result) {
                if (generation != m_generation)
                    return;
                m_call = nullptr;
                // Only the heartbeat facts are taken; the field values go out of scope here.
                if (result.ok()) {
                    m_lastHeartbeat = result.value.lastHeartBeatCheck;
                    m_secret.isOutOfSync = result.value.isOutOfSync;
                    m_secret.outOfSyncReason = result.value.outOfSyncReason;
                    m_secret.lastHeartBeatStatus = result.value.lastHeartBeatStatus;
                } else {
                    m_detailsNote = tr("The time of the last heartbeat could not be read: %1")
                                            .arg(result.message);
                }
                render();
            });
}

void SecretHeartbeatPage::render()
{
    if (m_secret.id <= 0) {
        m_facts->setText(tr("No secret opened."));
        return;
    }

    const QLocale locale;
    const auto when = [&locale](const QDateTime &time) {
        return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::ShortFormat)
                              : tr("never");
    };
    QString status
            = m_secret.lastHeartBeatStatus.isEmpty() ? tr("unknown") : m_secret.lastHeartBeatStatus;
    if (SecretSearchQuery::isFailedHeartbeat(m_secret.lastHeartBeatStatus))
        status = tr("<img src=':/icons/warning.svg' width='14' height='14'/> %1: the "
                    "heartbeat could not log in with the stored password")
                         .arg(status.toHtmlEscaped());
    else
        status = status.toHtmlEscaped();

    QString html = QStringLiteral("<table cellspacing='6'>");
    const auto row = [&html](const QString &label, const QString &valueHtml) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), valueHtml);
    };
    row(tr("Last heartbeat"), status);
    row(tr("Checked at"),
        m_lastHeartbeat.isValid() ? when(m_lastHeartbeat).toHtmlEscaped()
                                  : tr("not known").toHtmlEscaped());
    row(tr("Last password change attempt"),
        when(m_secret.lastPasswordChangeAttempt).toHtmlEscaped());
    row(tr("Automatic password changing"), m_secret.autoChangeEnabled ? tr("on") : tr("off"));
    row(tr("Password in sync"),
        m_secret.isOutOfSync
                ? tr("No: %1")
                          .arg(m_secret.outOfSyncReason.isEmpty() ? tr("no reason given")
                                                                  : m_secret.outOfSyncReason)
                          .toHtmlEscaped()
                : tr("Yes"));
    html += QStringLiteral("</table>");
    if (!m_detailsNote.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(m_detailsNote.toHtmlEscaped());
    m_facts->setText(html);
}
