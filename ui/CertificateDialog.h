#pragma once

#include "secretserver/CertificateInfo.h"

#include <QDialog>

// Shows a certificate the console does not trust (or one that changed since it was pinned)
// and lets the person pin it for that host and port only. Accepting means "pin it".
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const secretserver::CertificateInfo &certificate, bool changed,
                      QWidget *parent = nullptr);
};
