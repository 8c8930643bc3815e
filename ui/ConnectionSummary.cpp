#include "ConnectionSummary.h"

#include "session/VaultSession.h"

#include <QLabel>
#include <QVBoxLayout>

ConnectionSummary::ConnectionSummary(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setAccessibleName(tr("Connection state"));

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Connection details"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addStretch();
    refresh();
}

void ConnectionSummary::setSession(VaultSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &VaultSession::stateChanged, this, &ConnectionSummary::refresh);
    refresh();
}

void ConnectionSummary::setLocked(bool locked)
{
    m_locked = locked;
    refresh();
}

QString ConnectionSummary::transportDescription(const VaultSession &session)
{
    const ConnectionProfile &profile = session.profile();
    if (profile.usesHttp())
        return tr("Insecure: unencrypted HTTP");
    const CertificateTrust trust = profile.certificateTrust();
    if (trust.mode == CertificateTrust::Mode::PinnedCertificate)
        return tr("TLS, pinned certificate");
    return tr("TLS, system certificate authorities");
}

void ConnectionSummary::refresh()
{
    if (!m_session) {
        m_heading->setText(tr("Not connected"));
        m_details->setText(tr("Choose <b>Vault ▸ Connect…</b> (Ctrl+Shift+O) to sign in to a "
                              "Secret Server."));
        return;
    }

    const ConnectionProfile &profile = m_session->profile();
    if (m_locked) {
        m_heading->setText(tr("%1 is locked").arg(profile.name()));
        m_details->setText(tr("Everything read from the vault was dropped. Enter the password "
                              "to unlock (<b>Vault ▸ Unlock…</b>, Ctrl+L)."));
        return;
    }
    switch (m_session->state()) {
    case VaultSession::State::SignedIn:
        m_heading->setText(tr("Connected to %1").arg(profile.name()));
        break;
    case VaultSession::State::SigningIn:
        m_heading->setText(tr("Signing in to %1…").arg(profile.name()));
        break;
    case VaultSession::State::NeedsPassword:
        m_heading->setText(tr("%1 needs a password").arg(profile.name()));
        break;
    case VaultSession::State::Failed:
        m_heading->setText(tr("Could not connect to %1").arg(profile.name()));
        break;
    case VaultSession::State::SignedOut:
        m_heading->setText(tr("Signed out of %1").arg(profile.name()));
        break;
    }

    QString details = QStringLiteral("<table cellspacing='6'>");
    const auto row = [&details](const QString &label, const QString &value) {
        details += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                           .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Vault"), profile.name());
    row(tr("Server"), profile.serverUrl().toDisplayString());
    row(tr("Account"),
        profile.domain().isEmpty() ? profile.userName()
                                   : profile.domain() + u'\\' + profile.userName());
    if (!m_session->signedInUser().isEmpty())
        row(tr("Signed in as"), m_session->signedInUser());
    if (!m_session->serverVersion().isEmpty())
        row(tr("Server version"), m_session->serverVersion());
    row(tr("Connection"), transportDescription(*m_session));
    details += QStringLiteral("</table>");
    if (!m_session->message().isEmpty())
        details += QStringLiteral("<p>%1</p>").arg(m_session->message().toHtmlEscaped());
    m_details->setText(details);
}
