#include "secret/SecretAuditPage.h"

#include "models/AuditModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

SecretAuditPage::SecretAuditPage(QWidget *parent)
    : SecretPage(parent), m_model(new AuditModel(this))
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditList"));
    m_view->setAccessibleName(tr("Audit trail"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

QString SecretAuditPage::title() const
{
    return tr("Audit");
}

void SecretAuditPage::showSecret(secretserver::RestClient *client,
                                 const secretserver::SecretSummary &secret)
{
    m_model->setClient(client);
    m_model->showSecret(secret.id);
    m_view->setModel(m_model);
}

void SecretAuditPage::clear()
{
    // Detach first so nothing of the old trail stays on screen or is fetched again.
    m_view->setModel(nullptr);
    m_model->setClient(nullptr);
    m_model->reload();
}
