#pragma once

#include <QWidget>

class VaultSession;

// A main-window screen that works on the signed-in vault. The main window hands every
// screen the session when it signs in and nullptr when it locks or disconnects; on nullptr a
// screen drops everything it read from the server and shows nothing of it.
class SessionScreen : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The session is borrowed; it stays valid until the next call.
    virtual void setSession(VaultSession *session) = 0;
};
