#pragma once

#include "admin/ChangePreviewDialog.h"
#include "secret/SecretPage.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

// The secret's security tab: check-out, approval, comment, launcher and DoubleLock settings,
// each that blocks unattended scanning marked with why. Edits go through ChangePreviewDialog.
class SecretSecurityPage : public SecretPage
{
    Q_OBJECT

public:
    explicit SecretSecurityPage(QWidget *parent = nullptr);

    QString title() const override;
    void showSecret(secretserver::RestClient *client,
                    const secretserver::SecretSummary &secret) override;
    void clear() override;

    // The preview opened by "Review changes…", while it is open (test seam).
    ChangePreviewDialog *previewDialog() const;
    void reviewChanges();

private:
    void load(const secretserver::SecretSummary &secret);
    void updateNotes();

    secretserver::RestClient *m_client = nullptr; // borrowed until the next showSecret()/clear()
    secretserver::SecretSummary m_secret;
    QCheckBox *m_checkOut;
    QSpinBox *m_interval;
    QCheckBox *m_changeOnCheckIn;
    QCheckBox *m_approval;
    QCheckBox *m_comment;
    QCheckBox *m_hideLauncher;
    QCheckBox *m_doubleLock;
    QLabel *m_notes;
    QPushButton *m_review;
    QPointer<ChangePreviewDialog> m_preview;
};
