#pragma once

#include "secretserver/Secret.h"

#include <QWidget>

namespace secretserver {
class RestClient;
}

// One tab of the secret detail view (general, permissions, security, heartbeat, audit).
// The view hands each page the selected secret and the signed-in client; clear() drops
// every value read from the server (on lock, disconnect or when nothing is selected).
class SecretPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The tab's label, translated.
    virtual QString title() const = 0;
    // The client is borrowed and outlives the call until the next showSecret() or clear().
    virtual void showSecret(secretserver::RestClient *client,
                            const secretserver::SecretSummary &secret) = 0;
    virtual void clear() = 0;

signals:
    // The page changed the secret on the server; the list and other pages should re-read.
    void secretChanged(int secretId);
};
