#pragma once

#include "secretserver/Secret.h"

#include <QPointer>
#include <QWidget>

class ClipboardGuard;
class QLabel;
class QTabWidget;
class SecretPage;

namespace secretserver {
class RestClient;
}

// The opened secret: its name and a tab per SecretPage (general, heartbeat, audit, and the
// pages others add). Hands every page the secret and the client; clear() empties them all.
// Owns the pages it is given; the client is borrowed.
class SecretDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit SecretDetailView(QWidget *parent = nullptr);
    ~SecretDetailView() override;

    // Adds a tab after the existing ones; takes ownership. A page added while a secret is
    // shown gets it at once.
    void addPage(SecretPage *page);
    QList<SecretPage *> pages() const { return m_pages; }
    QTabWidget *tabs() const { return m_tabs; }

    // The guard the General page copies through (the main window's, so lock clears it).
    void setClipboardGuard(ClipboardGuard *guard);

    void showSecret(secretserver::RestClient *client, const secretserver::SecretSummary &secret);
    void clear();
    // The secret shown, or 0.
    int secretId() const { return m_secret.id; }

signals:
    // A page changed the secret on the server.
    void secretChanged(int secretId);

private:
    QPointer<secretserver::RestClient> m_client;
    secretserver::SecretSummary m_secret;
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<SecretPage *> m_pages;
};
