#include "CertificateDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using secretserver::CertificateInfo;

namespace {
QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

CertificateDialog::CertificateDialog(const CertificateInfo &certificate, bool changed,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(changed ? tr("Certificate changed") : tr("Untrusted certificate"));

    const QString where = QStringLiteral("%1:%2").arg(certificate.host).arg(certificate.port);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (changed) {
        intro->setText(tr("<b>The certificate of %1 is not the one you pinned.</b> Someone may be "
                          "intercepting the connection. Pin the new certificate only if you "
                          "know the server's certificate was replaced.").arg(where.toHtmlEscaped()));
    } else {
        intro->setText(tr("The certificate of %1 is not trusted by this system. Compare its "
                          "fingerprint with the one on the server before you trust it. It will "
                          "be trusted for this host and port only.").arg(where.toHtmlEscaped()));
    }

    const QLocale locale;
    auto *details = new QFormLayout;
    details->addRow(tr("Subject:"), selectableLabel(certificate.subject, this));
    details->addRow(tr("Issuer:"), selectableLabel(certificate.issuer, this));
    details->addRow(tr("Valid from:"),
                    selectableLabel(locale.toString(certificate.validFrom.toLocalTime(),
                                                    QLocale::ShortFormat), this));
    details->addRow(tr("Valid until:"),
                    selectableLabel(locale.toString(certificate.validUntil.toLocalTime(),
                                                    QLocale::ShortFormat), this));
    auto *fingerprint = selectableLabel(certificate.displayFingerprint(), this);
    fingerprint->setFont(QFont(QStringLiteral("monospace")));
    fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    details->addRow(tr("SHA-256:"), fingerprint);
    if (!certificate.problems.isEmpty())
        details->addRow(tr("Problems:"), selectableLabel(certificate.problems.join(u'\n'), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *pin = buttons->addButton(tr("&Trust for %1").arg(where),
                                          QDialogButtonBox::AcceptRole);
    pin->setAccessibleName(tr("Trust this certificate for %1").arg(where));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(details);
    layout->addWidget(buttons);
}
