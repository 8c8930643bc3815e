#pragma once

#include "secret/SecretPage.h"

class AuditModel;
class QTableView;

// The Audit tab: who viewed, checked out, checked in or changed the secret, when and from
// where, paged from the server through AuditModel. Owns the model.
class SecretAuditPage : public SecretPage
{
    Q_OBJECT

public:
    explicit SecretAuditPage(QWidget *parent = nullptr);

    QString title() const override;
    void showSecret(secretserver::RestClient *client,
                    const secretserver::SecretSummary &secret) override;
    void clear() override;

    AuditModel *model() const { return m_model; }

private:
    AuditModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};
