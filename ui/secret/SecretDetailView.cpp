#include "secret/SecretDetailView.h"

#include "secret/ClipboardGuard.h"
#include "secret/SecretAuditPage.h"
#include "secret/SecretGeneralPage.h"
#include "secret/SecretHeartbeatPage.h"
#include "secretserver/RestClient.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

SecretDetailView::SecretDetailView(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("secretHeading"));
    QFont font = m_heading->font();
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setAccessibleName(tr("Opened secret"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("secretTabs"));
    m_tabs->setAccessibleName(tr("Secret details"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_tabs);

    addPage(new SecretGeneralPage(this));
    addPage(new SecretHeartbeatPage(this));
    addPage(new SecretAuditPage(this));
    clear();
}

SecretDetailView::~SecretDetailView() = default;

void SecretDetailView::addPage(SecretPage *page)
{
    m_pages.append(page);
    m_tabs->addTab(page, page->title());
    connect(page, &SecretPage::secretChanged, this, &SecretDetailView::secretChanged);
    if (m_client && m_secret.id > 0)
        page->showSecret(m_client, m_secret);
}

void SecretDetailView::setClipboardGuard(ClipboardGuard *guard)
{
    for (SecretPage *page : std::as_const(m_pages)) {
        if (auto *general = qobject_cast<SecretGeneralPage *>(page))
            general->setClipboardGuard(guard);
    }
}

void SecretDetailView::showSecret(secretserver::RestClient *client,
                                  const secretserver::SecretSummary &secret)
{
    m_client = client;
    m_secret = secret;
    m_heading->setText(secret.folderPath.isEmpty()
                               ? secret.name
                               : tr("%1 (in %2)").arg(secret.name, secret.folderPath));
    m_tabs->setEnabled(true);
    for (SecretPage *page : std::as_const(m_pages))
        page->showSecret(client, secret);
}

void SecretDetailView::clear()
{
    m_client = nullptr;
    m_secret = {};
    m_heading->setText(tr("No secret opened: choose one in the list and press Enter."));
    for (SecretPage *page : std::as_const(m_pages))
        page->clear();
    m_tabs->setEnabled(false);
}
